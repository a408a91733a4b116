using AsnCompetency.Domain.Assessments;

namespace AsnCompetency.Application.Assessments;

/// <summary>One recorded assessment.</summary>
/// <param name="SupersedesId">The assessment this one corrects.</param>
/// <param name="SupersededById">The correction that replaced this assessment; a superseded assessment no longer counts.</param>
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
