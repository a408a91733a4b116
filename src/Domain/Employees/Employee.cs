using AsnCompetency.Domain.Common;

namespace AsnCompetency.Domain.Employees;

/// <summary>
/// A civil servant (pegawai ASN) of one agency. Birth date, gender and employee type come from
/// the NIP; a position assignment history records which position they held when.
/// </summary>
public sealed class Employee : AuditableEntity, IHasRowVersion
{
    private readonly List<PositionAssignment> _assignments = [];

    private Employee()
    {
        Nip = "";
        FullName = "";
    }

    public Guid AgencyId { get; private set; }

    /// <summary>18 digits, unique across all agencies.</summary>
    public string Nip { get; private set; }

    public EmployeeType EmployeeType { get; private set; }

    /// <summary>The name without academic titles.</summary>
    public string FullName { get; private set; }

    /// <summary>Titles written before the name, e.g. "Dr." or "dr.".</summary>
    public string? FrontTitle { get; private set; }

    /// <summary>Titles written after the name, e.g. "S.Kom., M.T.".</summary>
    public string? BackTitle { get; private set; }

    public DateOnly BirthDate { get; private set; }

    public Gender Gender { get; private set; }

    /// <summary>Appointment (TMT CPNS or PPPK) read from the NIP.</summary>
    public DateOnly AppointedOn { get; private set; }

    public string? GradeCode { get; private set; }

    /// <summary>The current position; null when the employee holds none.</summary>
    public Guid? PositionId { get; private set; }

    /// <summary>The unit of the current position.</summary>
    public Guid? UnitId { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public bool IsActive { get; private set; }

    public IReadOnlyCollection<PositionAssignment> Assignments => _assignments;

    public uint RowVersion { get; private set; }

    /// <summary>The name as it is written on documents: "Dr. Siti Rahmawati, S.Kom., M.T.".</summary>
    public string DisplayName => FormatName(FrontTitle, FullName, BackTitle);

    public static string FormatName(string? frontTitle, string fullName, string? backTitle) =>
        $"{(string.IsNullOrEmpty(frontTitle) ? "" : frontTitle + " ")}{fullName}{(string.IsNullOrEmpty(backTitle) ? "" : ", " + backTitle)}";

    public static Employee Create(Guid agencyId, Nip nip, EmployeeDetails details)
    {
        var employee = new Employee { AgencyId = agencyId, IsActive = true };
        employee.Apply(nip, details);
        return employee;
    }

    public void Update(Nip nip, EmployeeDetails details, bool isActive)
    {
        Apply(nip, details);
        IsActive = isActive;
    }

    /// <summary>
    /// Starts a new position from <paramref name="startDate"/>; the current one ends the day
    /// before. Positions change forward in time only.
    /// </summary>
    public PositionAssignment AssignPosition(Guid positionId, Guid unitId, DateOnly startDate, string? note)
    {
        var current = _assignments.FirstOrDefault(a => a.IsCurrent);
        if (current is not null)
        {
            if (current.PositionId == positionId)
            {
                throw new BusinessRuleException("The employee already holds this position.", "positionId");
            }

            if (startDate <= current.StartDate)
            {
                throw new DomainValidationException(
                    "startDate",
                    $"must be after {current.StartDate:yyyy-MM-dd}, the start of the current position.");
            }

            current.Close(startDate.AddDays(-1));
        }

        var assignment = new PositionAssignment(Id, positionId, unitId, startDate, note);
        _assignments.Add(assignment);
        PositionId = positionId;
        UnitId = unitId;
        return assignment;
    }

    private void Apply(Nip nip, EmployeeDetails details)
    {
        if (details.EmployeeType is { } declared && declared != nip.EmployeeType)
        {
            throw new DomainValidationException(
                "employeeType",
                nip.EmployeeType == EmployeeType.Pppk
                    ? "the number is an NI PPPK (digit 13 is the PPPK marker), so the employee type is PPPK."
                    : "the number is a PNS NIP, so the employee type is PNS.");
        }

        if (details.BirthDate is { } birthDate && birthDate != nip.BirthDate)
        {
            throw new DomainValidationException("birthDate", $"{birthDate:yyyy-MM-dd} differs from the birth date in the NIP ({nip.BirthDate:yyyy-MM-dd}).");
        }

        if (details.Gender is { } gender && gender != nip.Gender)
        {
            throw new DomainValidationException("gender", $"{gender} differs from the gender in the NIP (digit 15: {nip.Gender}).");
        }

        if (details.Grade is { } grade && grade.EmployeeType != nip.EmployeeType)
        {
            throw new DomainValidationException("gradeCode", $"{grade.Code} is a {grade.EmployeeType} grade; this employee is {nip.EmployeeType}.");
        }

        Nip = nip.Value;
        EmployeeType = nip.EmployeeType;
        BirthDate = nip.BirthDate;
        Gender = nip.Gender;
        AppointedOn = nip.AppointedOn;
        FullName = details.FullName.Trim();
        FrontTitle = Text.OrNull(details.FrontTitle);
        BackTitle = Text.OrNull(details.BackTitle);
        GradeCode = details.Grade?.Code;
        Email = Text.OrNull(details.Email);
        Phone = Text.OrNull(details.Phone);
    }

}

/// <summary>
/// An employee's editable fields. Employee type, birth date and gender are optional: the NIP
/// carries them, and given values must agree with it.
/// </summary>
public sealed record EmployeeDetails(
    string FullName,
    string? FrontTitle,
    string? BackTitle,
    EmployeeType? EmployeeType,
    Grade? Grade,
    DateOnly? BirthDate,
    Gender? Gender,
    string? Email,
    string? Phone);
