using System.Text.Json.Serialization;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Domain.Employees;

namespace AsnCompetency.Application.Employees;

/// <summary>An employee as listed.</summary>
public sealed record EmployeeSummaryDto
{
    /// <summary>The employee's identifier.</summary>
    public Guid Id { get; init; }

    /// <summary>The agency the employee belongs to.</summary>
    public Guid AgencyId { get; init; }

    /// <summary>18 digits.</summary>
    public string Nip { get; init; } = "";

    /// <summary>The name with academic titles, as on documents.</summary>
    public string DisplayName { get; init; } = "";

    /// <summary>The name without titles.</summary>
    public string FullName { get; init; } = "";

    /// <summary>PNS or PPPK (read from the NIP).</summary>
    public EmployeeType EmployeeType { get; init; }

    /// <summary>The grade (golongan), e.g. III/b for PNS or IX for PPPK; null when unknown.</summary>
    public string? GradeCode { get; init; }

    /// <summary>The current position; null when none is assigned.</summary>
    public PositionReferenceDto? Position { get; init; }

    /// <summary>The unit of the current position; null when none is assigned.</summary>
    public UnitReferenceDto? Unit { get; init; }

    /// <summary>False for employees who left (kept for history).</summary>
    public bool IsActive { get; init; }

    [JsonIgnore]
    internal string? FrontTitleForDisplay { get; init; }

    [JsonIgnore]
    internal string? BackTitleForDisplay { get; init; }
}

/// <summary>An employee with position, unit and the data read from the NIP.</summary>
public sealed record EmployeeDto : IVersioned
{
    /// <summary>The employee's identifier.</summary>
    public Guid Id { get; init; }

    /// <summary>The agency the employee belongs to.</summary>
    public AgencyReferenceDto Agency { get; init; } = null!;

    /// <summary>The 18-digit NIP (or NI PPPK).</summary>
    public string Nip { get; init; } = "";

    /// <summary>The name with academic titles, as on documents.</summary>
    public string DisplayName { get; init; } = "";

    /// <summary>The name without titles.</summary>
    public string FullName { get; init; } = "";

    /// <summary>Titles before the name, e.g. Dr.</summary>
    public string? FrontTitle { get; init; }

    /// <summary>Titles after the name, e.g. S.Kom., M.Si.</summary>
    public string? BackTitle { get; init; }

    /// <summary>PNS or PPPK (read from the NIP).</summary>
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

    /// <summary>Work e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Phone number.</summary>
    public string? Phone { get; init; }

    /// <summary>False for employees who left (kept for history).</summary>
    public bool IsActive { get; init; }

    /// <summary>When the record was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the record last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The row version; send it back in If-Match when changing the employee.</summary>
    public string ETag { get; init; } = "";
}

/// <summary>A rank as referenced from an employee.</summary>
/// <param name="Code">The grade's code, e.g. III/b.</param>
/// <param name="Name">The rank's name, e.g. Penata Muda Tingkat I.</param>
public sealed record GradeReferenceDto(string Code, string Name);

/// <summary>One period in a position.</summary>
/// <param name="EndDate">The last day in the position; null while it is current.</param>
public sealed record PositionAssignmentDto(Guid Id, PositionReferenceDto Position, UnitReferenceDto Unit, DateOnly StartDate, DateOnly? EndDate, string? Note)
{
    public bool IsCurrent => EndDate is null;
}
