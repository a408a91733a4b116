using AsnCompetency.Application.Common.Behaviours;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Application.Training;
using AsnCompetency.Domain.Evaluation;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Training;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Evaluation;

[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin, UserRole.Assessor, UserRole.Analyst)]
public sealed record GetScoreInstrumentsQuery(Guid SessionId) : IQuery<IReadOnlyList<ScoreInstrumentDto>>;

/// <summary>The score grid of a session: every participant holding a place (that the caller can see) with their scores.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin, UserRole.Assessor, UserRole.Analyst)]
public sealed record GetScoreGridQuery(Guid SessionId) : IQuery<ScoreGridDto>;

/// <summary>Per instrument: post against pre (and follow-up against pre), with the paired t-test, Wilcoxon, effect sizes and normalised gains.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin, UserRole.Assessor, UserRole.Analyst)]
public sealed record GetSessionEvaluationQuery(Guid SessionId) : IQuery<SessionEvaluationDto>;

internal static class EvaluationQueries
{
    public static ScoreInstrumentDto ToDto(ScoreInstrument i) =>
        new(i.Id, i.SessionId, i.Code, i.Name, i.Kind, i.MinScore, i.MaxScore, i.CompetencyId, $"\"{i.RowVersion}\"");
}

public sealed class EvaluationReadHandlers(IApplicationDbContext db, IAuditLog audit) :
    IQueryHandler<GetScoreInstrumentsQuery, IReadOnlyList<ScoreInstrumentDto>>,
    IQueryHandler<GetScoreGridQuery, ScoreGridDto>,
    IQueryHandler<GetSessionEvaluationQuery, SessionEvaluationDto>
{
    public async ValueTask<IReadOnlyList<ScoreInstrumentDto>> Handle(GetScoreInstrumentsQuery query, CancellationToken cancellationToken)
    {
        await EnsureSessionAsync(query.SessionId, cancellationToken);
        return await InstrumentsAsync(query.SessionId, cancellationToken);
    }

    public async ValueTask<ScoreGridDto> Handle(GetScoreGridQuery query, CancellationToken cancellationToken)
    {
        await EnsureSessionAsync(query.SessionId, cancellationToken);
        var instruments = await InstrumentsAsync(query.SessionId, cancellationToken);
        var participants = await ParticipantsAsync(query.SessionId, cancellationToken);
        var ids = participants.Select(p => p.EnrollmentId).ToList();
        var scores = await db.Scores.AsNoTracking()
            .Where(s => ids.Contains(s.EnrollmentId))
            .Select(s => new { s.EnrollmentId, Cell = new ScoreCellDto(s.InstrumentId, s.Phase, s.Value) })
            .ToListAsync(cancellationToken);
        var rows = participants
            .Select(p => new ScoreGridRowDto(p.EnrollmentId, p.Employee, [.. scores.Where(s => s.EnrollmentId == p.EnrollmentId).Select(s => s.Cell)]))
            .ToList();

        // The grid shows each participant's scores: who looked is on record, as for one profile.
        var agencyId = await db.TrainingSessions.Where(s => s.Id == query.SessionId).Select(s => s.AgencyId).FirstAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.Read, "ScoreGrid", new { participants = rows.Count }, cancellationToken, new AuditSubject(agencyId, query.SessionId));
        return new ScoreGridDto(query.SessionId, instruments, rows);
    }

    public async ValueTask<SessionEvaluationDto> Handle(GetSessionEvaluationQuery query, CancellationToken cancellationToken)
    {
        var session = await db.GetSessionDtoAsync(query.SessionId, cancellationToken);
        var instruments = await InstrumentsAsync(query.SessionId, cancellationToken);
        // The statistics need the places and their scores, not who holds them: no names are
        // read, and the scores are joined in SQL rather than sent 50,000 ids as a parameter.
        var places = db.Enrollments.AsNoTracking()
            .Where(e => e.SessionId == query.SessionId && Enrollment.PlaceHoldingStatuses.Contains(e.Status));
        var ids = await places.OrderBy(e => e.Id).Select(e => e.Id).ToListAsync(cancellationToken);
        var scores = await db.Scores.AsNoTracking()
            .Where(s => places.Any(e => e.Id == s.EnrollmentId))
            .Select(s => new { s.EnrollmentId, s.InstrumentId, s.Phase, s.Value })
            .ToListAsync(cancellationToken);
        var byCell = scores.ToDictionary(s => (s.EnrollmentId, s.InstrumentId, s.Phase), s => (double)s.Value);

        double? Score(Guid enrollmentId, Guid instrumentId, ScorePhase phase) =>
            byCell.TryGetValue((enrollmentId, instrumentId, phase), out var value) ? value : null;

        var evaluations = instruments.Select(instrument =>
        {
            var max = (double)instrument.MaxScore;
            var prePost = PairedStatistics.Compare(
                [.. ids.Select(id => (Score(id, instrument.Id, ScorePhase.Pre), Score(id, instrument.Id, ScorePhase.Post)))], max);
            var hasFollowUp = scores.Any(s => s.InstrumentId == instrument.Id && s.Phase == ScorePhase.FollowUp);
            var preFollowUp = hasFollowUp
                ? PairedStatistics.Compare([.. ids.Select(id => (Score(id, instrument.Id, ScorePhase.Pre), Score(id, instrument.Id, ScorePhase.FollowUp)))], max)
                : null;
            return new InstrumentEvaluationDto(instrument, prePost, preFollowUp);
        }).ToList();
        return new SessionEvaluationDto(session.Id, session.Code, session.Program, ids.Count, evaluations);
    }

    private async Task EnsureSessionAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        if (!await db.TrainingSessions.AnyAsync(s => s.Id == sessionId, cancellationToken))
        {
            throw new NotFoundException(TrainingQueries.SessionResource, sessionId);
        }
    }

    private async Task<List<ScoreInstrumentDto>> InstrumentsAsync(Guid sessionId, CancellationToken cancellationToken) =>
        [.. (await db.ScoreInstruments.AsNoTracking().Where(i => i.SessionId == sessionId).OrderBy(i => i.Code).ToListAsync(cancellationToken)).Select(EvaluationQueries.ToDto)];

    /// <summary>Participants holding a place that the caller can see, by name.</summary>
    private async Task<List<(Guid EnrollmentId, EnrolledEmployeeDto Employee)>> ParticipantsAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var enrollments = await db.Enrollments.AsNoTracking()
            .Where(e => e.SessionId == sessionId && Enrollment.PlaceHoldingStatuses.Contains(e.Status))
            .Select(e => new { e.Id, e.EmployeeId })
            .ToListAsync(cancellationToken);
        var employeeIds = enrollments.Select(e => e.EmployeeId).ToList();
        var employees = await db.Employees.IgnoreQueryFilters().AsNoTracking()
            .Where(e => employeeIds.Contains(e.Id))
            .Select(e => new EnrolledEmployeeDto(e.Id, e.Nip, e.FullName, e.EmployeeType))
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        return [.. enrollments.Select(e => (e.Id, employees[e.EmployeeId])).OrderBy(p => p.Item2.FullName).ThenBy(p => p.Item2.Nip)];
    }
}
