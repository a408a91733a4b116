using System.Text.Json;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Application.Common.Validation;
using AsnCompetency.Application.Tna;
using AsnCompetency.Domain.Employees;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Planning;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.DevelopmentPlans.Queries;

/// <summary>Development plans the caller can see (their agency's; all for national users), newest year first.</summary>
/// <param name="AgencyId">Only this agency's plans (national users).</param>
/// <param name="Year">Only plans of this year.</param>
/// <param name="Status">Only plans in this status.</param>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin, UserRole.Analyst)]
public sealed record GetDevelopmentPlansQuery(
    Guid? AgencyId = null,
    int? Year = null,
    PlanStatus? Status = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize) : IQuery<PagedList<DevelopmentPlanSummaryDto>>, IPagedQuery;

/// <summary>A plan with its items and totals.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin, UserRole.Analyst)]
public sealed record GetDevelopmentPlanQuery(Guid Id) : IQuery<DevelopmentPlanDto>;

/// <summary>A plan's audit trail, oldest first: who created, changed, generated, submitted, returned and approved it.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin, UserRole.Analyst)]
public sealed record GetDevelopmentPlanHistoryQuery(Guid Id) : IQuery<IReadOnlyList<PlanEventDto>>;

/// <summary>
/// The 20 JP check of a plan's year: each active PNS of the agency with the JP already earned in
/// the year (the ledger) plus the JP planned for them in this plan, against the yearly minimum;
/// and PPPK above their yearly maximum. An item carried out by a completed enrolment counts once.
/// </summary>
/// <param name="Limit">At most this many people listed per list (default 200); counts cover everyone.</param>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin, UserRole.Analyst)]
public sealed record GetPlanJpCheckQuery(Guid Id, int Limit = 200) : IQuery<PlanJpCheckDto>;

/// <summary>The plan checked against the JP minimum (PNS) and maximum (PPPK).</summary>
/// <param name="MinimumJp">The PNS yearly minimum (agency setting, 20 by PP 17/2020).</param>
/// <param name="PnsCount">Active PNS of the agency.</param>
/// <param name="PnsMeetingCount">PNS whose earned and planned JP reach the minimum.</param>
/// <param name="ShortOfMinimum">PNS below the minimum, fewest JP first.</param>
/// <param name="PppkOverMaximum">PPPK planned above their yearly maximum.</param>
public sealed record PlanJpCheckDto(
    int Year,
    int MinimumJp,
    int PppkMaximumJp,
    int PnsCount,
    int PnsMeetingCount,
    decimal? PnsShareMeeting,
    int ShortCount,
    IReadOnlyList<JpStatusDto> ShortOfMinimum,
    int PppkOverCount,
    IReadOnlyList<JpStatusDto> PppkOverMaximum);

/// <summary>One employee's planned and earned JP for the plan's year.</summary>
/// <param name="PlannedJp">JP of this plan's items for the person.</param>
/// <param name="EarnedJp">JP already earned in the year outside this plan's items (the ledger).</param>
/// <param name="TotalJp">Earned plus planned.</param>
/// <param name="Shortfall">JP still missing to reach the minimum (negative: above the maximum).</param>
public sealed record JpStatusDto(Guid EmployeeId, string Nip, string Name, EmployeeType EmployeeType, int PlannedJp, int EarnedJp, int TotalJp, int Shortfall);

public sealed class GetDevelopmentPlansQueryValidator : AbstractValidator<GetDevelopmentPlansQuery>
{
    public GetDevelopmentPlansQueryValidator()
    {
        this.ValidPaging();
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.Year).InclusiveBetween(DevelopmentPlan.MinYear, DevelopmentPlan.MaxYear);
    }
}

public sealed class GetPlanJpCheckQueryValidator : AbstractValidator<GetPlanJpCheckQuery>
{
    public GetPlanJpCheckQueryValidator() => RuleFor(q => q.Limit).InclusiveBetween(0, 10_000);
}

public sealed class DevelopmentPlanReadHandlers(IApplicationDbContext db) :
    IQueryHandler<GetDevelopmentPlansQuery, PagedList<DevelopmentPlanSummaryDto>>,
    IQueryHandler<GetDevelopmentPlanQuery, DevelopmentPlanDto>,
    IQueryHandler<GetDevelopmentPlanHistoryQuery, IReadOnlyList<PlanEventDto>>,
    IQueryHandler<GetPlanJpCheckQuery, PlanJpCheckDto>
{
    public async ValueTask<PagedList<DevelopmentPlanSummaryDto>> Handle(GetDevelopmentPlansQuery query, CancellationToken cancellationToken)
    {
        var plans = db.DevelopmentPlans.AsNoTracking();
        if (query.AgencyId is { } agencyId)
        {
            plans = plans.Where(p => p.AgencyId == agencyId);
        }

        if (query.Year is { } year)
        {
            plans = plans.Where(p => p.Year == year);
        }

        if (query.Status is { } status)
        {
            plans = plans.Where(p => p.Status == status);
        }

        var summaries = plans
            .OrderByDescending(p => p.Year).ThenBy(p => p.AgencyId)
            .Select(p => new DevelopmentPlanSummaryDto(
                p.Id, p.AgencyId, p.Year, p.Title, p.Status, p.BudgetCeiling, p.Items.Count, p.Items.Sum(i => i.PlannedCost)));
        return await PagedList<DevelopmentPlanSummaryDto>.CreateAsync(summaries, query.Page, query.PageSize, cancellationToken);
    }

    public async ValueTask<DevelopmentPlanDto> Handle(GetDevelopmentPlanQuery query, CancellationToken cancellationToken) =>
        await db.GetDtoAsync(query.Id, cancellationToken);

    public async ValueTask<IReadOnlyList<PlanEventDto>> Handle(GetDevelopmentPlanHistoryQuery query, CancellationToken cancellationToken)
    {
        await EnsureExistsAsync(query.Id, cancellationToken);
        var events = await db.DevelopmentPlanEvents.AsNoTracking()
            .Where(e => e.PlanId == query.Id)
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.Kind, e.Detail, e.UserId, UserName = db.Users.Where(u => u.Id == e.UserId).Select(u => u.UserName).FirstOrDefault(), e.At })
            .ToListAsync(cancellationToken);

        // The detail is stored as JSON and answered as JSON, not as a string holding JSON.
        return [.. events.Select(e => new PlanEventDto(e.Id, e.Kind, JsonDocument.Parse(e.Detail).RootElement.Clone(), e.UserId, e.UserName, e.At))];
    }

    public async ValueTask<PlanJpCheckDto> Handle(GetPlanJpCheckQuery query, CancellationToken cancellationToken)
    {
        var plan = await db.DevelopmentPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException(DevelopmentPlanQueries.Resource, query.Id);
        var settings = await db.EffectiveSettingsAsync(plan.AgencyId, cancellationToken);

        // One grouped query: every active employee of the agency with the JP planned and earned.
        var earned = db.EarnedOutsidePlan(plan);
        var people = db.Employees.AsNoTracking()
            .Where(e => e.AgencyId == plan.AgencyId && e.IsActive)
            .Select(e => new
            {
                e.Id,
                e.Nip,
                e.FullName,
                e.EmployeeType,
                Planned = db.DevelopmentPlanItems.Where(i => i.PlanId == plan.Id && i.EmployeeId == e.Id).Sum(i => (int?)i.PlannedJp) ?? 0,
                Earned = earned.Where(r => r.EmployeeId == e.Id).Sum(r => (int?)r.Jp) ?? 0,
            })
            .Select(p => new { p.Id, p.Nip, p.FullName, p.EmployeeType, p.Planned, p.Earned, Total = p.Planned + p.Earned });
        var minimum = settings.MinAnnualJpPns;
        var maximum = settings.MaxAnnualJpPppk;
        var pns = people.Where(p => p.EmployeeType == EmployeeType.Pns);
        var pnsCount = await pns.CountAsync(cancellationToken);
        var shortQuery = pns.Where(p => p.Total < minimum);
        var shortCount = await shortQuery.CountAsync(cancellationToken);
        var shortList = await shortQuery.OrderBy(p => p.Total).ThenBy(p => p.Nip).Take(query.Limit)
            .Select(p => new JpStatusDto(p.Id, p.Nip, p.FullName, p.EmployeeType, p.Planned, p.Earned, p.Total, minimum - p.Total))
            .ToListAsync(cancellationToken);
        var overQuery = people.Where(p => p.EmployeeType == EmployeeType.Pppk && p.Total > maximum);
        var overCount = await overQuery.CountAsync(cancellationToken);
        var overList = await overQuery.OrderByDescending(p => p.Total).ThenBy(p => p.Nip).Take(query.Limit)
            .Select(p => new JpStatusDto(p.Id, p.Nip, p.FullName, p.EmployeeType, p.Planned, p.Earned, p.Total, maximum - p.Total))
            .ToListAsync(cancellationToken);
        return new PlanJpCheckDto(
            plan.Year,
            minimum,
            maximum,
            pnsCount,
            pnsCount - shortCount,
            pnsCount == 0 ? null : Math.Round((decimal)(pnsCount - shortCount) / pnsCount, 4),
            shortCount,
            shortList,
            overCount,
            overList);
    }

    private async Task EnsureExistsAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await db.DevelopmentPlans.AnyAsync(p => p.Id == id, cancellationToken))
        {
            throw new NotFoundException(DevelopmentPlanQueries.Resource, id);
        }
    }
}
