using AsnCompetency.Application.Common.Concurrency;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Planning;
using FluentValidation;
using Mediator;

namespace AsnCompetency.Application.DevelopmentPlans.Commands.UpdateDevelopmentPlan;

/// <summary>Changes a draft plan's title and budget ceiling.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record UpdateDevelopmentPlanCommand : ICommand<DevelopmentPlanDto>
{
    internal Guid Id { get; init; }

    internal string? IfMatch { get; init; }

    public string Title { get; init; } = "";

    public decimal? BudgetCeiling { get; init; }

    public UpdateDevelopmentPlanCommand For(Guid id, string? ifMatch) => this with { Id = id, IfMatch = ifMatch };
}

public sealed class UpdateDevelopmentPlanCommandValidator : AbstractValidator<UpdateDevelopmentPlanCommand>
{
    public UpdateDevelopmentPlanCommandValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(FieldLengths.Name);
        RuleFor(c => c.BudgetCeiling).GreaterThanOrEqualTo(0).LessThan(1_000_000_000_000_000m);
    }
}

public sealed class UpdateDevelopmentPlanCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<UpdateDevelopmentPlanCommand, DevelopmentPlanDto>
{
    public async ValueTask<DevelopmentPlanDto> Handle(UpdateDevelopmentPlanCommand command, CancellationToken cancellationToken)
    {
        var plan = await db.LoadForChangeAsync(user, command.Id, cancellationToken);
        EntityTag.EnsureMatches(plan, command.IfMatch, "the development plan");
        var before = new { plan.Title, plan.BudgetCeiling };
        plan.Update(command.Title, command.BudgetCeiling);
        db.Audit(plan, PlanEventKind.Updated, new { before, after = new { plan.Title, plan.BudgetCeiling } }, user, clock);
        await db.SaveChangesAsync(cancellationToken);
        return await db.GetDtoAsync(plan.Id, cancellationToken);
    }
}
