using System.Text.Json.Serialization;
using AsnCompetency.Application.Common.Concurrency;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

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
    public async ValueTask<AgencyDto> Handle(SetFrameworkPublicationCommand command, CancellationToken cancellationToken)
    {
        // The agency filter leaves an AgencyAdmin only their own agency: another is unknown (404).
        var agency = await db.Agencies.FirstOrDefaultAsync(a => a.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("Agency", command.Id);
        EntityTag.EnsureMatches(agency, command.IfMatch, $"Agency {agency.Code}");

        agency.SetFrameworkPublication(command.Publish);
        await db.SaveChangesAsync(cancellationToken);
        return await db.Agencies.Where(a => a.Id == agency.Id).ToDtos(db).SingleAsync(cancellationToken);
    }
}
