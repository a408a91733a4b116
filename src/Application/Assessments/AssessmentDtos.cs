using AsnCompetency.Domain.Assessments;

namespace AsnCompetency.Application.Assessments;

/// <summary>One recorded assessment.</summary>
/// <param name="SupersedesId">The assessment this one corrects.</param>
/// <param name="SupersededById">The correction that replaced this assessment; a superseded assessment no longer counts.</param>
/// <param name="Id">The assessment's identifier.</param>
/// <param name="EmployeeId">The employee assessed.</param>
/// <param name="EmployeeNip">The employee's NIP.</param>
/// <param name="EmployeeName">The employee's name.</param>
/// <param name="CompetencyId">The competency assessed.</param>
/// <param name="CompetencyCode">The competency's code.</param>
/// <param name="CompetencyName">The competency's name.</param>
/// <param name="FrameworkId">The framework version of the competency.</param>
/// <param name="Level">The level found, within the framework's scale.</param>
/// <param name="Method">How it was assessed (self, supervisor, assessment centre, …).</param>
/// <param name="AssessedOn">The day of the assessment.</param>
/// <param name="AssessorName">Who assessed (a person or an institution).</param>
/// <param name="AssessorUserId">The assessor's user account, when they have one.</param>
/// <param name="EvidenceNote">What the level rests on, e.g. a report number.</param>
/// <param name="EvidenceUrl">Where the evidence is kept.</param>
/// <param name="CorrectionReason">Why the earlier assessment was corrected.</param>
/// <param name="RecordedAt">When it was recorded (UTC).</param>
/// <param name="RecordedBy">The user who recorded it.</param>
public sealed record AssessmentDto(
    Guid Id,
    Guid EmployeeId,
    string EmployeeNip,
    string EmployeeName,
    Guid CompetencyId,
    string CompetencyCode,
    string CompetencyName,
    Guid FrameworkId,
    int Level,
    AssessmentMethod Method,
    DateOnly AssessedOn,
    string AssessorName,
    Guid? AssessorUserId,
    string? EvidenceNote,
    string? EvidenceUrl,
    Guid? SupersedesId,
    string? CorrectionReason,
    Guid? SupersededById,
    DateTimeOffset RecordedAt,
    Guid? RecordedBy);

/// <summary>The result of recording several assessments at once.</summary>
public sealed record AssessmentBatchResultDto(int RecordedCount, IReadOnlyList<Guid> Ids);
