using System.Text.Json.Serialization;
using AsnCompetency.Application.Common.Concurrency;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Identity;
using Mediator;

namespace AsnCompetency.Application.CompetencyFrameworks.Commands.UpdateCompetency;

/// <summary>Changes, moves or reorders an item of a draft framework; a group's new kind carries to its branch.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record UpdateCompetencyCommand : CompetencyFields, ICommand<CompetencyDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public string? IfMatch { get; init; }
}

public sealed class UpdateCompetencyCommandValidator : CompetencyFieldsValidator<UpdateCompetencyCommand>;

public sealed class UpdateCompetencyCommandHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<UpdateCompetencyCommand, CompetencyDto>
{
    public async ValueTask<CompetencyDto> Handle(UpdateCompetencyCommand command, CancellationToken cancellationToken)
    {
        var (framework, competency) = await db.LoadCompetencyForChangeAsync(user, command.Id, cancellationToken);
        EntityTag.EnsureMatches(competency, command.IfMatch, $"Competency {competency.Code}");

        framework.UpdateCompetency(competency.Id, command.ParentId, command.ToDetails());
        if (command.RelatedCompetencyIds is { } related)
        {
            framework.SetRelated(competency.Id, related);
        }

        await db.SaveChangesAsync(cancellationToken);
        return competency.ToDto(framework);
    }
}
