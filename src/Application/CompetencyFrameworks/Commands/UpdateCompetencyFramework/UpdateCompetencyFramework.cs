using System.Text.Json.Serialization;
using AsnCompetency.Application.Common.Concurrency;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Frameworks;
using AsnCompetency.Domain.Identity;
using Mediator;

namespace AsnCompetency.Application.CompetencyFrameworks.Commands.UpdateCompetencyFramework;

/// <summary>Changes a draft framework's descriptive fields and proficiency scale.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record UpdateCompetencyFrameworkCommand : ICommand<CompetencyFrameworkDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public string? IfMatch { get; init; }

    public string Name { get; init; } = "";

    public string? AlternativeName { get; init; }

    public string? Description { get; init; }

    public string Language { get; init; } = "id";

    /// <summary>The proficiency scale; an empty list means the standard 5-level scale.</summary>
    public List<ProficiencyLevelInput> ProficiencyLevels { get; init; } = [];
}

public sealed class UpdateCompetencyFrameworkCommandHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<UpdateCompetencyFrameworkCommand, CompetencyFrameworkDto>
{
    public async ValueTask<CompetencyFrameworkDto> Handle(UpdateCompetencyFrameworkCommand command, CancellationToken cancellationToken)
    {
        var framework = await db.LoadForChangeAsync(user, command.Id, cancellationToken);
        EntityTag.EnsureMatches(framework, command.IfMatch, framework.Describe());

        framework.UpdateDetails(new FrameworkDetails(
            command.Name, command.AlternativeName, command.Description, command.Language, command.ProficiencyLevels.ToDefinitions()));
        await db.SaveChangesAsync(cancellationToken);
        return framework.ToDto();
    }
}
