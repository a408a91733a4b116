using AsnCompetency.Api.Infrastructure;
using AsnCompetency.Application.Tna.Gaps;
using AsnCompetency.Application.Tna.Priorities;
using AsnCompetency.Application.Tna.Recommendations;
using AsnCompetency.Application.Tna.Settings;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AsnCompetency.Api.Endpoints;

/// <summary>Training needs analysis (AKPK): gaps, priorities, recommendations and the rules behind them.</summary>
public sealed class Tna : EndpointGroupBase
{
    public override void Map(RouteGroupBuilder group)
    {
        group.MapGet(GetGaps, "gaps")
            .WithSummary("Aggregated competency gaps")
            .WithDescription(
                "groupBy: unit (default), agency, region, competency, positionType, or up to three of them comma-separated (unit,competency for a heatmap). " +
                "Per group: headcount, people never / partly / fully assessed, people with a gap, people meeting the standard and their share of the fully assessed, mean gap. " +
                "Never-assessed people are reported, not counted as zero or as meeting. Computed in PostgreSQL.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        group.MapGet(GetPriorities, "priorities")
            .WithSummary("Training priorities")
            .WithDescription("Competencies (and their groups) ranked by a score of gap size, SKJ criticality, people affected and time since related training, weighted by the agency's settings (GET /tna/settings).")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        group.MapGet(GetRecommendations, "recommendations")
            .WithSummary("Programmes for the prioritised gaps")
            .WithDescription("For each of the top priorities: the active programmes (national or the agency's) that bring participants above their current level, with the people who would benefit and the gap closure expected.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        group.MapGet(GetTnaSettings, "settings")
            .WithSummary("Get the training-needs rules")
            .WithDescription("Current-level rule, method priority, validity period, JPM thresholds, priority weights and JP limits that apply to the agency (its own or the national defaults).")
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPut(UpdateTnaSettings, "settings")
            .WithSummary("Change the training-needs rules")
            .WithDescription("An AgencyAdmin changes their agency's rules; a SystemAdmin any agency's, or the national defaults when agencyId is omitted. Send If-Match with the ETag read.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed, StatusCodes.Status415UnsupportedMediaType);
    }

    public static async Task<Ok<GapReportDto>> GetGaps(ISender sender, [AsParameters] GetGapsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    public static async Task<Ok<PriorityReportDto>> GetPriorities(ISender sender, [AsParameters] GetPrioritiesQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    public static async Task<Ok<RecommendationReportDto>> GetRecommendations(ISender sender, [AsParameters] GetRecommendationsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    /// <param name="agencyId">The agency; default the caller's (national defaults for a national user).</param>
    public static async Task<Ok<TnaSettingsDto>> GetTnaSettings(ISender sender, HttpResponse response, [FromQuery] Guid? agencyId, CancellationToken cancellationToken) =>
        response.OkWithETag(await sender.Send(new GetTnaSettingsQuery(agencyId), cancellationToken));

    public static async Task<Ok<TnaSettingsDto>> UpdateTnaSettings(
        ISender sender,
        HttpResponse response,
        [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch,
        UpdateTnaSettingsCommand command,
        CancellationToken cancellationToken) =>
        response.OkWithETag(await sender.Send(command.WithIfMatch(ifMatch), cancellationToken));
}
