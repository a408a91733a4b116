using AsnCompetency.Api.Infrastructure;
using AsnCompetency.Application.Units;
using AsnCompetency.Application.Units.Commands.DeleteUnit;
using AsnCompetency.Application.Units.Commands.UpdateUnit;
using AsnCompetency.Application.Units.Queries.GetUnit;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AsnCompetency.Api.Endpoints;

/// <summary>Units of an agency (perangkat daerah and sub-units).</summary>
public sealed class Units : EndpointGroupBase
{
    public const string Path = EndpointMappingExtensions.ApiBase + "/units";

    public override void Map(RouteGroupBuilder group)
    {
        group.MapGet(GetUnit, "{id:guid}")
            .WithSummary("Get a unit")
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPut(UpdateUnit, "{id:guid}")
            .WithSummary("Change or move a unit")
            .WithDescription("Changes a unit; a new parentId moves it with everything below it.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed, StatusCodes.Status415UnsupportedMediaType);
        group.MapDelete(DeleteUnit, "{id:guid}")
            .WithSummary("Delete an empty unit")
            .WithDescription("Only a unit without sub-units, positions and employee history; otherwise deactivate it.")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);
    }

    public static async Task<Ok<UnitDto>> GetUnit(ISender sender, HttpResponse response, Guid id, CancellationToken cancellationToken)
    {
        return response.OkWithETag(await sender.Send(new GetUnitQuery(id), cancellationToken));
    }

    public static async Task<Ok<UnitDto>> UpdateUnit(
        ISender sender,
        HttpResponse response,
        Guid id,
        [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch,
        UpdateUnitCommand command,
        CancellationToken cancellationToken)
    {
        return response.OkWithETag(await sender.Send(command with { Id = id, IfMatch = ifMatch }, cancellationToken));
    }

    public static async Task<NoContent> DeleteUnit(
        ISender sender, Guid id, [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteUnitCommand(id, ifMatch), cancellationToken);
        return TypedResults.NoContent();
    }
}
