using AsnCompetency.Api.Infrastructure;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.Privacy;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AsnCompetency.Api.Endpoints;

/// <summary>Employees' requests to correct their data, answered by the agency's admin.</summary>
public sealed class CorrectionRequests : EndpointGroupBase
{
    public override void Map(RouteGroupBuilder group)
    {
        group.MapGet(GetCorrectionRequests)
            .RefusesApiClients()
            .WithSummary("List correction requests")
            .WithDescription("The agency's (all for a SystemAdmin), open ones first; filter by status (Open, Resolved, Rejected).")
            .ProducesProblems(StatusCodes.Status400BadRequest);
        group.MapPost(CloseCorrectionRequest, "{id:guid}/close")
            .WithSummary("Answer a correction request")
            .WithDescription("outcome Resolved (the data has been corrected) or Rejected (resolution says why); If-Match with the request's ETag. A closed request cannot be closed again (409).")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed, StatusCodes.Status415UnsupportedMediaType);
    }

    public static async Task<Ok<PagedList<CorrectionRequestDto>>> GetCorrectionRequests(ISender sender, [AsParameters] GetCorrectionRequestsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    public static async Task<Ok<CorrectionRequestDto>> CloseCorrectionRequest(
        ISender sender, HttpResponse response, Guid id, [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch, CloseCorrectionRequestCommand command, CancellationToken cancellationToken) =>
        response.OkWithETag(await sender.Send(command.For(id, ifMatch), cancellationToken));
}
