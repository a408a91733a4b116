using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Application.Tna.Priorities;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Positions;
using FluentValidation;
using Mediator;

namespace AsnCompetency.Application.Tna.Recommendations;

/// <summary>
/// For each of the top priorities, the programmes that target the competency above the affected
/// people's current level, with the people who would benefit. Expected closure of a person is
/// weight × (min(target, required) − current): what the programme closes of their gap.
/// </summary>
/// <param name="Top">How many priorities to cover (default 10).</param>
/// <param name="PeopleLimit">At most this many people listed per programme (default 20); counts cover everyone.</param>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin, UserRole.Analyst)]
public sealed record GetRecommendationsQuery(
    Guid? AgencyId = null,
    Guid? UnitId = null,
    Guid? FrameworkId = null,
    PositionType? PositionType = null,
    int? Year = null,
    int Top = 10,
    int PeopleLimit = 20) : IQuery<RecommendationReportDto>, ITnaFilter;

public sealed class GetRecommendationsQueryValidator : AbstractValidator<GetRecommendationsQuery>
{
    public GetRecommendationsQueryValidator()
    {
        this.ValidTnaFilter();
        RuleFor(q => q.Top).InclusiveBetween(1, 100);
        RuleFor(q => q.PeopleLimit).InclusiveBetween(0, 500);
    }
}

/// <summary>Programmes recommended for the prioritised gaps.</summary>
public sealed record RecommendationReportDto(DateOnly AsOf, IReadOnlyList<RecommendationDto> Recommendations);

/// <summary>A prioritised gap and the programmes that would close it.</summary>
/// <param name="Programs">Best expected closure first; empty when no programme targets the competency (a need to commission one).</param>
public sealed record RecommendationDto(PriorityDto Priority, IReadOnlyList<ProgramOptionDto> Programs);

/// <summary>A programme that would close a prioritised gap, with its cost and effect.</summary>
/// <param name="BeneficiaryCount">Affected people the programme raises above their current level.</param>
/// <param name="ClosesGapCount">Of those, people whose gap it closes completely (target ≥ required).</param>
/// <param name="ExpectedClosure">Σ weight × (min(target, required) − current) over the beneficiaries.</param>
/// <param name="TotalCost">Cost per participant × beneficiaries.</param>
/// <param name="People">The beneficiaries with the largest weighted gaps first, up to peopleLimit.</param>
public sealed record ProgramOptionDto(
    Guid ProgramId,
    string Code,
    string Title,
    int Jp,
    decimal CostPerParticipant,
    int? AnnualCapacity,
    int TargetLevel,
    int BeneficiaryCount,
    int ClosesGapCount,
    decimal ExpectedClosure,
    decimal TotalCost,
    IReadOnlyList<BeneficiaryDto> People);

/// <summary>An employee whose gap a recommended programme would close.</summary>
public sealed record BeneficiaryDto(Guid EmployeeId, string Nip, string Name, Guid UnitId, int RequiredLevel, int CurrentLevel, int Gap, decimal Weight);

public sealed class GetRecommendationsQueryHandler(IApplicationDbContext db, ITnaReadStore store, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetRecommendationsQuery, RecommendationReportDto>
{
    public async ValueTask<RecommendationReportDto> Handle(GetRecommendationsQuery query, CancellationToken cancellationToken)
    {
        var ranking = await PriorityScoring.RankAsync(query, db, store, user, clock, cancellationToken);
        var population = ranking.Population;
        var priorities = ranking.Competencies.Take(query.Top).ToList();
        var competencyIds = priorities.Select(p => p.CompetencyId!.Value).ToList();
        var beneficiaries = competencyIds.Count == 0 ? [] : await store.GetProgramBeneficiariesAsync(population, competencyIds, cancellationToken);
        var byCompetency = beneficiaries.ToLookup(b => b.CompetencyId);

        var recommendations = priorities.Select(priority => new RecommendationDto(
            priority,
            [.. byCompetency[priority.CompetencyId!.Value]
                .GroupBy(b => b.ProgramId)
                .Select(program =>
                {
                    var first = program.First();
                    var people = program.ToList();
                    return new ProgramOptionDto(
                        first.ProgramId,
                        first.ProgramCode,
                        first.ProgramTitle,
                        first.ProgramJp,
                        first.ProgramCost,
                        first.ProgramCapacity,
                        first.TargetLevel,
                        people.Count,
                        people.Count(p => first.TargetLevel >= p.RequiredLevel),
                        people.Sum(p => p.Weight * (Math.Min(first.TargetLevel, p.RequiredLevel) - p.CurrentLevel)),
                        first.ProgramCost * people.Count,
                        [.. people.Take(query.PeopleLimit).Select(p => new BeneficiaryDto(
                            p.EmployeeId, p.Nip, p.EmployeeName, p.UnitId, p.RequiredLevel, p.CurrentLevel, p.RequiredLevel - p.CurrentLevel, p.Weight))]);
                })
                .OrderByDescending(o => o.ExpectedClosure)
                .ThenBy(o => o.TotalCost)
                .ThenBy(o => o.Code, StringComparer.Ordinal)]))
            .ToList();
        return new RecommendationReportDto(population.AsOf, recommendations);
    }
}
