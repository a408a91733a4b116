using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Frameworks;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Positions;
using AsnCompetency.Domain.Tna;
using FluentValidation;
using Mediator;

namespace AsnCompetency.Application.Tna.Priorities;

/// <summary>
/// Competencies ranked by how much developing them matters. The score (0–100) is the weighted
/// mean of four factors, each between 0 and 1, with the agency's weights:
/// gap = mean gap of the affected ÷ 4 (the widest gap on a 5-level scale);
/// criticality = w ÷ (w + 1) for the mean SKJ weight w of the affected requirements (1, the normal weight, gives 0.5);
/// people = people affected ÷ the most people affected in any competency of the report;
/// recency = mean over the affected of min(months since related training, horizon) ÷ horizon (1 when never trained).
/// </summary>
/// <param name="Top">At most this many competencies (default all).</param>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin, UserRole.Analyst)]
public sealed record GetPrioritiesQuery(
    Guid? AgencyId = null,
    Guid? UnitId = null,
    Guid? FrameworkId = null,
    PositionType? PositionType = null,
    int? Year = null,
    int? Top = null) : IQuery<PriorityReportDto>, ITnaFilter;

public sealed class GetPrioritiesQueryValidator : AbstractValidator<GetPrioritiesQuery>
{
    public GetPrioritiesQueryValidator()
    {
        this.ValidTnaFilter();
        RuleFor(q => q.Top).InclusiveBetween(1, 1000);
    }
}

/// <summary>Competencies and groups ranked by training priority.</summary>
/// <param name="Weights">The weights used (the agency's settings).</param>
/// <param name="Competencies">Competencies with at least one person below the standard, highest score first.</param>
/// <param name="Groups">The same per group heading of the frameworks (e.g. Manajerial), highest score first.</param>
public sealed record PriorityReportDto(DateOnly AsOf, PriorityWeightsDto Weights, IReadOnlyList<PriorityDto> Competencies, IReadOnlyList<PriorityDto> Groups);

/// <summary>The weights of the priority factors (the agency's settings).</summary>
public sealed record PriorityWeightsDto(decimal Gap, decimal Criticality, decimal People, decimal Recency, int RecencyHorizonMonths);

/// <summary>A competency or group ranked by training priority, with the factors of its score.</summary>
/// <param name="Rank">1 for the highest score.</param>
/// <param name="Score">0–100, the weighted mean of the factors.</param>
/// <param name="RequiredByCount">People whose position requires it.</param>
/// <param name="AffectedCount">People below the required level.</param>
/// <param name="NeverAssessedCount">People requiring it without a current level (their gap is unknown).</param>
/// <param name="MeanGap">Mean gap of the affected.</param>
/// <param name="MeanWeight">Mean SKJ criticality weight of the affected requirements.</param>
/// <param name="WeightedGapTotal">Σ gap × weight over everyone: the total the plan could close.</param>
public sealed record PriorityDto(
    int Rank,
    decimal Score,
    Guid? CompetencyId,
    string? CompetencyCode,
    string? CompetencyName,
    Guid? GroupId,
    string? GroupCode,
    string? GroupName,
    CompetencyGroupKind? GroupKind,
    int RequiredByCount,
    int AffectedCount,
    int NeverAssessedCount,
    decimal MeanGap,
    decimal MeanWeight,
    PriorityFactorsDto Factors,
    decimal WeightedGapTotal);

/// <summary>The four factors of the score, each 0–1.</summary>
public sealed record PriorityFactorsDto(decimal Gap, decimal Criticality, decimal People, decimal Recency);

public sealed class GetPrioritiesQueryHandler(IApplicationDbContext db, ITnaReadStore store, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetPrioritiesQuery, PriorityReportDto>
{
    public async ValueTask<PriorityReportDto> Handle(GetPrioritiesQuery query, CancellationToken cancellationToken)
    {
        var ranking = await PriorityScoring.RankAsync(query, db, store, user, clock, cancellationToken);
        var settings = ranking.Settings;
        return new PriorityReportDto(
            ranking.Population.AsOf,
            new PriorityWeightsDto(settings.GapWeight, settings.CriticalityWeight, settings.PeopleWeight, settings.RecencyWeight, settings.RecencyHorizonMonths),
            query.Top is { } top ? [.. ranking.Competencies.Take(top)] : ranking.Competencies,
            ranking.Groups);
    }
}

/// <summary>The priority score; see <see cref="GetPrioritiesQuery"/> for the formula.</summary>
public static class PriorityScoring
{
    /// <summary>The widest gap on a five-level scale (required 5, current 1).</summary>
    public const decimal MaxGap = 4m;

    /// <summary>
    /// The population of the filters, the settings of the agency asked for (or the caller's), and
    /// its competencies and group headings ranked.
    /// </summary>
    internal static async Task<PriorityRanking> RankAsync(
        ITnaFilter filter, IApplicationDbContext db, ITnaReadStore store, ICurrentUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        var population = await filter.ToPopulationAsync(db, clock, cancellationToken);
        var settings = await db.EffectiveSettingsAsync(filter.AgencyId ?? user.AgencyId, cancellationToken);
        var rows = await store.GetPriorityRowsAsync(population, settings.RecencyHorizonMonths, cancellationToken);
        return new PriorityRanking(
            population,
            settings,
            Rank(rows.Where(r => !r.IsGroupTotal), settings),
            Rank(rows.Where(r => r.IsGroupTotal && r.GroupId is not null), settings));
    }

    public static IReadOnlyList<PriorityDto> Rank(IEnumerable<PriorityRow> rows, TnaSettings settings)
    {
        var affected = rows.Where(r => r.AffectedCount > 0).ToList();
        if (affected.Count == 0)
        {
            return [];
        }

        var mostAffected = affected.Max(r => r.AffectedCount);
        var weightSum = settings.GapWeight + settings.CriticalityWeight + settings.PeopleWeight + settings.RecencyWeight;
        return [.. affected
            .Select(r =>
            {
                var factors = new PriorityFactorsDto(
                    Math.Round(Math.Min(r.MeanGap / MaxGap, 1m), 4),
                    Math.Round(r.MeanWeight / (r.MeanWeight + 1m), 4),
                    Math.Round((decimal)r.AffectedCount / mostAffected, 4),
                    Math.Round(Math.Clamp(r.MeanRecency, 0m, 1m), 4));
                var score = 100m * ((settings.GapWeight * factors.Gap) + (settings.CriticalityWeight * factors.Criticality)
                    + (settings.PeopleWeight * factors.People) + (settings.RecencyWeight * factors.Recency)) / weightSum;
                return (Row: r, Factors: factors, Score: Math.Round(score, 2));
            })
            .OrderByDescending(x => x.Score)
            .ThenByDescending(x => x.Row.AffectedCount)
            .ThenBy(x => x.Row.CompetencyCode ?? x.Row.GroupCode, StringComparer.Ordinal)
            .Select((x, i) => new PriorityDto(
                i + 1,
                x.Score,
                x.Row.CompetencyId,
                x.Row.CompetencyCode,
                x.Row.CompetencyName,
                x.Row.GroupId,
                x.Row.GroupCode,
                x.Row.GroupName,
                x.Row.CompetencyGroupKind,
                x.Row.RequiredByCount,
                x.Row.AffectedCount,
                x.Row.NeverAssessedCount,
                Math.Round(x.Row.MeanGap, 4),
                Math.Round(x.Row.MeanWeight, 4),
                x.Factors,
                Math.Round(x.Row.WeightedGapTotal, 4)))];
    }
}

internal sealed record PriorityRanking(TnaPopulation Population, TnaSettings Settings, IReadOnlyList<PriorityDto> Competencies, IReadOnlyList<PriorityDto> Groups);
