using AsnCompetency.Api.Infrastructure;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.DevelopmentPlans;
using AsnCompetency.Application.DevelopmentPlans.Commands.CreateDevelopmentPlan;
using AsnCompetency.Application.DevelopmentPlans.Commands.GeneratePlanItems;
using AsnCompetency.Application.DevelopmentPlans.Commands.PlanItems;
using AsnCompetency.Application.DevelopmentPlans.Commands.PlanWorkflow;
using AsnCompetency.Application.DevelopmentPlans.Commands.UpdateDevelopmentPlan;
using AsnCompetency.Application.DevelopmentPlans.Queries;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AsnCompetency.Api.Endpoints;

/// <summary>Annual competency development plans (Rencana Pengembangan Kompetensi): items, generation, the 20 JP check, and approval.</summary>
public sealed class DevelopmentPlans : EndpointGroupBase
{
    public const string Path = EndpointMappingExtensions.ApiBase + "/development-plans";

    private static readonly int[] ChangeProblems =
    [
        StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed, StatusCodes.Status415UnsupportedMediaType,
    ];

    public override void Map(RouteGroupBuilder group)
    {
        group.MapGet(GetDevelopmentPlans)
            .WithSummary("List development plans")
            .WithDescription("The agency's plans (all agencies' for national users), newest year first; filter by agency, year and status.")
            .ProducesProblems(StatusCodes.Status400BadRequest);
        group.MapPost(CreateDevelopmentPlan)
            .WithSummary("Start a development plan")
            .WithDescription("A draft plan for one agency and year (one per agency and year: a second answers 409).")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status415UnsupportedMediaType);
        group.MapGet(GetDevelopmentPlan, "{id:guid}")
            .WithSummary("Get a development plan")
            .WithDescription("With items and totals. The ETag covers the items; send it as If-Match with every change.")
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPut(UpdateDevelopmentPlan, "{id:guid}")
            .WithSummary("Change a draft plan's title and budget ceiling")
            .ProducesProblems(ChangeProblems);
        group.MapPost(AddPlanItem, "{id:guid}/items")
            .WithSummary("Add an item to a draft plan")
            .WithDescription("For one employee (employeeId) or a group of a unit's staff (unitId + participantCount). JP and cost default to the programme's.")
            .ProducesProblems(ChangeProblems);
        group.MapPut(UpdatePlanItem, "{id:guid}/items/{itemId:guid}")
            .WithSummary("Change an item of a draft plan")
            .ProducesProblems(ChangeProblems);
        group.MapDelete(RemovePlanItem, "{id:guid}/items/{itemId:guid}")
            .WithSummary("Remove an item from a draft plan")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);
        group.MapPost(GeneratePlanItems, "{id:guid}/generate")
            .WithSummary("Generate items from the training needs, within the budget")
            .WithDescription(
                "Chooses (person, programme) pairs that maximise the weighted gap closure within the budget, each person's available JP and each programme's capacity. " +
                "Exact for small cases, greedy with an upper bound for large ones. Replaces earlier generated items; reports what was chosen, the budget used, the closure, and what was left out and why.")
            .ProducesProblems(ChangeProblems);
        group.MapGet(GetPlanJpCheck, "{id:guid}/jp-check")
            .WithSummary("Check the 20 JP minimum")
            .WithDescription("Each active PNS's JP of the year (already earned in the ledger plus planned in this plan) against the minimum, listing who falls short; PPPK above their maximum.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        group.MapGet(GetDevelopmentPlanHistory, "{id:guid}/history")
            .WithSummary("Get a plan's audit trail")
            .WithDescription("Every change, generation and decision with who and when, oldest first.")
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPost(SubmitDevelopmentPlan, "{id:guid}/submit")
            .WithSummary("Submit a draft plan for approval")
            .WithDescription("Draft → Submitted. The items freeze until the plan is approved or returned.")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);
        group.MapPost(ReturnDevelopmentPlan, "{id:guid}/return")
            .WithSummary("Return a submitted plan to draft")
            .WithDescription("Submitted → Draft, with the reason.")
            .ProducesProblems(ChangeProblems);
        group.MapPost(ApproveDevelopmentPlan, "{id:guid}/approve")
            .WithSummary("Approve a submitted plan")
            .WithDescription("Submitted → Approved. An approved plan is final: every later change answers 409.")
            .ProducesProblems(ChangeProblems);
    }

    public static async Task<Ok<PagedList<DevelopmentPlanSummaryDto>>> GetDevelopmentPlans(ISender sender, [AsParameters] GetDevelopmentPlansQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    public static async Task<Created<DevelopmentPlanDto>> CreateDevelopmentPlan(ISender sender, HttpResponse response, CreateDevelopmentPlanCommand command, CancellationToken cancellationToken)
    {
        var plan = await sender.Send(command, cancellationToken);
        return response.CreatedWithETag($"{Path}/{plan.Id}", plan);
    }

    public static async Task<Ok<DevelopmentPlanDto>> GetDevelopmentPlan(ISender sender, HttpResponse response, Guid id, CancellationToken cancellationToken) =>
        response.OkWithETag(await sender.Send(new GetDevelopmentPlanQuery(id), cancellationToken));

    public static async Task<Ok<DevelopmentPlanDto>> UpdateDevelopmentPlan(
        ISender sender, HttpResponse response, Guid id, [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch, UpdateDevelopmentPlanCommand command, CancellationToken cancellationToken) =>
        response.OkWithETag(await sender.Send(command.For(id, ifMatch), cancellationToken));

    public static async Task<Ok<DevelopmentPlanDto>> AddPlanItem(
        ISender sender, HttpResponse response, Guid id, [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch, AddPlanItemCommand command, CancellationToken cancellationToken) =>
        response.OkWithETag(await sender.Send(command.For(id, ifMatch), cancellationToken));

    public static async Task<Ok<DevelopmentPlanDto>> UpdatePlanItem(
        ISender sender, HttpResponse response, Guid id, Guid itemId, [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch, UpdatePlanItemCommand command, CancellationToken cancellationToken) =>
        response.OkWithETag(await sender.Send(command.For(id, itemId, ifMatch), cancellationToken));

    public static async Task<Ok<DevelopmentPlanDto>> RemovePlanItem(
        ISender sender, HttpResponse response, Guid id, Guid itemId, [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch, CancellationToken cancellationToken) =>
        response.OkWithETag(await sender.Send(new RemovePlanItemCommand(id, itemId, ifMatch), cancellationToken));

    public static async Task<Ok<PlanGenerationReportDto>> GeneratePlanItems(
        ISender sender, HttpResponse response, Guid id, [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch, GeneratePlanItemsCommand? command, CancellationToken cancellationToken)
    {
        var report = await sender.Send((command ?? new GeneratePlanItemsCommand()).For(id, ifMatch), cancellationToken);
        response.Headers.ETag = report.Plan.ETag;
        return TypedResults.Ok(report);
    }

    /// <param name="limit">At most this many people per list (default 200).</param>
    public static async Task<Ok<PlanJpCheckDto>> GetPlanJpCheck(ISender sender, Guid id, [FromQuery] int? limit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetPlanJpCheckQuery(id, limit ?? 200), cancellationToken));

    public static async Task<Ok<IReadOnlyList<PlanEventDto>>> GetDevelopmentPlanHistory(ISender sender, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetDevelopmentPlanHistoryQuery(id), cancellationToken));

    public static async Task<Ok<DevelopmentPlanDto>> SubmitDevelopmentPlan(
        ISender sender, HttpResponse response, Guid id, [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch, CancellationToken cancellationToken) =>
        response.OkWithETag(await sender.Send(new SubmitDevelopmentPlanCommand(id, ifMatch), cancellationToken));

    public static async Task<Ok<DevelopmentPlanDto>> ReturnDevelopmentPlan(
        ISender sender, HttpResponse response, Guid id, [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch, ReturnDevelopmentPlanCommand command, CancellationToken cancellationToken) =>
        response.OkWithETag(await sender.Send(command.For(id, ifMatch), cancellationToken));

    public static async Task<Ok<DevelopmentPlanDto>> ApproveDevelopmentPlan(
        ISender sender, HttpResponse response, Guid id, [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch, ApproveDevelopmentPlanCommand? command, CancellationToken cancellationToken) =>
        response.OkWithETag(await sender.Send((command ?? new ApproveDevelopmentPlanCommand()).For(id, ifMatch), cancellationToken));
}
