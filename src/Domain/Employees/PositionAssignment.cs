using AsnCompetency.Domain.Common;

namespace AsnCompetency.Domain.Employees;

/// <summary>
/// One period in which an employee held a position. The open one (no end date) is the current
/// position; closed ones are the history that career planning and audits look back on.
/// </summary>
public sealed class PositionAssignment : Entity
{
    private PositionAssignment()
    {
    }

    internal PositionAssignment(Guid employeeId, Guid positionId, Guid unitId, DateOnly startDate, string? note)
    {
        EmployeeId = employeeId;
        PositionId = positionId;
        UnitId = unitId;
        StartDate = startDate;
        Note = Text.OrNull(note);
    }

    public Guid EmployeeId { get; private set; }

    public Guid PositionId { get; private set; }

    public Guid UnitId { get; private set; }

    public DateOnly StartDate { get; private set; }

    /// <summary>The last day in the position; null while it is current.</summary>
    public DateOnly? EndDate { get; private set; }

    /// <summary>The decree or reason, e.g. "SK Bupati No. 821/123/2026".</summary>
    public string? Note { get; private set; }

    public bool IsCurrent => EndDate is null;

    internal void Close(DateOnly endDate) => EndDate = endDate;
}
