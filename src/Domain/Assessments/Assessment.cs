using AsnCompetency.Domain.Common;

namespace AsnCompetency.Domain.Assessments;

/// <summary>
/// One assessed level of one competency of one employee. Assessments are never changed (the
/// database refuses updates): a correction is a new assessment that supersedes the old one and
/// says why, so the history shows what was believed when. They go only with their employee.
/// </summary>
public sealed class Assessment : Entity
{
    public const int MinLevel = 1;

    private Assessment()
    {
        AssessorName = "";
    }

    public Guid EmployeeId { get; private set; }

    /// <summary>The employee's agency, kept on the row so scope and aggregation need no join.</summary>
    public Guid AgencyId { get; private set; }

    public Guid CompetencyId { get; private set; }

    public Guid FrameworkId { get; private set; }

    public int Level { get; private set; }

    public AssessmentMethod Method { get; private set; }

    public DateOnly AssessedOn { get; private set; }

    /// <summary>Who assessed, as written on the record (a person or an assessment centre).</summary>
    public string AssessorName { get; private set; }

    /// <summary>The user who assessed, when the assessor has an account.</summary>
    public Guid? AssessorUserId { get; private set; }

    public string? EvidenceNote { get; private set; }

    public string? EvidenceUrl { get; private set; }

    /// <summary>The assessment this one corrects; that one no longer counts.</summary>
    public Guid? SupersedesId { get; private set; }

    /// <summary>Why the superseded assessment was wrong; required with <see cref="SupersedesId"/>.</summary>
    public string? CorrectionReason { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public Guid? RecordedBy { get; private set; }

    public static Assessment Record(AssessmentFacts facts, int levelCount, DateOnly today, DateTimeOffset now, Guid? recordedBy)
    {
        if (facts.Level < MinLevel || facts.Level > levelCount)
        {
            throw new DomainValidationException("level", $"must be between {MinLevel} and {levelCount}, the levels of the competency's framework; {facts.Level} was given.");
        }

        if (facts.AssessedOn > today)
        {
            throw new DomainValidationException("assessedOn", $"{facts.AssessedOn:yyyy-MM-dd} is in the future.");
        }

        if (string.IsNullOrWhiteSpace(facts.AssessorName))
        {
            throw new DomainValidationException("assessorName", "is required.");
        }

        return new Assessment
        {
            EmployeeId = facts.EmployeeId,
            AgencyId = facts.AgencyId,
            CompetencyId = facts.CompetencyId,
            FrameworkId = facts.FrameworkId,
            Level = facts.Level,
            Method = facts.Method,
            AssessedOn = facts.AssessedOn,
            AssessorName = facts.AssessorName.Trim(),
            AssessorUserId = facts.AssessorUserId,
            EvidenceNote = Text.OrNull(facts.EvidenceNote),
            EvidenceUrl = Text.OrNull(facts.EvidenceUrl),
            RecordedAt = now,
            RecordedBy = recordedBy,
        };
    }

    /// <summary>
    /// Records a correction of this assessment. The correction is about the same employee and
    /// competency; level, method, date, assessor and evidence are the corrected ones.
    /// </summary>
    public Assessment Correct(AssessmentFacts corrected, string reason, int levelCount, DateOnly today, DateTimeOffset now, Guid? recordedBy)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainValidationException("reason", "is required: say why the assessment is being corrected.");
        }

        if (corrected.EmployeeId != EmployeeId || corrected.CompetencyId != CompetencyId)
        {
            throw new BusinessRuleException("A correction is about the same employee and competency as the assessment it corrects.");
        }

        var correction = Record(corrected, levelCount, today, now, recordedBy);
        correction.SupersedesId = Id;
        correction.CorrectionReason = reason.Trim();
        return correction;
    }

}

/// <summary>What an assessment states. The caller has checked that the employee and competency exist and are visible.</summary>
public sealed record AssessmentFacts(
    Guid EmployeeId,
    Guid AgencyId,
    Guid CompetencyId,
    Guid FrameworkId,
    int Level,
    AssessmentMethod Method,
    DateOnly AssessedOn,
    string AssessorName,
    Guid? AssessorUserId,
    string? EvidenceNote,
    string? EvidenceUrl);
