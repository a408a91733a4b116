using AsnCompetency.Application.Common.Concurrency;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Application.Tna;
using AsnCompetency.Domain.Employees;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Planning;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.DevelopmentPlans.Commands.GeneratePlanItems;

/// <summary>
/// Fills a draft plan from the recommendations: every (person with a gap, programme that would
/// raise them) pair is a candidate worth weight × (min(target, required) − current), the gap it
/// closes. The chosen set maximises the total within the budget (less what hand-made items
/// cost), each person's available JP for the year (the agency's yearly maximum less their
/// hand-made items), each programme's yearly capacity, and one programme per person and
/// competency. Small cases are solved exactly (branch and bound); large ones by the documented
/// greedy, with an upper bound on the optimum reported. Earlier generated items are replaced;
/// hand-made ones stay and their people and competencies are not planned twice.
/// </summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record GeneratePlanItemsCommand : ICommand<PlanGenerationReportDto>
{
    internal Guid PlanId { get; init; }

    internal string? IfMatch { get; init; }

    /// <summary>The budget in rupiah, at most the plan's ceiling; defaults to the ceiling.</summary>
    public decimal? Budget { get; init; }

    /// <summary>At most this many left-out candidates are listed (default 100); all are counted.</summary>
    public int LeftOutLimit { get; init; } = 100;

    public GeneratePlanItemsCommand For(Guid planId, string? ifMatch) => this with { PlanId = planId, IfMatch = ifMatch };
}

public sealed class GeneratePlanItemsCommandValidator : AbstractValidator<GeneratePlanItemsCommand>
{
    public GeneratePlanItemsCommandValidator()
    {
        RuleFor(c => c.Budget).GreaterThanOrEqualTo(0).LessThan(1_000_000_000_000_000m);
        RuleFor(c => c.LeftOutLimit).InclusiveBetween(0, 10_000);
    }
}

/// <summary>What generation chose and left out.</summary>
/// <param name="Method">Exact (the optimum) or Greedy (large cases; see UpperBound).</param>
/// <param name="Budget">The budget for the whole plan.</param>
/// <param name="BudgetForGenerated">What was left for generation after the hand-made items.</param>
/// <param name="BudgetUsed">What the generated items cost.</param>
/// <param name="GapClosure">Σ weighted gap closure of the generated items: what the choice maximises.</param>
/// <param name="UpperBound">No choice within the budget closes more than this (equals GapClosure when exact).</param>
/// <param name="CandidateCount">Candidates considered.</param>
/// <param name="LeftOutByReason">How many candidates were left out, per reason.</param>
/// <param name="LeftOut">The left-out candidates with the most closure first, up to leftOutLimit.</param>
public sealed record PlanGenerationReportDto(
    OptimizationMethod Method,
    decimal Budget,
    decimal BudgetForGenerated,
    decimal BudgetUsed,
    decimal GapClosure,
    decimal UpperBound,
    int CandidateCount,
    int ChosenCount,
    int RemovedGeneratedCount,
    IReadOnlyDictionary<LeftOutReason, int> LeftOutByReason,
    IReadOnlyList<LeftOutItemDto> LeftOut,
    DevelopmentPlanDto Plan);

/// <summary>A candidate plan item that the generation left out, and why.</summary>
public sealed record LeftOutItemDto(Guid EmployeeId, Guid CompetencyId, Guid ProgramId, decimal Cost, int Jp, decimal GapClosure, LeftOutReason Reason);

public sealed class GeneratePlanItemsCommandHandler(IApplicationDbContext db, ICurrentUser user, ITnaReadStore store, TimeProvider clock)
    : ICommandHandler<GeneratePlanItemsCommand, PlanGenerationReportDto>
{
    public async ValueTask<PlanGenerationReportDto> Handle(GeneratePlanItemsCommand command, CancellationToken cancellationToken)
    {
        var plan = await db.LoadForChangeAsync(user, command.PlanId, cancellationToken);
        EntityTag.EnsureMatches(plan, command.IfMatch, "the development plan");
        plan.EnsureDraft();
        var budget = plan.GenerationBudget(command.Budget);

        var removed = plan.RemoveGeneratedItems();
        var manual = plan.Items.ToList();
        var settings = await db.EffectiveSettingsAsync(plan.AgencyId, cancellationToken);
        var population = new TnaPopulation(TnaFilters.AsOf(plan.Year, clock), plan.AgencyId);
        var beneficiaries = await store.GetProgramBeneficiariesAsync(population, competencyIds: null, cancellationToken);

        var planned = manual.Where(i => i.EmployeeId is not null).Select(i => (i.EmployeeId!.Value, i.CompetencyId)).ToHashSet();
        var plannedJp = manual.Where(i => i.EmployeeId is not null).GroupBy(i => i.EmployeeId!.Value).ToDictionary(g => g.Key, g => g.Sum(i => i.PlannedJp));
        var candidateIds = beneficiaries.Select(b => b.EmployeeId).Distinct().ToList();
        var earnedJp = await db.EarnedOutsidePlan(plan)
            .Where(r => candidateIds.Contains(r.EmployeeId))
            .GroupBy(r => r.EmployeeId)
            .Select(g => new { EmployeeId = g.Key, Jp = g.Sum(r => r.Jp) })
            .ToDictionaryAsync(x => x.EmployeeId, x => x.Jp, cancellationToken);
        var plannedParticipants = manual.Where(i => i.ProgramId is not null).GroupBy(i => i.ProgramId!.Value).ToDictionary(g => g.Key, g => g.Sum(i => i.ParticipantCount));
        var candidates = new List<PlanCandidate>();
        var available = new Dictionary<Guid, int>();
        var capacity = new Dictionary<Guid, int>();
        foreach (var b in beneficiaries)
        {
            if (planned.Contains((b.EmployeeId, b.CompetencyId)))
            {
                continue;
            }

            var closure = b.Weight * (Math.Min(b.TargetLevel, b.RequiredLevel) - b.CurrentLevel);
            candidates.Add(new PlanCandidate(b.EmployeeId, b.CompetencyId, b.ProgramId, b.ProgramCost, b.ProgramJp, closure));
            if (!available.ContainsKey(b.EmployeeId))
            {
                var yearly = b.EmployeeType == EmployeeType.Pppk ? settings.MaxAnnualJpPppk : settings.MaxAnnualJpPns;
                // Time already spent in training this year counts against the year's limit too.
                available[b.EmployeeId] = Math.Max(yearly - plannedJp.GetValueOrDefault(b.EmployeeId) - earnedJp.GetValueOrDefault(b.EmployeeId), 0);
            }

            if (b.ProgramCapacity is { } yearlyCapacity && !capacity.ContainsKey(b.ProgramId))
            {
                capacity[b.ProgramId] = Math.Max(yearlyCapacity - plannedParticipants.GetValueOrDefault(b.ProgramId), 0);
            }
        }

        var budgetForGenerated = Math.Max(budget - manual.Sum(i => i.PlannedCost), 0m);
        var selection = PlanOptimizer.Optimize(candidates, new PlanConstraints(budgetForGenerated, available, capacity));

        // A person's trainings are spread over quarters 2–4 (the first goes to procurement and
        // scheduling), so no one is away from work for long at a stretch.
        var perPerson = new Dictionary<Guid, int>();
        foreach (var chosen in selection.Chosen)
        {
            var nth = perPerson[chosen.EmployeeId] = perPerson.GetValueOrDefault(chosen.EmployeeId) + 1;
            plan.AddItem(
                new PlanItemDetails(chosen.EmployeeId, null, 1, chosen.CompetencyId, chosen.ProgramId, chosen.Jp, chosen.Cost, 2 + ((nth - 1) % 3), chosen.Value, "Generated from the training needs analysis"),
                PlanItemSource.Generated);
        }

        var byReason = selection.LeftOut.GroupBy(l => l.Reason).ToDictionary(g => g.Key, g => g.Count());
        db.Audit(
            plan,
            PlanEventKind.Generated,
            new
            {
                method = selection.Method.ToString(),
                budget,
                budgetForGenerated,
                selection.BudgetUsed,
                gapClosure = selection.TotalValue,
                selection.UpperBound,
                candidateCount = candidates.Count,
                chosenCount = selection.Chosen.Count,
                removedGeneratedCount = removed,
                leftOutByReason = byReason.ToDictionary(r => r.Key.ToString(), r => r.Value),
            },
            user,
            clock);
        await db.SaveChangesAsync(cancellationToken);

        return new PlanGenerationReportDto(
            selection.Method,
            budget,
            budgetForGenerated,
            selection.BudgetUsed,
            selection.TotalValue,
            selection.UpperBound,
            candidates.Count,
            selection.Chosen.Count,
            removed,
            byReason,
            [.. selection.LeftOut
                .OrderByDescending(l => l.Candidate.Value)
                .Take(command.LeftOutLimit)
                .Select(l => new LeftOutItemDto(l.Candidate.EmployeeId, l.Candidate.CompetencyId, l.Candidate.ProgramId, l.Candidate.Cost, l.Candidate.Jp, l.Candidate.Value, l.Reason))],
            await db.GetDtoAsync(plan.Id, cancellationToken));
    }
}
