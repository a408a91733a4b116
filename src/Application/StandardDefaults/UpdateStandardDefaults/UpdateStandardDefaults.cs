using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Application.StandardDefaults.GetStandardDefaults;
using AsnCompetency.Domain.Frameworks;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Positions;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.StandardDefaults.UpdateStandardDefaults;

/// <summary>
/// Sets the proposed levels for position types: nationally (SystemAdmin, no agencyId) or as an
/// agency's overrides (its AgencyAdmin). An agency item with requiredLevel null removes the
/// override, so the national level applies again. Types not listed stay as they are.
/// </summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record UpdateStandardDefaultsCommand : ICommand<StandardDefaultsDto>, IAgencyOwnedCommand
{
    /// <summary>The agency whose overrides to set; omit for the national defaults.</summary>
    public Guid? AgencyId { get; init; }

    public List<StandardDefaultInput> Items { get; init; } = [];

    Guid? IAgencyOwnedCommand.OwnerAgencyId => AgencyId;
}

/// <summary>The level for one position type.</summary>
public sealed record StandardDefaultInput(PositionType PositionType, int? RequiredLevel);

public sealed class UpdateStandardDefaultsCommandValidator : AbstractValidator<UpdateStandardDefaultsCommand>
{
    public UpdateStandardDefaultsCommandValidator()
    {
        RuleFor(c => c.Items).NotNull()
            .Must(items => items.Where(i => i is not null).Select(i => i.PositionType).Distinct().Count() == items.Count(i => i is not null))
            .WithMessage("Each position type may appear only once.");
        RuleForEach(c => c.Items).Cascade(CascadeMode.Continue).NotNull();
        RuleForEach(c => c.Items).Cascade(CascadeMode.Continue).ChildRules(item =>
        {
            item.RuleFor(i => i.PositionType).IsInEnum();
            item.RuleFor(i => i.RequiredLevel).InclusiveBetween(ProficiencyScale.MinLevel, ProficiencyScale.MaxLevel);
        });
        RuleForEach(c => c.Items).Cascade(CascadeMode.Continue)
            .Must((command, item) => command.AgencyId is not null || item?.RequiredLevel is not null)
            .WithMessage("A national default needs a level; only an agency override can be removed.");
    }
}

public sealed class UpdateStandardDefaultsCommandHandler(IApplicationDbContext db) : ICommandHandler<UpdateStandardDefaultsCommand, StandardDefaultsDto>
{
    public async ValueTask<StandardDefaultsDto> Handle(UpdateStandardDefaultsCommand command, CancellationToken cancellationToken)
    {
        if (command.AgencyId is { } agencyId && !await db.Agencies.AnyAsync(a => a.Id == agencyId, cancellationToken))
        {
            throw new Common.Exceptions.ValidationException("agencyId", $"There is no agency {agencyId}.");
        }

        var existing = await db.StandardDefaults
            .Where(d => d.AgencyId == command.AgencyId)
            .ToDictionaryAsync(d => d.PositionType, cancellationToken);
        foreach (var item in command.Items)
        {
            existing.TryGetValue(item.PositionType, out var row);
            switch (row, item.RequiredLevel)
            {
                case (null, { } level):
                    db.StandardDefaults.Add(StandardDefault.Create(command.AgencyId, item.PositionType, level));
                    break;
                case ({ } current, { } level):
                    current.ChangeLevel(level);
                    break;
                case ({ } current, null):
                    db.StandardDefaults.Remove(current);
                    break;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadStandardDefaultsAsync(command.AgencyId, cancellationToken);
    }
}
