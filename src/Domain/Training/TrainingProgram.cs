using AsnCompetency.Domain.Common;

namespace AsnCompetency.Domain.Training;

/// <summary>
/// A training programme the agency (or the nation) offers, with the competencies it develops and
/// the level it brings a participant to. Needs analysis recommends programmes through these
/// targets; plans cost them per participant; sessions (angkatan) run them.
/// </summary>
public sealed class TrainingProgram : AuditableEntity, IHasRowVersion
{
    public const int MaxJp = 5_000;

    private readonly List<TrainingProgramTarget> _targets = [];

    private TrainingProgram()
    {
        Code = "";
        Title = "";
    }

    /// <summary>Null for a national programme open to every agency.</summary>
    public Guid? AgencyId { get; private set; }

    public string Code { get; private set; }

    public string Title { get; private set; }

    public string? Description { get; private set; }

    public DevelopmentForm Form { get; private set; }

    public DevelopmentCategory Category => DevelopmentForms.CategoryOf(Form);

    public DeliveryMode DeliveryMode { get; private set; }

    /// <summary>The institution that runs the programme (a training centre, a partner university).</summary>
    public string? ProviderName { get; private set; }

    /// <summary>The cooperation agreement (perjanjian kerja sama) with the provider, when there is one.</summary>
    public string? AgreementNumber { get; private set; }

    public DateOnly? AgreementValidFrom { get; private set; }

    public DateOnly? AgreementValidUntil { get; private set; }

    /// <summary>Learning hours (jam pelajaran, 45 minutes each) a participant earns.</summary>
    public int Jp { get; private set; }

    public JpSource JpSource { get; private set; }

    /// <summary>Cost per participant in rupiah.</summary>
    public decimal CostPerParticipant { get; private set; }

    /// <summary>Participants the programme can take in a year; null = no fixed limit.</summary>
    public int? AnnualCapacity { get; private set; }

    public bool IsActive { get; private set; }

    public IReadOnlyCollection<TrainingProgramTarget> Targets => _targets;

    public uint RowVersion { get; private set; }

    /// <param name="conversionJp">The owner's conversion-table JP for the form, used when the details state no JP.</param>
    public static TrainingProgram Create(Guid? agencyId, string code, TrainingProgramDetails details, int? conversionJp = null)
    {
        if (!CodeFormat.IsValid(code?.Trim()))
        {
            throw new DomainValidationException("code", $"must be 1 to {FieldLengths.Code} characters and {CodeFormat.Description}.");
        }

        var program = new TrainingProgram { AgencyId = agencyId, Code = code!.Trim().ToUpperInvariant(), IsActive = true };
        program.Update(details, conversionJp);
        return program;
    }

    /// <summary>A classroom programme with stated JP: the short form seeding and tests use.</summary>
    public static TrainingProgram Create(Guid? agencyId, string code, string title, int jp, decimal costPerParticipant, int? annualCapacity) =>
        Create(agencyId, code, new TrainingProgramDetails(title, DevelopmentForm.Technical, jp, costPerParticipant) { AnnualCapacity = annualCapacity });

    /// <summary>Replaces the programme's details (not its code or owner).</summary>
    public void Update(TrainingProgramDetails details, int? conversionJp = null)
    {
        if (string.IsNullOrWhiteSpace(details.Title))
        {
            throw new DomainValidationException("title", "is required.");
        }

        if (details.CostPerParticipant < 0)
        {
            throw new DomainValidationException("costPerParticipant", "must not be negative.");
        }

        if (details.AnnualCapacity is < 1)
        {
            throw new DomainValidationException("annualCapacity", "must be at least 1, or empty for no limit.");
        }

        if (details.AgreementValidFrom is { } from && details.AgreementValidUntil is { } until && until < from)
        {
            throw new DomainValidationException("agreementValidUntil", "must not be before agreementValidFrom.");
        }

        if ((details.AgreementValidFrom is not null || details.AgreementValidUntil is not null) && string.IsNullOrWhiteSpace(details.AgreementNumber))
        {
            throw new DomainValidationException("agreementNumber", "is required when the agreement has validity dates.");
        }

        (Jp, JpSource) = ResolveJp(details, conversionJp);
        Title = details.Title.Trim();
        Description = Text.OrNull(details.Description);
        Form = details.Form;
        DeliveryMode = details.DeliveryMode;
        ProviderName = Text.OrNull(details.ProviderName);
        AgreementNumber = Text.OrNull(details.AgreementNumber);
        AgreementValidFrom = details.AgreementValidFrom;
        AgreementValidUntil = details.AgreementValidUntil;
        CostPerParticipant = details.CostPerParticipant;
        AnnualCapacity = details.AnnualCapacity;
    }

    /// <summary>Whether the cooperation agreement is in force on <paramref name="date"/> (true when there is none to check).</summary>
    public bool AgreementCovers(DateOnly date) =>
        AgreementNumber is null
        || ((AgreementValidFrom is null || AgreementValidFrom <= date) && (AgreementValidUntil is null || date <= AgreementValidUntil));

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;

    /// <summary>Sets the level the programme brings a participant to in a competency.</summary>
    public void Target(Guid competencyId, int targetLevel)
    {
        if (targetLevel < 1)
        {
            throw new DomainValidationException("targetLevel", "must be at least 1.");
        }

        if (_targets.Find(t => t.CompetencyId == competencyId) is { } existing)
        {
            existing.TargetLevel = targetLevel;
        }
        else
        {
            _targets.Add(new TrainingProgramTarget(Id, competencyId, targetLevel));
        }
    }

    /// <summary>Replaces every target: the competencies and levels the programme develops.</summary>
    public void ReplaceTargets(IEnumerable<(Guid CompetencyId, int TargetLevel)> targets)
    {
        var list = targets.ToList();
        if (list.Select(t => t.CompetencyId).Distinct().Count() != list.Count)
        {
            throw new DomainValidationException("targets", "must name each competency once.");
        }

        if (list.Exists(t => t.TargetLevel < 1))
        {
            throw new DomainValidationException("targetLevel", "must be at least 1.");
        }

        _targets.RemoveAll(t => !list.Exists(n => n.CompetencyId == t.CompetencyId));
        foreach (var (competencyId, level) in list)
        {
            Target(competencyId, level);
        }
    }

    /// <summary>
    /// The JP a participant of <paramref name="agencyConversionJp"/>'s agency earns: the stated JP,
    /// or for a programme that takes its JP from the conversion table, the participant's agency's
    /// rate (the programme's own when the agency has none for the form).
    /// </summary>
    public int JpFor(int? agencyConversionJp) => JpSource == JpSource.Conversion ? agencyConversionJp ?? Jp : Jp;

    private static (int Jp, JpSource Source) ResolveJp(TrainingProgramDetails details, int? conversionJp)
    {
        if (details.Jp is { } stated)
        {
            if (stated is < 0 or > MaxJp)
            {
                throw new DomainValidationException("jp", $"must be between 0 and {MaxJp}.");
            }

            return (stated, JpSource.Stated);
        }

        if (DevelopmentForms.CategoryOf(details.Form) != DevelopmentCategory.NonClassroom)
        {
            throw new DomainValidationException("jp", $"is required for {details.Form}: only non-classroom forms take their JP from the conversion table.");
        }

        return conversionJp is { } rate
            ? (rate, JpSource.Conversion)
            : throw new DomainValidationException("jp", $"is required: the JP conversion table has no rate for {details.Form}.");
    }

}

/// <summary>The editable details of a <see cref="TrainingProgram"/>.</summary>
/// <param name="Jp">Null for a non-classroom form whose JP comes from the conversion table.</param>
public sealed record TrainingProgramDetails(string Title, DevelopmentForm Form, int? Jp, decimal CostPerParticipant)
{
    public string? Description { get; init; }

    public DeliveryMode DeliveryMode { get; init; }

    public string? ProviderName { get; init; }

    public string? AgreementNumber { get; init; }

    public DateOnly? AgreementValidFrom { get; init; }

    public DateOnly? AgreementValidUntil { get; init; }

    public int? AnnualCapacity { get; init; }
}

/// <summary>A competency a programme develops, and the level a participant reaches.</summary>
public sealed class TrainingProgramTarget : Entity
{
    private TrainingProgramTarget()
    {
    }

    internal TrainingProgramTarget(Guid programId, Guid competencyId, int targetLevel)
    {
        ProgramId = programId;
        CompetencyId = competencyId;
        TargetLevel = targetLevel;
    }

    public Guid ProgramId { get; private set; }

    public Guid CompetencyId { get; private set; }

    public int TargetLevel { get; internal set; }
}
