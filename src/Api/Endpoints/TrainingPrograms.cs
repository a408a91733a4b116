using AsnCompetency.Api.Infrastructure;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.Training;
using AsnCompetency.Application.Training.Programs;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AsnCompetency.Api.Endpoints;

/// <summary>Training programmes: what is offered, by whom, for which competencies, with JP and cost.</summary>
public sealed class TrainingPrograms : EndpointGroupBase
{
    public const string Path = EndpointMappingExtensions.ApiBase + "/training-programs";

    private static readonly int[] ChangeProblems =
    [
        StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed, StatusCodes.Status415UnsupportedMediaType,
    ];

    public override void Map(RouteGroupBuilder group)
    {
        group.MapGet(GetTrainingPrograms)
            .WithSummary("List training programmes")
            .WithDescription("National programmes and the caller's agency's own, by code; filter by text, owner, form, route (category), targeted competency and whether active.")
            .ProducesProblems(StatusCodes.Status400BadRequest);
        group.MapPost(CreateTrainingProgram)
            .WithSummary("Add a training programme")
            .WithDescription(
                "National (SystemAdmin, no agencyId) or an agency's own. Non-classroom forms may omit jp: the owner's JP conversion table (GET /tna/settings) gives it, " +
                "and each participant is credited by their own agency's table. Targets are the competencies developed and the level reached.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status415UnsupportedMediaType);
        group.MapGet(GetTrainingProgram, "{id:guid}")
            .WithSummary("Get a training programme")
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPut(UpdateTrainingProgram, "{id:guid}")
            .WithSummary("Change a training programme")
            .WithDescription("Replaces the details and the targets (not the code or owner). Send If-Match with the ETag read.")
            .ProducesProblems(ChangeProblems);
        group.MapPost(DeactivateTrainingProgram, "{id:guid}/deactivate")
            .WithSummary("Withdraw a programme from offer")
            .WithDescription("It is no longer recommended, planned or scheduled; its sessions and the JP already earned stay.")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed);
        group.MapPost(ActivateTrainingProgram, "{id:guid}/activate")
            .WithSummary("Offer a withdrawn programme again")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed);
    }

    public static async Task<Ok<PagedList<TrainingProgramSummaryDto>>> GetTrainingPrograms(ISender sender, [AsParameters] GetTrainingProgramsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    public static async Task<Created<TrainingProgramDto>> CreateTrainingProgram(ISender sender, HttpResponse response, CreateTrainingProgramCommand command, CancellationToken cancellationToken)
    {
        var program = await sender.Send(command, cancellationToken);
        return response.CreatedWithETag($"{Path}/{program.Id}", program);
    }

    public static async Task<Ok<TrainingProgramDto>> GetTrainingProgram(ISender sender, HttpResponse response, Guid id, CancellationToken cancellationToken) =>
        response.OkWithETag(await sender.Send(new GetTrainingProgramQuery(id), cancellationToken));

    public static async Task<Ok<TrainingProgramDto>> UpdateTrainingProgram(
        ISender sender, HttpResponse response, Guid id, [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch, UpdateTrainingProgramCommand command, CancellationToken cancellationToken) =>
        response.OkWithETag(await sender.Send(command.For(id, ifMatch), cancellationToken));

    public static async Task<Ok<TrainingProgramDto>> DeactivateTrainingProgram(
        ISender sender, HttpResponse response, Guid id, [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch, CancellationToken cancellationToken) =>
        response.OkWithETag(await sender.Send(new SetTrainingProgramActiveCommand(id, false, ifMatch), cancellationToken));

    public static async Task<Ok<TrainingProgramDto>> ActivateTrainingProgram(
        ISender sender, HttpResponse response, Guid id, [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch, CancellationToken cancellationToken) =>
        response.OkWithETag(await sender.Send(new SetTrainingProgramActiveCommand(id, true, ifMatch), cancellationToken));
}
