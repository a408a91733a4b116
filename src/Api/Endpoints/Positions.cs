using AsnCompetency.Api.Infrastructure;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.Positions;
using AsnCompetency.Application.Positions.Commands.CreatePosition;
using AsnCompetency.Application.Positions.Commands.DeletePosition;
using AsnCompetency.Application.Positions.Commands.ReplacePositionStandards;
using AsnCompetency.Application.Positions.Commands.UpdatePosition;
using AsnCompetency.Application.Positions.Queries.GetPosition;
using AsnCompetency.Application.Positions.Queries.GetPositions;
using AsnCompetency.Application.Positions.Queries.GetPositionStandards;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AsnCompetency.Api.Endpoints;

/// <summary>Positions (jabatan) and their competency standards (SKJ).</summary>
public sealed class Positions : EndpointGroupBase
{
    public const string Path = EndpointMappingExtensions.ApiBase + "/positions";

    public override void Map(RouteGroupBuilder group)
    {
        group.MapGet(GetPositions)
            .WithSummary("List positions")
            .WithDescription("Filter by agency, unit (with its sub-units), type, category and text; paged.")
            .ProducesProblems(StatusCodes.Status400BadRequest);
        group.MapPost(CreatePosition)
            .WithSummary("Create a position")
            .WithDescription("Creates a position in a unit; its standard is proposed from the defaults for its type (see /standard-defaults).")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status415UnsupportedMediaType);
        group.MapGet(GetPosition, "{id:guid}")
            .WithSummary("Get a position")
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPut(UpdatePosition, "{id:guid}")
            .WithSummary("Change a position")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed, StatusCodes.Status415UnsupportedMediaType);
        group.MapDelete(DeletePosition, "{id:guid}")
            .WithSummary("Delete a position nobody holds or held")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);
        group.MapGet(GetPositionStandards, "{id:guid}/standards")
            .WithSummary("Get the position's competency standard (SKJ)")
            .WithDescription("The required level and criticality weight per competency. The ETag header is the position's version.")
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPut(ReplacePositionStandards, "{id:guid}/standards")
            .WithSummary("Replace the position's competency standard (SKJ)")
            .WithDescription("Sends the whole standard. Competencies come from published frameworks: national ones or the agency's own.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed, StatusCodes.Status415UnsupportedMediaType);
    }

    public static async Task<Ok<PagedList<PositionDto>>> GetPositions(ISender sender, [AsParameters] GetPositionsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    public static async Task<Created<PositionDto>> CreatePosition(ISender sender, HttpResponse response, CreatePositionCommand command, CancellationToken cancellationToken)
    {
        var position = await sender.Send(command, cancellationToken);
        return response.CreatedWithETag($"{Path}/{position.Id}", position);
    }

    public static async Task<Ok<PositionDto>> GetPosition(ISender sender, HttpResponse response, Guid id, CancellationToken cancellationToken)
    {
        return response.OkWithETag(await sender.Send(new GetPositionQuery(id), cancellationToken));
    }

    public static async Task<Ok<PositionDto>> UpdatePosition(
        ISender sender,
        HttpResponse response,
        Guid id,
        [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch,
        UpdatePositionCommand command,
        CancellationToken cancellationToken)
    {
        return response.OkWithETag(await sender.Send(command with { Id = id, IfMatch = ifMatch }, cancellationToken));
    }

    public static async Task<NoContent> DeletePosition(
        ISender sender, Guid id, [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch, CancellationToken cancellationToken)
    {
        await sender.Send(new DeletePositionCommand(id, ifMatch), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<PositionStandardsDto>> GetPositionStandards(ISender sender, HttpResponse response, Guid id, CancellationToken cancellationToken)
    {
        return response.OkWithETag(await sender.Send(new GetPositionStandardsQuery(id), cancellationToken));
    }

    public static async Task<Ok<PositionStandardsDto>> ReplacePositionStandards(
        ISender sender,
        HttpResponse response,
        Guid id,
        [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch,
        ReplacePositionStandardsCommand command,
        CancellationToken cancellationToken)
    {
        return response.OkWithETag(await sender.Send(command with { PositionId = id, IfMatch = ifMatch }, cancellationToken));
    }
}
