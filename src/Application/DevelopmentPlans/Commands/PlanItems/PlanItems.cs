using AsnCompetency.Application.Common.Concurrency;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Planning;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ValidationException = AsnCompetency.Application.Common.Exceptions.ValidationException;

namespace AsnCompetency.Application.DevelopmentPlans.Commands.PlanItems;

/// <summary>The fields of a plan item as a caller sends them.</summary>
public record PlanItemInput
{
    /// <summary>The one employee the item is for; or give unitId for a group.</summary>
    public Guid? EmployeeId { get; init; }

    /// <summary>For a group item: the unit whose staff take part.</summary>
    public Guid? UnitId { get; init; }

    /// <summary>Participants of a group item (1 for an employee item).</summary>
    public int? ParticipantCount { get; init; }

    public Guid CompetencyId { get; init; }

    /// <summary>The programme, when chosen; a national one or the plan's agency's.</summary>
    public Guid? ProgramId { get; init; }

    /// <summary>JP per participant; defaults to the programme's.</summary>
    public int? PlannedJp { get; init; }

    /// <summary>Total cost in rupiah; defaults to the programme's cost × participants.</summary>
    public decimal? PlannedCost { get; init; }

    /// <summary>1 to 4.</summary>
    public int PlannedQuarter { get; init; }

    public string? Note { get; init; }
}

/// <summary>Adds an item to a draft plan.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record AddPlanItemCommand : PlanItemInput, ICommand<DevelopmentPlanDto>
{
    internal Guid PlanId { get; init; }

    internal string? IfMatch { get; init; }

    public AddPlanItemCommand For(Guid planId, string? ifMatch) => this with { PlanId = planId, IfMatch = ifMatch };
}

/// <summary>Changes an item of a draft plan.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record UpdatePlanItemCommand : PlanItemInput, ICommand<DevelopmentPlanDto>
{
    internal Guid PlanId { get; init; }

    internal Guid ItemId { get; init; }

    internal string? IfMatch { get; init; }

    public UpdatePlanItemCommand For(Guid planId, Guid itemId, string? ifMatch) => this with { PlanId = planId, ItemId = itemId, IfMatch = ifMatch };
}

/// <summary>Removes an item from a draft plan.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record RemovePlanItemCommand(Guid PlanId, Guid ItemId, string? IfMatch) : ICommand<DevelopmentPlanDto>;

public abstract class PlanItemInputValidator<T> : AbstractValidator<T>
    where T : PlanItemInput
{
    protected PlanItemInputValidator()
    {
        RuleFor(i => i.EmployeeId).NotEqual(Guid.Empty);
        RuleFor(i => i.UnitId).NotEqual(Guid.Empty);
        RuleFor(i => i.EmployeeId).NotNull().When(i => i.UnitId is null).WithMessage("Give 'employeeId' (one person) or 'unitId' (a group).");
        RuleFor(i => i.UnitId).Null().When(i => i.EmployeeId is not null).WithMessage("Give 'employeeId' or 'unitId', not both.");
        RuleFor(i => i.ParticipantCount).InclusiveBetween(1, 100_000);
        RuleFor(i => i.CompetencyId).NotEmpty();
        RuleFor(i => i.ProgramId).NotEqual(Guid.Empty);
        RuleFor(i => i.PlannedJp).InclusiveBetween(0, 5_000);
        RuleFor(i => i.PlannedCost).GreaterThanOrEqualTo(0).LessThan(1_000_000_000_000m);
        RuleFor(i => i.PlannedQuarter).InclusiveBetween(1, 4);
        RuleFor(i => i.Note).MaximumLength(FieldLengths.Note);
        RuleFor(i => i.PlannedJp).NotNull().When(i => i.ProgramId is null).WithMessage("'plannedJp' is required when no programme is chosen.");
        RuleFor(i => i.PlannedCost).NotNull().When(i => i.ProgramId is null).WithMessage("'plannedCost' is required when no programme is chosen.");
    }
}

public sealed class AddPlanItemCommandValidator : PlanItemInputValidator<AddPlanItemCommand>;

public sealed class UpdatePlanItemCommandValidator : PlanItemInputValidator<UpdatePlanItemCommand>;

public sealed class PlanItemHandlers(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) :
    ICommandHandler<AddPlanItemCommand, DevelopmentPlanDto>,
    ICommandHandler<UpdatePlanItemCommand, DevelopmentPlanDto>,
    ICommandHandler<RemovePlanItemCommand, DevelopmentPlanDto>
{
    public async ValueTask<DevelopmentPlanDto> Handle(AddPlanItemCommand command, CancellationToken cancellationToken)
    {
        var plan = await LoadAsync(command.PlanId, command.IfMatch, cancellationToken);
        var item = plan.AddItem(await ResolveAsync(plan, command, cancellationToken), PlanItemSource.Manual);
        db.Audit(plan, PlanEventKind.ItemAdded, new { after = DevelopmentPlanQueries.Describe(item) }, user, clock);
        return await SaveAsync(plan, cancellationToken);
    }

    public async ValueTask<DevelopmentPlanDto> Handle(UpdatePlanItemCommand command, CancellationToken cancellationToken)
    {
        var plan = await LoadAsync(command.PlanId, command.IfMatch, cancellationToken);
        var before = DevelopmentPlanQueries.Describe(FindItem(plan, command.ItemId));
        var item = plan.UpdateItem(command.ItemId, await ResolveAsync(plan, command, cancellationToken));
        db.Audit(plan, PlanEventKind.ItemChanged, new { before, after = DevelopmentPlanQueries.Describe(item) }, user, clock);
        return await SaveAsync(plan, cancellationToken);
    }

    public async ValueTask<DevelopmentPlanDto> Handle(RemovePlanItemCommand command, CancellationToken cancellationToken)
    {
        var plan = await LoadAsync(command.PlanId, command.IfMatch, cancellationToken);
        FindItem(plan, command.ItemId);
        var item = plan.RemoveItem(command.ItemId);
        db.Audit(plan, PlanEventKind.ItemRemoved, new { before = DevelopmentPlanQueries.Describe(item) }, user, clock);
        return await SaveAsync(plan, cancellationToken);
    }

    private static DevelopmentPlanItem FindItem(DevelopmentPlan plan, Guid itemId) =>
        plan.Items.FirstOrDefault(i => i.Id == itemId)
        ?? throw new Common.Exceptions.NotFoundException("Development plan item", itemId);

    private async Task<DevelopmentPlan> LoadAsync(Guid planId, string? ifMatch, CancellationToken cancellationToken)
    {
        var plan = await db.LoadForChangeAsync(user, planId, cancellationToken);
        EntityTag.EnsureMatches(plan, ifMatch, "the development plan");
        plan.EnsureDraft();
        return plan;
    }

    private async Task<DevelopmentPlanDto> SaveAsync(DevelopmentPlan plan, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        return await db.GetDtoAsync(plan.Id, cancellationToken);
    }

    /// <summary>Checks that the employee, unit, competency and programme exist for the plan's agency, and fills defaults from the programme.</summary>
    private async Task<PlanItemDetails> ResolveAsync(DevelopmentPlan plan, PlanItemInput input, CancellationToken cancellationToken)
    {
        if (input.EmployeeId is { } employeeId
            && !await db.Employees.AnyAsync(e => e.Id == employeeId && e.AgencyId == plan.AgencyId, cancellationToken))
        {
            throw new ValidationException("employeeId", $"There is no employee {employeeId} in the plan's agency.");
        }

        if (input.UnitId is { } unitId && !await db.Units.AnyAsync(u => u.Id == unitId && u.AgencyId == plan.AgencyId, cancellationToken))
        {
            throw new ValidationException("unitId", $"There is no unit {unitId} in the plan's agency.");
        }

        var competency = await db.Competencies.AsNoTracking()
            .Where(c => c.Id == input.CompetencyId)
            .Select(c => new { c.ItemType, c.Code })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new ValidationException("competencyId", $"There is no competency {input.CompetencyId}.");
        if (competency.ItemType != CompetencyItemType.Competency)
        {
            throw new ValidationException("competencyId", $"{competency.Code} is a group heading; plan one of its competencies.");
        }

        var participants = input.EmployeeId is null ? input.ParticipantCount : 1;
        int? jp = input.PlannedJp;
        decimal? cost = input.PlannedCost;
        if (input.ProgramId is { } programId)
        {
            var program = await db.TrainingPrograms.AsNoTracking()
                .FirstOrDefaultAsync(p => p.Id == programId && (p.AgencyId == null || p.AgencyId == plan.AgencyId), cancellationToken)
                ?? throw new ValidationException("programId", $"There is no programme {programId} open to the plan's agency.");
            if (!program.IsActive)
            {
                throw new ValidationException("programId", $"Programme {program.Code} is inactive.");
            }

            jp ??= program.Jp;
            cost ??= program.CostPerParticipant * (participants ?? 1);
        }

        return new PlanItemDetails(
            input.EmployeeId, input.UnitId, participants, input.CompetencyId, input.ProgramId, jp!.Value, cost!.Value, input.PlannedQuarter, ExpectedGapClosure: null, input.Note);
    }
}
