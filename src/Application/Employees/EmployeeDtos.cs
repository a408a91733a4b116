using System.Text.Json.Serialization;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Domain.Employees;

namespace AsnCompetency.Application.Employees;

/// <summary>An employee as listed.</summary>
public sealed record EmployeeSummaryDto
{
    public Guid Id { get; init; }

    public Guid AgencyId { get; init; }

    /// <summary>18 digits.</summary>
    public string Nip { get; init; } = "";

    /// <summary>The name with academic titles, as on documents.</summary>
    public string DisplayName { get; init; } = "";

    public string FullName { get; init; } = "";

    public EmployeeType EmployeeType { get; init; }

    public string? GradeCode { get; init; }

    public PositionReferenceDto? Position { get; init; }

    public UnitReferenceDto? Unit { get; init; }

    public bool IsActive { get; init; }

    [JsonIgnore]
    internal string? FrontTitleForDisplay { get; init; }

    [JsonIgnore]
    internal string? BackTitleForDisplay { get; init; }
}

/// <summary>An employee with position, unit and the data read from the NIP.</summary>
public sealed record EmployeeDto : IVersioned
{
    public Guid Id { get; init; }

    public AgencyReferenceDto Agency { get; init; } = null!;

    public string Nip { get; init; } = "";

    public string DisplayName { get; init; } = "";

    public string FullName { get; init; } = "";

    public string? FrontTitle { get; init; }

    public string? BackTitle { get; init; }

    public EmployeeType EmployeeType { get; init; }

    /// <summary>From the NIP (digits 1–8).</summary>
    public DateOnly BirthDate { get; init; }

    /// <summary>From the NIP (digit 15).</summary>
    public Gender Gender { get; init; }

    /// <summary>Appointment (TMT) from the NIP.</summary>
    public DateOnly AppointedOn { get; init; }

    public GradeReferenceDto? Grade { get; init; }

    public PositionReferenceDto? Position { get; init; }

    public UnitReferenceDto? Unit { get; init; }

    /// <summary>Since when the employee holds the current position.</summary>
    public DateOnly? PositionStartDate { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public bool IsActive { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public string ETag { get; init; } = "";
}

/// <summary>A rank as referenced from an employee.</summary>
public sealed record GradeReferenceDto(string Code, string Name);

/// <summary>One period in a position.</summary>
/// <param name="EndDate">The last day in the position; null while it is current.</param>
public sealed record PositionAssignmentDto(Guid Id, PositionReferenceDto Position, UnitReferenceDto Unit, DateOnly StartDate, DateOnly? EndDate, string? Note)
{
    public bool IsCurrent => EndDate is null;
}
