using System.Text.Json.Serialization;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Identity;
using Mediator;

namespace AsnCompetency.Application.CompetencyFrameworks.Commands.AddCompetency;

/// <summary>Adds a group or competency to a draft framework's tree.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record AddCompetencyCommand : CompetencyFields, ICommand<CompetencyDto>
{
    [JsonIgnore]
    public Guid FrameworkId { get; init; }
}

public sealed class AddCompetencyCommandValidator : CompetencyFieldsValidator<AddCompetencyCommand>;

public sealed class AddCompetencyCommandHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<AddCompetencyCommand, CompetencyDto>
{
    public async ValueTask<CompetencyDto> Handle(AddCompetencyCommand command, CancellationToken cancellationToken)
    {
        var framework = await db.LoadForChangeAsync(user, command.FrameworkId, cancellationToken);
        var competency = framework.AddCompetency(command.ParentId, command.ToDetails());
        if (command.RelatedCompetencyIds is { } related)
        {
            framework.SetRelated(competency.Id, related);
        }

        await db.SaveChangesAsync(cancellationToken);
        return competency.ToDto(framework);
    }
}
