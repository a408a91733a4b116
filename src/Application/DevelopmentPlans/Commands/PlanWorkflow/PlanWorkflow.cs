using AsnCompetency.Application.Common.Concurrency;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Planning;
using FluentValidation;
using Mediator;

namespace AsnCompetency.Application.DevelopmentPlans.Commands.PlanWorkflow;

/// <summary>The PyB submits the draft plan to the PPK; its items are frozen from then on.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record SubmitDevelopmentPlanCommand(Guid Id, string? IfMatch) : ICommand<DevelopmentPlanDto>;

/// <summary>The PPK returns a submitted plan to draft, saying what must change.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record ReturnDevelopmentPlanCommand : ICommand<DevelopmentPlanDto>
{
    internal Guid Id { get; init; }

    internal string? IfMatch { get; init; }

    /// <summary>What must change (required).</summary>
    public string Reason { get; init; } = "";

    public ReturnDevelopmentPlanCommand For(Guid id, string? ifMatch) => this with { Id = id, IfMatch = ifMatch };
}

/// <summary>The PPK approves a submitted plan; an approved plan never changes again.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record ApproveDevelopmentPlanCommand : ICommand<DevelopmentPlanDto>
{
    internal Guid Id { get; init; }

    internal string? IfMatch { get; init; }

    /// <summary>An optional note, e.g. the number of the PPK's decree.</summary>
    public string? Note { get; init; }

    public ApproveDevelopmentPlanCommand For(Guid id, string? ifMatch) => this with { Id = id, IfMatch = ifMatch };
}

public sealed class ReturnDevelopmentPlanCommandValidator : AbstractValidator<ReturnDevelopmentPlanCommand>
{
    public ReturnDevelopmentPlanCommandValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(FieldLengths.Note);
}

public sealed class ApproveDevelopmentPlanCommandValidator : AbstractValidator<ApproveDevelopmentPlanCommand>
{
    public ApproveDevelopmentPlanCommandValidator() => RuleFor(c => c.Note).MaximumLength(FieldLengths.Note);
}

public sealed class PlanWorkflowHandlers(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) :
    ICommandHandler<SubmitDevelopmentPlanCommand, DevelopmentPlanDto>,
    ICommandHandler<ReturnDevelopmentPlanCommand, DevelopmentPlanDto>,
    ICommandHandler<ApproveDevelopmentPlanCommand, DevelopmentPlanDto>
{
    public ValueTask<DevelopmentPlanDto> Handle(SubmitDevelopmentPlanCommand command, CancellationToken cancellationToken) =>
        TransitionAsync(command.Id, command.IfMatch, PlanEventKind.Submitted, plan =>
        {
            plan.Submit(user.UserId, clock.GetUtcNow());
            return new { itemCount = plan.Items.Count, totalCost = plan.Items.Sum(i => i.PlannedCost) };
        }, cancellationToken);

    public ValueTask<DevelopmentPlanDto> Handle(ReturnDevelopmentPlanCommand command, CancellationToken cancellationToken) =>
        TransitionAsync(command.Id, command.IfMatch, PlanEventKind.Returned, plan =>
        {
            plan.ReturnToDraft(command.Reason);
            return new { reason = command.Reason.Trim() };
        }, cancellationToken);

    public ValueTask<DevelopmentPlanDto> Handle(ApproveDevelopmentPlanCommand command, CancellationToken cancellationToken) =>
        TransitionAsync(command.Id, command.IfMatch, PlanEventKind.Approved, plan =>
        {
            plan.Approve(user.UserId, clock.GetUtcNow(), command.Note);
            return new { note = plan.DecisionNote, itemCount = plan.Items.Count, totalCost = plan.Items.Sum(i => i.PlannedCost) };
        }, cancellationToken);

    private async ValueTask<DevelopmentPlanDto> TransitionAsync(Guid id, string? ifMatch, PlanEventKind kind, Func<DevelopmentPlan, object> transition, CancellationToken cancellationToken)
    {
        var plan = await db.LoadForChangeAsync(user, id, cancellationToken);
        EntityTag.EnsureMatches(plan, ifMatch, "the development plan");
        var detail = transition(plan);
        db.Audit(plan, kind, detail, user, clock);
        await db.SaveChangesAsync(cancellationToken);
        return await db.GetDtoAsync(plan.Id, cancellationToken);
    }
}
