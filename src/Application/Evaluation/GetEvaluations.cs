using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Application.Common.Validation;
using AsnCompetency.Application.Tna;
using AsnCompetency.Domain.Evaluation;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Training;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Evaluation;

/// <summary>What aggregated evaluations are grouped by.</summary>
public enum EvaluationGrouping
{
    Program,
    Competency,
    Agency,
}

/// <summary>
/// Training effect across sessions: post against pre per programme, competency (level instruments)
/// or participant's agency. Scores are put on 0–100 of each instrument's range before pooling, so
/// tests and levels of different scales combine; individual normalised gains are unchanged by it.
/// </summary>
/// <param name="GroupBy">program (default), competency or agency.</param>
/// <param name="Year">Only sessions that start in this year.</param>
/// <param name="ProgramId">Only this programme's sessions.</param>
/// <param name="AgencyId">Only participants of this agency.</param>
/// <param name="CompetencyId">Only level instruments of this competency.</param>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin, UserRole.Analyst)]
public sealed record GetEvaluationsQuery(
    string? GroupBy = null,
    int? Year = null,
    Guid? ProgramId = null,
    Guid? AgencyId = null,
    Guid? CompetencyId = null) : IQuery<EvaluationReportDto>;

/// <summary>Training evaluation aggregated by programme, competency or agency.</summary>
public sealed record EvaluationReportDto(EvaluationGrouping GroupBy, IReadOnlyList<EvaluationGroupDto> Groups);

/// <summary>The pre/post comparison of one programme, competency or agency.</summary>
/// <param name="Sessions">Sessions contributing scores.</param>
/// <param name="Comparison">Post against pre on 0–100 of each instrument's range.</param>
public sealed record EvaluationGroupDto(Guid Id, string Code, string Name, int Sessions, int Instruments, PairedComparison Comparison);

public sealed class GetEvaluationsQueryValidator : AbstractValidator<GetEvaluationsQuery>
{
    public GetEvaluationsQueryValidator()
    {
        RuleFor(q => q.GroupBy).OneOf<GetEvaluationsQuery, EvaluationGrouping>();
        RuleFor(q => q.Year).InclusiveBetween(TnaFilters.MinYear, 2100);
        RuleFor(q => q.ProgramId).NotEqual(Guid.Empty);
        RuleFor(q => q.AgencyId).NotEqual(Guid.Empty);
        RuleFor(q => q.CompetencyId).NotEqual(Guid.Empty);
    }
}

public sealed class GetEvaluationsQueryHandler(IApplicationDbContext db) : IQueryHandler<GetEvaluationsQuery, EvaluationReportDto>
{
    private const double Scale = 100;

    public async ValueTask<EvaluationReportDto> Handle(GetEvaluationsQuery query, CancellationToken cancellationToken)
    {
        var grouping = ValidationRules.ParseOr(query.GroupBy, EvaluationGrouping.Program);
        var sessions = db.TrainingSessions.AsNoTracking();
        if (query.Year is { } year)
        {
            var (first, last) = CalendarYear.Of(year);
            sessions = sessions.Where(s => s.StartDate >= first && s.StartDate <= last);
        }

        if (query.ProgramId is { } programId)
        {
            sessions = sessions.Where(s => s.ProgramId == programId);
        }

        var instruments = db.ScoreInstruments.AsNoTracking().Where(i => sessions.Any(s => s.Id == i.SessionId));
        if (query.CompetencyId is not null || grouping == EvaluationGrouping.Competency)
        {
            instruments = instruments.Where(i => i.Kind == InstrumentKind.CompetencyLevel && (query.CompetencyId == null || i.CompetencyId == query.CompetencyId));
        }

        // One row per participant × instrument with the pre and post scores (the enrolment filter keeps scope).
        var scoped = db.Enrollments.AsNoTracking()
            .Where(e => (query.AgencyId == null || e.AgencyId == query.AgencyId)
                && Enrollment.PlaceHoldingStatuses.Contains(e.Status));
        var rows = await (
            from i in instruments
            join s in db.TrainingSessions on i.SessionId equals s.Id
            join sc in db.Scores.AsNoTracking() on i.Id equals sc.InstrumentId
            join e in scoped on sc.EnrollmentId equals e.Id
            where sc.Phase != ScorePhase.FollowUp && i.MaxScore > i.MinScore
            select new { InstrumentId = i.Id, i.SessionId, s.ProgramId, i.CompetencyId, i.MinScore, i.MaxScore, sc.EnrollmentId, e.AgencyId, sc.Phase, sc.Value })
            .ToListAsync(cancellationToken);

        var pairs = rows
            .GroupBy(r => (r.InstrumentId, r.EnrollmentId))
            .Select(g =>
            {
                var first = g.First();
                double? OnScale(ScorePhase phase) => g.FirstOrDefault(r => r.Phase == phase) is { } r
                    ? (double)((r.Value - r.MinScore) / (r.MaxScore - r.MinScore)) * Scale
                    : null;
                var key = grouping switch
                {
                    EvaluationGrouping.Program => first.ProgramId,
                    EvaluationGrouping.Agency => first.AgencyId,
                    _ => first.CompetencyId!.Value,
                };
                return (Key: key, first.SessionId, first.InstrumentId, Pre: OnScale(ScorePhase.Pre), Post: OnScale(ScorePhase.Post));
            })
            .ToList();

        var names = await NamesAsync(grouping, [.. pairs.Select(p => p.Key).Distinct()], cancellationToken);
        var groups = pairs
            .GroupBy(p => p.Key)
            .Select(g => new EvaluationGroupDto(
                g.Key,
                names.GetValueOrDefault(g.Key).Code ?? "",
                names.GetValueOrDefault(g.Key).Name ?? "",
                g.Select(p => p.SessionId).Distinct().Count(),
                g.Select(p => p.InstrumentId).Distinct().Count(),
                PairedStatistics.Compare([.. g.Select(p => (p.Pre, p.Post))], Scale)))
            .OrderBy(g => g.Code)
            .ToList();
        return new EvaluationReportDto(grouping, groups);
    }

    private async Task<Dictionary<Guid, (string? Code, string? Name)>> NamesAsync(EvaluationGrouping grouping, List<Guid> ids, CancellationToken cancellationToken) =>
        grouping switch
        {
            EvaluationGrouping.Program => await db.TrainingPrograms.AsNoTracking().Where(p => ids.Contains(p.Id))
                .ToDictionaryAsync(p => p.Id, p => ((string?)p.Code, (string?)p.Title), cancellationToken),
            EvaluationGrouping.Agency => await db.Agencies.AsNoTracking().Where(a => ids.Contains(a.Id))
                .ToDictionaryAsync(a => a.Id, a => ((string?)a.Code, (string?)a.Name), cancellationToken),
            _ => await db.Competencies.AsNoTracking().Where(c => ids.Contains(c.Id))
                .ToDictionaryAsync(c => c.Id, c => ((string?)c.Code, (string?)c.Name), cancellationToken),
        };
}
