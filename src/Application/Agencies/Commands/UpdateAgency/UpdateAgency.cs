using System.Text.Json.Serialization;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Organisation;
using Mediator;

namespace AsnCompetency.Application.Agencies.Commands.UpdateAgency;

/// <summary>
/// Changes an agency's name, region and kind; its code stays. SystemAdmin only: region and kind
/// group national statistics, so agencies do not classify themselves.
/// </summary>
[Authorize(UserRole.SystemAdmin)]
public sealed record UpdateAgencyCommand : ICommand<AgencyDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public string? IfMatch { get; init; }

    public string Name { get; init; } = "";

    public string Region { get; init; } = "";

    public AgencyKind Kind { get; init; }
}

public sealed class UpdateAgencyCommandHandler(IApplicationDbContext db) : ICommandHandler<UpdateAgencyCommand, AgencyDto>
{
    public async ValueTask<AgencyDto> Handle(UpdateAgencyCommand command, CancellationToken cancellationToken) =>
        await db.ChangeAsync(command.Id, command.IfMatch, agency => agency.Update(command.Name, command.Region, command.Kind), cancellationToken);
}
