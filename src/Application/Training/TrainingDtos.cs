using AsnCompetency.Application.Common.Models;
using AsnCompetency.Domain.Employees;
using AsnCompetency.Domain.Training;

namespace AsnCompetency.Application.Training;

/// <summary>A training programme: form, provider, JP, cost and targeted competencies.</summary>
/// <param name="AgencyId">Null for a national programme.</param>
/// <param name="Category">Education, Classroom or NonClassroom, from the form.</param>
/// <param name="Jp">JP a participant earns (for a conversion-table programme: the owner's rate; each participant's agency rate applies at completion).</param>
/// <param name="JpSource">Stated, or Conversion when the JP come from the conversion table.</param>
public sealed record TrainingProgramDto(
    Guid Id,
    Guid? AgencyId,
    string Code,
    string Title,
    string? Description,
    DevelopmentForm Form,
    DevelopmentCategory Category,
    DeliveryMode DeliveryMode,
    ProgramProviderDto Provider,
    int Jp,
    JpSource JpSource,
    decimal CostPerParticipant,
    int? AnnualCapacity,
    bool IsActive,
    IReadOnlyList<ProgramTargetDto> Targets,
    string ETag) : IVersioned;

/// <summary>Who delivers a programme, and the cooperation agreement (PKS) with them.</summary>
/// <param name="Name">The institution that runs the programme.</param>
/// <param name="AgreementNumber">The cooperation agreement with it, when there is one.</param>
/// <param name="AgreementInForce">Whether the agreement covers today (null without an agreement).</param>
public sealed record ProgramProviderDto(string? Name, string? AgreementNumber, DateOnly? AgreementValidFrom, DateOnly? AgreementValidUntil, bool? AgreementInForce);

/// <summary>A competency a programme develops, and the level it aims at.</summary>
public sealed record ProgramTargetDto(Guid CompetencyId, string Code, string Name, int TargetLevel);

/// <summary>A training programme as listed.</summary>
public sealed record TrainingProgramSummaryDto(
    Guid Id,
    Guid? AgencyId,
    string Code,
    string Title,
    DevelopmentForm Form,
    DeliveryMode DeliveryMode,
    string? ProviderName,
    int Jp,
    decimal CostPerParticipant,
    bool IsActive,
    int TargetCount,
    int SessionCount);

/// <summary>A programme as referenced from a session.</summary>
public sealed record ProgramReferenceDto(Guid Id, string Code, string Title, DevelopmentForm Form, int Jp);

/// <summary>A session (angkatan) of a programme: dates, place, capacity and status.</summary>
/// <param name="AgencyId">The organising agency; null for a national session.</param>
/// <param name="MeetingDays">The days the session meets; attendance is taken on these.</param>
/// <param name="PlacesTaken">Participants registered, attending or completed (all agencies).</param>
/// <param name="Waitlisted">People waiting for a place (all agencies).</param>
public sealed record TrainingSessionDto(
    Guid Id,
    ProgramReferenceDto Program,
    Guid? AgencyId,
    string Code,
    string? Title,
    DateOnly StartDate,
    DateOnly EndDate,
    IReadOnlyList<DateOnly> MeetingDays,
    string? Location,
    string? OnlineLink,
    string? Organiser,
    int Capacity,
    int PlacesTaken,
    int Waitlisted,
    SessionStatus Status,
    string? CancellationReason,
    string ETag) : IVersioned;

/// <summary>A session (angkatan) as listed, with places taken.</summary>
public sealed record TrainingSessionSummaryDto(
    Guid Id,
    ProgramReferenceDto Program,
    Guid? AgencyId,
    string Code,
    string? Title,
    DateOnly StartDate,
    DateOnly EndDate,
    int MeetingDayCount,
    string? Location,
    int Capacity,
    int PlacesTaken,
    int Waitlisted,
    SessionStatus Status);

/// <summary>An employee as shown on an enrolment.</summary>
public sealed record EnrolledEmployeeDto(Guid Id, string Nip, string FullName, EmployeeType EmployeeType);

/// <summary>A session as referenced from an enrolment.</summary>
public sealed record SessionReferenceDto(Guid Id, string Code, string? Title, DateOnly StartDate, DateOnly EndDate, SessionStatus Status, ProgramReferenceDto Program);

/// <summary>One employee's place on a training session, with attendance and completion.</summary>
/// <param name="QueueNumber">Order of enrolment in the session; the waitlist moves up in this order.</param>
/// <param name="WaitlistPosition">1 for the next to get a place; null when not waitlisted.</param>
/// <param name="AttendanceShare">Share of the session's meeting days present (0–1).</param>
/// <param name="CreditedJp">JP credited to the ledger at completion.</param>
public sealed record EnrollmentDto(
    Guid Id,
    SessionReferenceDto Session,
    EnrolledEmployeeDto Employee,
    Guid AgencyId,
    Guid? PlanItemId,
    EnrollmentStatus Status,
    int QueueNumber,
    int? WaitlistPosition,
    string? StatusReason,
    int DaysPresent,
    decimal AttendanceShare,
    IReadOnlyList<AttendanceDto> Attendance,
    DateOnly? CompletedOn,
    string? CertificateNumber,
    int? CreditedJp,
    IReadOnlyList<FollowUpDto> FollowUps,
    DateTimeOffset EnrolledAt,
    string ETag) : IVersioned;

/// <summary>Attendance of one participant on one meeting day.</summary>
public sealed record AttendanceDto(DateOnly Date, bool Present, string? Note);

/// <summary>A follow-up activity after training (mentoring, coaching, on-the-job guidance).</summary>
public sealed record FollowUpDto(Guid Id, Guid EnrollmentId, DateOnly Date, FollowUpKind Kind, Guid? MentorEmployeeId, string? MentorName, string? Notes, DateTimeOffset RecordedAt);

/// <summary>What an enrolment of several employees did.</summary>
/// <param name="Enrollments">Every enrolment the request created or re-activated, in request order.</param>
public sealed record EnrollmentBatchResultDto(int Registered, int Waitlisted, IReadOnlyList<EnrollmentDto> Enrollments);

/// <summary>An enrolment that gave up its place, and who moved up from the waitlist.</summary>
/// <param name="Promoted">Waitlisted people who got the place that freed up, in waitlist order.</param>
public sealed record EnrollmentReleaseDto(EnrollmentDto Enrollment, IReadOnlyList<EnrollmentDto> Promoted);

/// <summary>A completed session and what completion did to its participants.</summary>
/// <param name="Completed">Participants completed now, with JP credited.</param>
/// <param name="NoShows">Registered participants present on no day, now marked no-show.</param>
/// <param name="BelowAttendance">Participants whose attendance falls short of the minimum: left for an admin to decide.</param>
/// <param name="WaitlistClosed">Waitlisted people dropped because the session is over.</param>
public sealed record SessionCompletionDto(
    TrainingSessionDto Session,
    int Completed,
    int NoShows,
    int WaitlistClosed,
    IReadOnlyList<EnrolledEmployeeDto> BelowAttendance);

/// <summary>The attendance sheet of a session: participants × meeting days.</summary>
/// <param name="MinAttendanceShare">The organiser's minimum; each row carries the one its participant's agency sets.</param>
public sealed record AttendanceSheetDto(Guid SessionId, string Code, IReadOnlyList<DateOnly> MeetingDays, decimal MinAttendanceShare, IReadOnlyList<AttendanceSheetRowDto> Rows);

/// <summary>One participant's row of a session's attendance sheet.</summary>
/// <param name="Days">Presence per meeting day, in MeetingDays order: true, false, or null when not recorded.</param>
/// <param name="MinAttendanceShare">The minimum of the participant's agency, which their completion needs.</param>
public sealed record AttendanceSheetRowDto(
    Guid EnrollmentId, EnrolledEmployeeDto Employee, EnrollmentStatus Status, IReadOnlyList<bool?> Days, int DaysPresent, decimal AttendanceShare, decimal MinAttendanceShare, bool MeetsMinimum);
