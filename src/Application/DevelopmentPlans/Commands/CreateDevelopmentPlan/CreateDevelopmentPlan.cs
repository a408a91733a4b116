using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Planning;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ValidationException = AsnCompetency.Application.Common.Exceptions.ValidationException;

namespace AsnCompetency.Application.DevelopmentPlans.Commands.CreateDevelopmentPlan;

/// <summary>Starts an agency's development plan for a year, as a draft. One plan per agency and year.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record CreateDevelopmentPlanCommand : ICommand<DevelopmentPlanDto>
{
    /// <summary>The agency; defaults to the caller's own (required for national users).</summary>
    public Guid? AgencyId { get; init; }

    public int Year { get; init; }

    public string Title { get; init; } = "";

    /// <summary>Budget ceiling in rupiah; plan generation stays within it.</summary>
    public decimal? BudgetCeiling { get; init; }
}

public sealed class CreateDevelopmentPlanCommandValidator : AbstractValidator<CreateDevelopmentPlanCommand>
{
    public CreateDevelopmentPlanCommandValidator()
    {
        RuleFor(c => c.AgencyId).NotEqual(Guid.Empty);
        RuleFor(c => c.Year).InclusiveBetween(DevelopmentPlan.MinYear, DevelopmentPlan.MaxYear);
        RuleFor(c => c.Title).NotEmpty().MaximumLength(FieldLengths.Name);
        RuleFor(c => c.BudgetCeiling).GreaterThanOrEqualTo(0).LessThan(1_000_000_000_000_000m);
    }
}

public sealed class CreateDevelopmentPlanCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CreateDevelopmentPlanCommand, DevelopmentPlanDto>
{
    public async ValueTask<DevelopmentPlanDto> Handle(CreateDevelopmentPlanCommand command, CancellationToken cancellationToken)
    {
        var agencyId = command.AgencyId ?? user.AgencyId
            ?? throw new ValidationException("agencyId", "'agencyId' is required for a user without an agency of their own.");
        AccessPolicy.EnsureCanMaintain(user, agencyId, "this agency's development plans");
        if (!await db.Agencies.AnyAsync(a => a.Id == agencyId, cancellationToken))
        {
            throw new ValidationException("agencyId", $"There is no agency {agencyId}.");
        }

        if (await db.DevelopmentPlans.AnyAsync(p => p.AgencyId == agencyId && p.Year == command.Year, cancellationToken))
        {
            throw new BusinessRuleException($"The agency already has a development plan for {command.Year}.", "year");
        }

        var plan = DevelopmentPlan.Create(agencyId, command.Year, command.Title, command.BudgetCeiling);
        db.DevelopmentPlans.Add(plan);
        db.Audit(plan, PlanEventKind.Created, new { plan.Year, plan.Title, plan.BudgetCeiling }, user, clock);
        await db.SaveChangesAsync(cancellationToken);
        return await db.GetDtoAsync(plan.Id, cancellationToken);
    }
}
