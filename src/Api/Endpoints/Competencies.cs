using AsnCompetency.Api.Infrastructure;
using AsnCompetency.Application.CompetencyFrameworks;
using AsnCompetency.Application.CompetencyFrameworks.Commands.DeleteCompetency;
using AsnCompetency.Application.CompetencyFrameworks.Commands.UpdateCompetency;
using AsnCompetency.Application.CompetencyFrameworks.Queries.GetCompetency;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AsnCompetency.Api.Endpoints;

/// <summary>Single items of a framework's competency tree.</summary>
public sealed class Competencies : EndpointGroupBase
{
    public const string Path = EndpointMappingExtensions.ApiBase + "/competencies";

    public override void Map(RouteGroupBuilder group)
    {
        group.MapGet(GetCompetency, "{id:guid}")
            .WithSummary("Get a competency")
            .WithDescription("One group or competency with its level descriptions and indicators. The ETag header carries its version.")
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPut(UpdateCompetency, "{id:guid}")
            .WithSummary("Change a competency")
            .WithDescription("Changes, moves (parentId) or reorders an item of a draft framework. Published frameworks answer 409; a stale If-Match 412.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed, StatusCodes.Status415UnsupportedMediaType);
        group.MapDelete(DeleteCompetency, "{id:guid}")
            .WithSummary("Remove a competency")
            .WithDescription("Removes an item of a draft framework and everything below it.")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);
    }

    public static async Task<Ok<CompetencyDto>> GetCompetency(ISender sender, HttpResponse response, Guid id, CancellationToken cancellationToken)
    {
        return response.OkWithETag(await sender.Send(new GetCompetencyQuery(id), cancellationToken));
    }

    public static async Task<Ok<CompetencyDto>> UpdateCompetency(
        ISender sender,
        HttpResponse response,
        Guid id,
        [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch,
        UpdateCompetencyCommand command,
        CancellationToken cancellationToken)
    {
        return response.OkWithETag(await sender.Send(command with { Id = id, IfMatch = ifMatch }, cancellationToken));
    }

    public static async Task<NoContent> DeleteCompetency(
        ISender sender, Guid id, [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteCompetencyCommand(id, ifMatch), cancellationToken);
        return TypedResults.NoContent();
    }
}
