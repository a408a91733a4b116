using AsnCompetency.Api.Infrastructure;
using AsnCompetency.Application.Auditing;
using AsnCompetency.Application.Common.Models;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AsnCompetency.Api.Endpoints;

/// <summary>The append-only audit trail of sign-ins, exports and personal data read or changed.</summary>
public sealed class AuditLog : EndpointGroupBase
{
    public override void Map(RouteGroupBuilder group)
    {
        group.MapGet(GetAuditLog)
            .RefusesApiClients()
            .WithSummary("Read the audit log")
            .WithDescription(
                "Newest first; filter by action (SignIn, SignInFailed, Export, …), userId, subjectId (e.g. an employee) and a from/to time range. " +
                "A SystemAdmin reads everything; an AgencyAdmin what the agency's users did and what anyone did to the agency's data.")
            .ProducesProblems(StatusCodes.Status400BadRequest);
    }

    public static async Task<Ok<PagedList<AuditEventDto>>> GetAuditLog(ISender sender, [AsParameters] GetAuditLogQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));
}
