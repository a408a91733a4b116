using AsnCompetency.Domain.Common;

namespace AsnCompetency.Domain.Training;

/// <summary>Where a ledger entry comes from.</summary>
public enum LearningSource
{
    /// <summary>Completion of a session run through AsnCompetency.</summary>
    Training,

    /// <summary>An activity outside the system (a seminar elsewhere, a course with a certificate), recorded by an admin.</summary>
    External,
}

/// <summary>
/// One line of an employee's JP ledger: a completed development activity with the learning hours
/// it earned and the date that places it in a year. The 20 JP check sums these.
/// </summary>
public sealed class LearningRecord : AuditableEntity
{
    private LearningRecord()
    {
        Title = "";
    }

    public Guid EmployeeId { get; private set; }

    public Guid AgencyId { get; private set; }

    public DateOnly Date { get; private set; }

    public int Jp { get; private set; }

    public string Title { get; private set; }

    public DevelopmentForm Form { get; private set; }

    public LearningSource Source { get; private set; }

    public Guid? EnrollmentId { get; private set; }

    public Guid? ProgramId { get; private set; }

    public string? Provider { get; private set; }

    public string? CertificateNumber { get; private set; }

    /// <summary>The ledger entry for a completed enrolment.</summary>
    public static LearningRecord ForCompletion(Enrollment enrollment, TrainingProgram program) => new()
    {
        EmployeeId = enrollment.EmployeeId,
        AgencyId = enrollment.AgencyId,
        Date = enrollment.CompletedOn ?? throw new BusinessRuleException("Only a completed enrolment earns JP."),
        Jp = enrollment.CreditedJp ?? 0,
        Title = program.Title,
        Form = program.Form,
        Source = LearningSource.Training,
        EnrollmentId = enrollment.Id,
        ProgramId = program.Id,
        Provider = program.ProviderName,
        CertificateNumber = enrollment.CertificateNumber,
    };

    public void RecordCertificate(string? certificateNumber) =>
        CertificateNumber = Text.OrNull(certificateNumber) ?? CertificateNumber;

    /// <summary>A development activity done outside the system, with its JP.</summary>
    public static LearningRecord External(Guid employeeId, Guid agencyId, DateOnly date, int jp, string title, DevelopmentForm form, string? provider, string? certificateNumber)
    {
        if (jp is < 1 or > TrainingProgram.MaxJp)
        {
            throw new DomainValidationException("jp", $"must be between 1 and {TrainingProgram.MaxJp}.");
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainValidationException("title", "is required.");
        }

        return new LearningRecord
        {
            EmployeeId = employeeId,
            AgencyId = agencyId,
            Date = date,
            Jp = jp,
            Title = title.Trim(),
            Form = form,
            Source = LearningSource.External,
            Provider = Text.OrNull(provider),
            CertificateNumber = Text.OrNull(certificateNumber),
        };
    }
}
