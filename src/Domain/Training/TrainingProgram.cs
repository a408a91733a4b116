using AsnCompetency.Domain.Common;

namespace AsnCompetency.Domain.Training;

/// <summary>
/// A training programme the agency (or the nation) offers, with the competencies it develops and
/// the level it brings a participant to. Needs analysis recommends programmes through these
/// targets; plans cost them per participant.
/// </summary>
public sealed class TrainingProgram : AuditableEntity, IHasRowVersion
{
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

    /// <summary>Learning hours (jam pelajaran, 45 minutes each) a participant earns.</summary>
    public int Jp { get; private set; }

    /// <summary>Cost per participant in rupiah.</summary>
    public decimal CostPerParticipant { get; private set; }

    /// <summary>Participants the programme can take in a year; null = no fixed limit.</summary>
    public int? AnnualCapacity { get; private set; }

    public bool IsActive { get; private set; }

    public IReadOnlyCollection<TrainingProgramTarget> Targets => _targets;

    public uint RowVersion { get; private set; }

    public static TrainingProgram Create(Guid? agencyId, string code, string title, int jp, decimal costPerParticipant, int? annualCapacity)
    {
        if (!CodeFormat.IsValid(code?.Trim()))
        {
            throw new DomainValidationException("code", $"must be 1 to {FieldLengths.Code} characters and {CodeFormat.Description}.");
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainValidationException("title", "is required.");
        }

        if (jp < 0)
        {
            throw new DomainValidationException("jp", "must not be negative.");
        }

        if (costPerParticipant < 0)
        {
            throw new DomainValidationException("costPerParticipant", "must not be negative.");
        }

        if (annualCapacity is < 1)
        {
            throw new DomainValidationException("annualCapacity", "must be at least 1, or empty for no limit.");
        }

        return new TrainingProgram
        {
            AgencyId = agencyId,
            Code = code!.Trim().ToUpperInvariant(),
            Title = title.Trim(),
            Jp = jp,
            CostPerParticipant = costPerParticipant,
            AnnualCapacity = annualCapacity,
            IsActive = true,
        };
    }

    /// <summary>Sets the level the programme brings a participant to in a competency.</summary>
    public void Target(Guid competencyId, int targetLevel)
    {
        if (targetLevel < 1)
        {
            throw new DomainValidationException("targetLevel", "must be at least 1.");
        }

        _targets.RemoveAll(t => t.CompetencyId == competencyId);
        _targets.Add(new TrainingProgramTarget(Id, competencyId, targetLevel));
    }
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

    public int TargetLevel { get; private set; }
}
