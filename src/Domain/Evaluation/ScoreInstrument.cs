using AsnCompetency.Domain.Common;

namespace AsnCompetency.Domain.Evaluation;

/// <summary>What an instrument measures.</summary>
public enum InstrumentKind
{
    /// <summary>A test scored from 0 to its maximum (e.g. 0–100).</summary>
    Test,

    /// <summary>The proficiency level (1–5) of a competency the programme targets.</summary>
    CompetencyLevel,
}

/// <summary>When a score was taken: before training, after it, or months later on the job (Kirkpatrick level 3).</summary>
public enum ScorePhase
{
    Pre,
    Post,
    FollowUp,
}

/// <summary>
/// One way a session measures its participants: a test with a maximum score, or the level of a
/// targeted competency. Every participant gets a score per instrument per phase.
/// </summary>
public sealed class ScoreInstrument : AuditableEntity, IHasRowVersion
{
    public const decimal MaxTestScore = 1_000m;

    private ScoreInstrument()
    {
        Code = "";
        Name = "";
    }

    public Guid SessionId { get; private set; }

    /// <summary>Unique within the session, e.g. TEST or M.01.</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    public InstrumentKind Kind { get; private set; }

    /// <summary>The lowest possible score: 0 for a test, 1 for a level.</summary>
    public decimal MinScore { get; private set; }

    /// <summary>The highest possible score: the test's maximum, or the highest level.</summary>
    public decimal MaxScore { get; private set; }

    /// <summary>The competency a level instrument measures.</summary>
    public Guid? CompetencyId { get; private set; }

    public uint RowVersion { get; private set; }

    public static ScoreInstrument Test(Guid sessionId, string code, string name, decimal maxScore)
    {
        if (maxScore is <= 0 or > MaxTestScore)
        {
            throw new DomainValidationException("maxScore", $"must be above 0 and at most {MaxTestScore}.");
        }

        return Create(sessionId, code, name, InstrumentKind.Test, 0m, maxScore, null);
    }

    public static ScoreInstrument Level(Guid sessionId, string code, string name, Guid competencyId, int levelCount) =>
        Create(sessionId, code, name, InstrumentKind.CompetencyLevel, 1m, levelCount, competencyId);

    /// <summary>Checks a score lies on the instrument's scale (levels are whole numbers).</summary>
    public void EnsureOnScale(decimal value, string field)
    {
        if (value < MinScore || value > MaxScore)
        {
            throw new DomainValidationException(field, $"{value} is outside {Code}'s scale ({MinScore:0.##} to {MaxScore:0.##}).");
        }

        if (Kind == InstrumentKind.CompetencyLevel && value != decimal.Truncate(value))
        {
            throw new DomainValidationException(field, $"{Code} is a competency level: a whole number from {MinScore:0} to {MaxScore:0}.");
        }
    }

    private static ScoreInstrument Create(Guid sessionId, string code, string name, InstrumentKind kind, decimal min, decimal max, Guid? competencyId)
    {
        if (!CodeFormat.IsValid(code?.Trim()))
        {
            throw new DomainValidationException("code", $"must be 1 to {FieldLengths.Code} characters and {CodeFormat.Description}.");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainValidationException("name", "is required.");
        }

        return new ScoreInstrument
        {
            SessionId = sessionId,
            Code = code!.Trim().ToUpperInvariant(),
            Name = name.Trim(),
            Kind = kind,
            MinScore = min,
            MaxScore = max,
            CompetencyId = competencyId,
        };
    }
}

/// <summary>A participant's score on one instrument in one phase.</summary>
public sealed class ParticipantScore : Entity
{
    private ParticipantScore()
    {
    }

    public ParticipantScore(ScoreInstrument instrument, Guid enrollmentId, ScorePhase phase, decimal value, DateTimeOffset recordedAt, Guid? recordedBy)
    {
        instrument.EnsureOnScale(value, "value");
        InstrumentId = instrument.Id;
        EnrollmentId = enrollmentId;
        Phase = phase;
        Value = value;
        RecordedAt = recordedAt;
        RecordedBy = recordedBy;
    }

    public Guid InstrumentId { get; private set; }

    public Guid EnrollmentId { get; private set; }

    public ScorePhase Phase { get; private set; }

    public decimal Value { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public Guid? RecordedBy { get; private set; }

    /// <summary>Replaces the value (entered again on the grid).</summary>
    public void Change(ScoreInstrument instrument, decimal value, DateTimeOffset recordedAt, Guid? recordedBy, string field)
    {
        instrument.EnsureOnScale(value, field);
        Value = value;
        RecordedAt = recordedAt;
        RecordedBy = recordedBy;
    }
}
