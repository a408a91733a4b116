using System.Text.Json.Serialization;
using AsnCompetency.Application.Common.Concurrency;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Frameworks;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Positions;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ValidationException = AsnCompetency.Application.Common.Exceptions.ValidationException;

namespace AsnCompetency.Application.Positions.Commands.ReplacePositionStandards;

/// <summary>
/// Replaces a position's standard (SKJ) as a whole. Each competency must carry levels and belong
/// to a published framework that is national or the position's agency's own; a line kept from
/// before may still point at a framework retired since.
/// </summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record ReplacePositionStandardsCommand : ICommand<PositionStandardsDto>
{
    [JsonIgnore]
    public Guid PositionId { get; init; }

    [JsonIgnore]
    public string? IfMatch { get; init; }

    public List<PositionStandardInput> Items { get; init; } = [];
}

/// <summary>One competency of the standard.</summary>
public sealed record PositionStandardInput
{
    public Guid CompetencyId { get; init; }

    /// <summary>Required level, within the competency's framework scale (usually 1–5).</summary>
    public int RequiredLevel { get; init; }

    /// <summary>Criticality for the position, 0.1–10; default 1.</summary>
    public decimal Weight { get; init; } = PositionStandard.DefaultWeight;
}

public sealed class ReplacePositionStandardsCommandValidator : AbstractValidator<ReplacePositionStandardsCommand>
{
    public const int MaxItems = 500;

    public ReplacePositionStandardsCommandValidator()
    {
        RuleFor(c => c.Items).NotNull().Must(items => items.Count <= MaxItems).WithMessage($"A standard holds at most {MaxItems} competencies.");
        RuleForEach(c => c.Items).Cascade(CascadeMode.Continue).NotNull();
        RuleForEach(c => c.Items).Cascade(CascadeMode.Continue).ChildRules(item =>
        {
            item.RuleFor(i => i.CompetencyId).NotEmpty();
            item.RuleFor(i => i.RequiredLevel).InclusiveBetween(ProficiencyScale.MinLevel, ProficiencyScale.MaxLevel);
            item.RuleFor(i => i.Weight).InclusiveBetween(PositionStandard.MinWeight, PositionStandard.MaxWeight);
        });
    }
}

public sealed class ReplacePositionStandardsCommandHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<ReplacePositionStandardsCommand, PositionStandardsDto>
{
    public async ValueTask<PositionStandardsDto> Handle(ReplacePositionStandardsCommand command, CancellationToken cancellationToken)
    {
        var position = await db.LoadForChangeAsync(user, command.PositionId, cancellationToken);
        EntityTag.EnsureMatches(position, command.IfMatch, $"Position {position.Code}");

        var ids = command.Items.Select(i => i.CompetencyId).Distinct().ToList();
        var known = await db.Competencies
            .Where(c => ids.Contains(c.Id))
            .Join(db.CompetencyFrameworks, c => c.FrameworkId, f => f.Id, (c, f) => new { Competency = c, Framework = f })
            .AsNoTracking()
            .ToDictionaryAsync(x => x.Competency.Id, cancellationToken);
        var kept = position.Standards.Select(s => s.CompetencyId).ToHashSet();

        var requirements = new List<StandardRequirement>();
        for (var i = 0; i < command.Items.Count; i++)
        {
            var item = command.Items[i];
            var field = $"items[{i}].competencyId";
            if (!known.TryGetValue(item.CompetencyId, out var found))
            {
                throw new ValidationException(field, $"There is no competency {item.CompetencyId} you can use.");
            }

            var (competency, framework) = (found.Competency, found.Framework);
            if (competency.IsGroup)
            {
                throw new ValidationException(field, $"{competency.Code} is a group; a standard lists competencies.");
            }

            if (framework.OwnerAgencyId is { } owner && owner != position.AgencyId)
            {
                throw new ValidationException(field, $"{competency.Code} belongs to another agency's framework.");
            }

            var usable = framework.Status == FrameworkStatus.Published || (framework.Status == FrameworkStatus.Retired && kept.Contains(competency.Id));
            if (!usable)
            {
                throw new ValidationException(
                    field,
                    $"{competency.Code} belongs to {framework.Describe()}, which is {framework.Status.ToString().ToLowerInvariant()}; a standard uses published frameworks.");
            }

            requirements.Add(new StandardRequirement(competency.Id, competency.Code, framework.Id, framework.LevelCount, item.RequiredLevel, item.Weight));
        }

        position.ReplaceStandards(requirements);
        await db.SaveChangesAsync(cancellationToken);
        return await Queries.GetPositionStandards.PositionStandardsReader.GetStandardsAsync(db, position.Id, cancellationToken);
    }
}
