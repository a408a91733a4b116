using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;
using AsnCompetency.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.CompetencyFrameworks.Commands.CreateCompetencyFramework;

/// <summary>Creates a draft framework, optionally with its whole competency tree.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record CreateCompetencyFrameworkCommand : ICommand<CompetencyFrameworkDto>, IAgencyOwnedCommand
{
    /// <summary>Short code, unique per owner, shared by all versions (e.g. "TEKNIS-KES").</summary>
    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    /// <summary>The name in a second language (English for Indonesian frameworks).</summary>
    public string? AlternativeName { get; init; }

    public string? Description { get; init; }

    /// <summary>BCP 47 language tag of the texts; defaults to "id".</summary>
    public string Language { get; init; } = "id";

    /// <summary>The owning agency; omit for a national framework (SystemAdmin only).</summary>
    public Guid? OwnerAgencyId { get; init; }

    /// <summary>The proficiency scale; omit for the standard 5-level PermenPANRB scale.</summary>
    public List<ProficiencyLevelInput> ProficiencyLevels { get; init; } = [];

    /// <summary>The competency tree to create with the framework; it can also be built item by item later.</summary>
    public List<CompetencyTreeInput> Competencies { get; init; } = [];
}

public sealed class CreateCompetencyFrameworkCommandHandler(IApplicationDbContext db)
    : ICommandHandler<CreateCompetencyFrameworkCommand, CompetencyFrameworkDto>
{
    public async ValueTask<CompetencyFrameworkDto> Handle(CreateCompetencyFrameworkCommand command, CancellationToken cancellationToken)
    {
        if (command.OwnerAgencyId is { } agencyId && !await db.Agencies.AnyAsync(a => a.Id == agencyId, cancellationToken))
        {
            throw new ValidationException("ownerAgencyId", $"There is no agency {agencyId}.");
        }

        var code = command.Code.Trim();
        var existing = await db.CompetencyFrameworks
            .IgnoreQueryFilters()
            .Where(f => f.OwnerAgencyId == command.OwnerAgencyId && f.Code.ToLower() == code.ToLower())
            .OrderByDescending(f => f.Version)
            .Select(f => new { f.Code, f.Version })
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            throw new BusinessRuleException(
                $"A framework with code {existing.Code} already exists for this owner (latest version {existing.Version}); create a new version of it instead.",
                "code");
        }

        var framework = CompetencyFramework.CreateDraft(
            code,
            command.OwnerAgencyId,
            new FrameworkDetails(command.Name, command.AlternativeName, command.Description, command.Language, command.ProficiencyLevels.ToDefinitions()));
        AddTree(framework, parentId: null, command.Competencies, "competencies");

        db.CompetencyFrameworks.Add(framework);
        await db.SaveChangesAsync(cancellationToken);
        return framework.ToDto();
    }

    /// <summary>
    /// Adds items parent first. A rule broken deep in the tree is reported with the full path of
    /// the offending field, e.g. "competencies[1].children[0].code".
    /// </summary>
    private static void AddTree(CompetencyFramework framework, Guid? parentId, IReadOnlyList<CompetencyTreeInput> items, string path)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var itemPath = $"{path}[{i}]";
            Competency added;
            try
            {
                added = framework.AddCompetency(parentId, item.ToDetails());
            }
            catch (DomainValidationException e)
            {
                throw new DomainValidationException($"{itemPath}.{e.Field}", e.Message);
            }
            catch (BusinessRuleException e)
            {
                throw new BusinessRuleException(e.Message, $"{itemPath}.{e.Field ?? "code"}");
            }

            AddTree(framework, added.Id, item.Children, $"{itemPath}.children");
        }
    }
}
