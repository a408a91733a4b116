using AsnCompetency.Application.Common.Behaviours;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Assessments;
using AsnCompetency.Domain.Employees;
using AsnCompetency.Domain.Evaluation;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Training;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Privacy;

/// <summary>
/// Everything the system holds about the caller as an employee (UU PDP: the data subject's right
/// of access), in one document: account, employee record, positions, assessments, trainings,
/// learning hours, scores and correction requests.
/// </summary>
[Authorize]
public sealed record GetMyDataQuery : IQuery<MyDataDto>;

/// <summary>Everything the system holds about the signed-in employee.</summary>
public sealed record MyDataDto(
    DateTimeOffset ExportedAt,
    MyAccountDto Account,
    MyEmployeeDto Employee,
    IReadOnlyList<MyPositionDto> Positions,
    IReadOnlyList<MyAssessmentDto> Assessments,
    IReadOnlyList<MyTrainingDto> Trainings,
    IReadOnlyList<MyLearningRecordDto> LearningHours,
    IReadOnlyList<MyScoreDto> Scores,
    IReadOnlyList<CorrectionRequestDto> CorrectionRequests);

/// <summary>The signed-in user's account.</summary>
public sealed record MyAccountDto(string UserName, string DisplayName, string? Email, UserRole Role, DateTimeOffset? LastSignInAt);

/// <summary>The signed-in employee's record.</summary>
public sealed record MyEmployeeDto(
    Guid Id, string Nip, EmployeeType EmployeeType, string FullName, string? FrontTitle, string? BackTitle, DateOnly BirthDate, Gender Gender,
    DateOnly AppointedOn, string? GradeCode, string? Email, string? Phone, bool IsActive);

/// <summary>One position the employee held or holds.</summary>
public sealed record MyPositionDto(string PositionCode, string PositionName, DateOnly StartDate, DateOnly? EndDate, string? Note);

/// <summary>One of the employee's assessments.</summary>
/// <param name="SupersededBy">The correction that replaced this assessment, if any.</param>
public sealed record MyAssessmentDto(
    Guid Id, string CompetencyCode, string CompetencyName, int Level, AssessmentMethod Method, DateOnly AssessedOn, string AssessorName,
    string? EvidenceNote, string? EvidenceUrl, string? CorrectionReason, Guid? SupersededBy);

/// <summary>One training the employee enrolled in.</summary>
public sealed record MyTrainingDto(
    string ProgramCode, string ProgramTitle, string SessionCode, DateOnly StartDate, DateOnly EndDate, EnrollmentStatus Status,
    int DaysPresent, DateOnly? CompletedOn, int? CreditedJp, string? CertificateNumber);

/// <summary>One entry of the employee's JP ledger.</summary>
public sealed record MyLearningRecordDto(DateOnly Date, int Jp, string Title, DevelopmentForm Form, LearningSource Source, string? Provider, string? CertificateNumber);

/// <summary>One training score of the employee.</summary>
public sealed record MyScoreDto(string SessionCode, string InstrumentCode, string InstrumentName, ScorePhase Phase, decimal Value, decimal MaxScore);

public sealed class GetMyDataQueryHandler(IApplicationDbContext db, ICurrentUser user, IAuditLog audit, TimeProvider clock) : IQueryHandler<GetMyDataQuery, MyDataDto>
{
    public async ValueTask<MyDataDto> Handle(GetMyDataQuery query, CancellationToken cancellationToken)
    {
        var e = await CorrectionRequestHandlers.OwnEmployeeAsync(user, db, cancellationToken);
        var id = e.Id;

        // The caller's own rows, named from wherever they are (a national session, another
        // agency's former position): filters are lifted only for the names.
        var account = await db.Users.AsNoTracking().Where(u => u.Id == user.UserId)
            .Select(u => new MyAccountDto(u.UserName, u.DisplayName, u.Email, u.Role, u.LastSignInAt)).FirstAsync(cancellationToken);
        var positions = await db.PositionAssignments.IgnoreQueryFilters().AsNoTracking().Where(a => a.EmployeeId == id)
            .Join(db.Positions.IgnoreQueryFilters(), a => a.PositionId, p => p.Id, (a, p) => new { a, p.Code, p.Name })
            .OrderBy(x => x.a.StartDate)
            .Select(x => new MyPositionDto(x.Code, x.Name, x.a.StartDate, x.a.EndDate, x.a.Note))
            .ToListAsync(cancellationToken);
        var assessments = await db.Assessments.IgnoreQueryFilters().AsNoTracking().Where(a => a.EmployeeId == id)
            .Join(db.Competencies.IgnoreQueryFilters(), a => a.CompetencyId, c => c.Id, (a, c) => new { a, c.Code, c.Name })
            .OrderBy(x => x.a.AssessedOn).ThenBy(x => x.Code)
            .Select(x => new MyAssessmentDto(
                x.a.Id, x.Code, x.Name, x.a.Level, x.a.Method, x.a.AssessedOn, x.a.AssessorName, x.a.EvidenceNote, x.a.EvidenceUrl, x.a.CorrectionReason,
                db.Assessments.IgnoreQueryFilters().Where(n => n.SupersedesId == x.a.Id).Select(n => (Guid?)n.Id).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        var trainings = await db.Enrollments.IgnoreQueryFilters().AsNoTracking().Where(n => n.EmployeeId == id)
            .Join(db.TrainingSessions.IgnoreQueryFilters(), n => n.SessionId, s => s.Id, (n, s) => new { n, s })
            .Join(db.TrainingPrograms.IgnoreQueryFilters(), x => x.s.ProgramId, p => p.Id, (x, p) => new { x.n, x.s, p.Code, p.Title })
            .OrderBy(x => x.s.StartDate)
            .Select(x => new MyTrainingDto(
                x.Code, x.Title, x.s.Code, x.s.StartDate, x.s.EndDate, x.n.Status,
                db.Attendance.IgnoreQueryFilters().Count(a => a.EnrollmentId == x.n.Id && a.Present), x.n.CompletedOn, x.n.CreditedJp, x.n.CertificateNumber))
            .ToListAsync(cancellationToken);
        var learning = await db.LearningRecords.IgnoreQueryFilters().AsNoTracking().Where(r => r.EmployeeId == id)
            .OrderBy(r => r.Date)
            .Select(r => new MyLearningRecordDto(r.Date, r.Jp, r.Title, r.Form, r.Source, r.Provider, r.CertificateNumber))
            .ToListAsync(cancellationToken);
        var scores = await db.Scores.IgnoreQueryFilters().AsNoTracking()
            .Join(db.Enrollments.IgnoreQueryFilters().Where(n => n.EmployeeId == id), s => s.EnrollmentId, n => n.Id, (s, n) => s)
            .Join(db.ScoreInstruments.IgnoreQueryFilters(), s => s.InstrumentId, i => i.Id, (s, i) => new { s, i })
            .Join(db.TrainingSessions.IgnoreQueryFilters(), x => x.i.SessionId, t => t.Id, (x, t) => new { x.s, x.i, t.Code, t.StartDate })
            .OrderBy(x => x.StartDate).ThenBy(x => x.i.Code).ThenBy(x => x.s.Phase)
            .Select(x => new MyScoreDto(x.Code, x.i.Code, x.i.Name, x.s.Phase, x.s.Value, x.i.MaxScore))
            .ToListAsync(cancellationToken);
        var requests = await db.CorrectionRequests.IgnoreQueryFilters().AsNoTracking().Where(r => r.EmployeeId == id)
            .OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken);

        await audit.RecordAsync(AuditActions.Read, "OwnData", new { }, cancellationToken, new AuditSubject(e.AgencyId, id));
        return new MyDataDto(
            clock.GetUtcNow(),
            account,
            new MyEmployeeDto(e.Id, e.Nip, e.EmployeeType, e.FullName, e.FrontTitle, e.BackTitle, e.BirthDate, e.Gender, e.AppointedOn, e.GradeCode, e.Email, e.Phone, e.IsActive),
            positions,
            assessments,
            trainings,
            learning,
            scores,
            [.. requests.Select(r => CorrectionRequestHandlers.ToDto(r, e.Nip, e.FullName))]);
    }
}
