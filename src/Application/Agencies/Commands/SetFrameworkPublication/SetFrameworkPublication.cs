using System.Text.Json.Serialization;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Identity;
using Mediator;

namespace AsnCompetency.Application.Agencies.Commands.SetFrameworkPublication;

/// <summary>
/// Whether anyone may read the agency's published frameworks through the CASE provider without a
/// token. The agency's own decision: its AgencyAdmin (or a SystemAdmin) sets it.
/// </summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record SetFrameworkPublicationCommand : ICommand<AgencyDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public string? IfMatch { get; init; }

    /// <summary>True: published frameworks are open to all through CASE; false: only to signed-in users who may read them.</summary>
    public bool Publish { get; init; }
}

public sealed class SetFrameworkPublicationCommandHandler(IApplicationDbContext db) : ICommandHandler<SetFrameworkPublicationCommand, AgencyDto>
{
    public async ValueTask<AgencyDto> Handle(SetFrameworkPublicationCommand command, CancellationToken cancellationToken) =>
        await db.ChangeAsync(command.Id, command.IfMatch, agency => agency.SetFrameworkPublication(command.Publish), cancellationToken);
}
