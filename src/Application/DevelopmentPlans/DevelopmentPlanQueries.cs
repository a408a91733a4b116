using System.Text.Json;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Planning;
using AsnCompetency.Domain.Training;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.DevelopmentPlans;

internal static class DevelopmentPlanQueries
{
    public const string Resource = "Development plan";

    private static readonly JsonSerializerOptions DetailJson = new(JsonSerializerDefaults.Web);

    public static async Task<DevelopmentPlanDto> GetDtoAsync(this IApplicationDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var plan = await db.DevelopmentPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException(Resource, id);
        var items = await (
            from i in db.DevelopmentPlanItems.AsNoTracking()
            where i.PlanId == id
            join c in db.Competencies.IgnoreQueryFilters() on i.CompetencyId equals c.Id
            orderby i.PlannedQuarter, c.Code, i.Id
            select new PlanItemDto(
                i.Id,
                db.Employees.Where(e => e.Id == i.EmployeeId).Select(e => new PlanEmployeeDto(e.Id, e.Nip, e.FullName)).FirstOrDefault(),
                db.Units.Where(u => u.Id == i.UnitId).Select(u => new UnitReferenceDto(u.Id, u.Code, u.Name, u.Kind)).FirstOrDefault(),
                i.ParticipantCount,
                new PlanCompetencyDto(c.Id, c.Code, c.Name),
                db.TrainingPrograms.IgnoreQueryFilters().Where(p => p.Id == i.ProgramId).Select(p => new PlanProgramDto(p.Id, p.Code, p.Title)).FirstOrDefault(),
                i.PlannedJp,
                i.PlannedCost,
                i.PlannedQuarter,
                i.ExpectedGapClosure,
                i.Source,
                i.Note))
            .ToListAsync(cancellationToken);
        var total = items.Sum(i => i.PlannedCost);
        return new DevelopmentPlanDto(
            plan.Id,
            plan.AgencyId,
            plan.Year,
            plan.Title,
            plan.Status,
            plan.BudgetCeiling,
            total,
            plan.BudgetCeiling - total,
            items.Sum(i => i.ParticipantCount),
            items.Sum(i => i.ExpectedGapClosure ?? 0m),
            plan.SubmittedAt,
            plan.SubmittedBy,
            plan.ApprovedAt,
            plan.ApprovedBy,
            plan.DecisionNote,
            items,
            $"\"{plan.RowVersion}\"");
    }

    /// <summary>Loads a plan with its items for a change by an admin of its agency.</summary>
    public static async Task<DevelopmentPlan> LoadForChangeAsync(this IApplicationDbContext db, ICurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        var plan = await db.DevelopmentPlans.Include(p => p.Items).FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException(Resource, id);
        AccessPolicy.EnsureCanMaintain(user, plan.AgencyId, "this agency's development plan");
        return plan;
    }

    /// <summary>
    /// JP of the plan's year already earned (the ledger), leaving out completions that carried out
    /// this plan's own items for that person: those are counted as the items themselves. (A
    /// group item's JP belong to no one, so its participants' completions count as earned.)
    /// </summary>
    public static IQueryable<LearningRecord> EarnedOutsidePlan(this IApplicationDbContext db, DevelopmentPlan plan)
    {
        var (first, last) = CalendarYear.Of(plan.Year);
        return db.LearningRecords.AsNoTracking()
            .Where(r => r.AgencyId == plan.AgencyId && r.Date >= first && r.Date <= last
                && !db.Enrollments.Any(e => e.Id == r.EnrollmentId
                    && db.DevelopmentPlanItems.Any(i => i.Id == e.PlanItemId && i.PlanId == plan.Id && i.EmployeeId == r.EmployeeId)));
    }

    /// <summary>Adds an entry to the plan's audit trail (saved with the change it describes).</summary>
    public static void Audit(this IApplicationDbContext db, DevelopmentPlan plan, PlanEventKind kind, object detail, ICurrentUser user, TimeProvider clock) =>
        db.DevelopmentPlanEvents.Add(new DevelopmentPlanEvent(plan.Id, kind, JsonSerializer.Serialize(detail, DetailJson), user.UserId, clock.GetUtcNow()));

    /// <summary>What an item is, for the audit trail.</summary>
    public static object Describe(DevelopmentPlanItem item) => new
    {
        item.Id,
        item.EmployeeId,
        item.UnitId,
        item.ParticipantCount,
        item.CompetencyId,
        item.ProgramId,
        item.PlannedJp,
        item.PlannedCost,
        item.PlannedQuarter,
        item.ExpectedGapClosure,
        Source = item.Source.ToString(),
        item.Note,
    };
}
