using AsnCompetency.Api.Infrastructure;
using AsnCompetency.Application.Agencies;
using AsnCompetency.Application.Agencies.Commands.CreateAgency;
using AsnCompetency.Application.Agencies.Commands.SetFrameworkPublication;
using AsnCompetency.Application.Agencies.Commands.UpdateAgency;
using AsnCompetency.Application.Agencies.Queries.GetAgencies;
using AsnCompetency.Application.Agencies.Queries.GetAgency;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.Units;
using AsnCompetency.Application.Units.Commands.CreateUnit;
using AsnCompetency.Application.Units.Queries.GetUnitTree;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AsnCompetency.Api.Endpoints;

/// <summary>Agencies (instansi) and their organisation trees.</summary>
public sealed class Agencies : EndpointGroupBase
{
    public const string Path = EndpointMappingExtensions.ApiBase + "/agencies";

    public override void Map(RouteGroupBuilder group)
    {
        group.MapGet(GetAgencies)
            .WithSummary("List agencies")
            .WithDescription("All agencies for national users; the caller's own agency otherwise.")
            .ProducesProblems(StatusCodes.Status400BadRequest);
        group.MapPost(CreateAgency)
            .WithSummary("Register an agency")
            .WithDescription("SystemAdmin only.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status415UnsupportedMediaType);
        group.MapGet(GetAgency, "{id:guid}")
            .WithSummary("Get an agency")
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPut(UpdateAgency, "{id:guid}")
            .WithSummary("Change an agency")
            .WithDescription("Name, region and kind; the code stays. SystemAdmin only.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed, StatusCodes.Status415UnsupportedMediaType);
        group.MapPut(SetFrameworkPublication, "{id:guid}/framework-publication")
            .WithSummary("Open or close the agency's published frameworks to the public (CASE)")
            .WithDescription(
                "publish=true: anyone, without a token, may read the agency's published (and retired) frameworks through the CASE provider (/ims/case/v1p1); " +
                "drafts stay private. publish=false: only signed-in users who may read them. The agency's AgencyAdmin or a SystemAdmin; If-Match with the agency's ETag.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed, StatusCodes.Status415UnsupportedMediaType);
        group.MapGet(GetUnitTree, "{id:guid}/units")
            .WithSummary("Get the agency's unit tree")
            .WithDescription("Perangkat daerah and their sub-units as a tree, with the positions and active employees in each unit.")
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPost(CreateUnit, "{id:guid}/units")
            .WithSummary("Add a unit")
            .WithDescription("Adds a unit at the top of the agency's tree or under parentId.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status415UnsupportedMediaType);
    }

    public static async Task<Ok<PagedList<AgencyDto>>> GetAgencies(ISender sender, [AsParameters] GetAgenciesQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    public static async Task<Created<AgencyDto>> CreateAgency(ISender sender, HttpResponse response, CreateAgencyCommand command, CancellationToken cancellationToken)
    {
        var agency = await sender.Send(command, cancellationToken);
        return response.CreatedWithETag($"{Path}/{agency.Id}", agency);
    }

    public static async Task<Ok<AgencyDto>> GetAgency(ISender sender, HttpResponse response, Guid id, CancellationToken cancellationToken)
    {
        return response.OkWithETag(await sender.Send(new GetAgencyQuery(id), cancellationToken));
    }

    public static async Task<Ok<AgencyDto>> UpdateAgency(
        ISender sender,
        HttpResponse response,
        Guid id,
        [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch,
        UpdateAgencyCommand command,
        CancellationToken cancellationToken)
    {
        return response.OkWithETag(await sender.Send(command with { Id = id, IfMatch = ifMatch }, cancellationToken));
    }

    public static async Task<Ok<AgencyDto>> SetFrameworkPublication(
        ISender sender,
        HttpResponse response,
        Guid id,
        [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch,
        SetFrameworkPublicationCommand command,
        CancellationToken cancellationToken)
    {
        return response.OkWithETag(await sender.Send(command with { Id = id, IfMatch = ifMatch }, cancellationToken));
    }

    public static async Task<Ok<UnitTreeDto>> GetUnitTree(ISender sender, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetUnitTreeQuery(id), cancellationToken));

    public static async Task<Created<UnitDto>> CreateUnit(ISender sender, HttpResponse response, Guid id, CreateUnitCommand command, CancellationToken cancellationToken)
    {
        var unit = await sender.Send(command with { AgencyId = id }, cancellationToken);
        return response.CreatedWithETag($"{Units.Path}/{unit.Id}", unit);
    }
}
