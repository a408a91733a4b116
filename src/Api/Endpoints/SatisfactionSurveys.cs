using AsnCompetency.Api.Infrastructure;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.Evaluation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AsnCompetency.Api.Endpoints;

/// <summary>Community satisfaction surveys (IKM, PermenPANRB 14/2017) of service units, and the before/after comparison around training.</summary>
public sealed class SatisfactionSurveys : EndpointGroupBase
{
    public const string Path = EndpointMappingExtensions.ApiBase + "/satisfaction-surveys";

    public override void Map(RouteGroupBuilder group)
    {
        group.MapGet(GetSatisfactionSurveys)
            .WithSummary("List satisfaction surveys")
            .WithDescription("The agency's surveys (all for national users), newest period first; filter by unit, agency and year.")
            .ProducesProblems(StatusCodes.Status400BadRequest);
        group.MapPost(CreateSatisfactionSurvey)
            .WithSummary("Record a satisfaction survey")
            .WithDescription(
                "For a service unit and period: responses (each respondent's nine answers 1–4, in the order of the nine elements) or elementAverages with respondentCount. " +
                "Answers the element averages (NRR), the index on 1–4 and on 25–100 (rounded only at the end) and the grade: ≥ 88.31 A, ≥ 76.61 B, ≥ 65.00 C, else D.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status415UnsupportedMediaType);
        group.MapGet(GetSatisfactionSurvey, "{id:guid}")
            .WithSummary("Get a satisfaction survey")
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapGet(GetSatisfactionComparison, "comparison")
            .WithSummary("Compare a unit's index before and after a training session")
            .WithDescription("The unit's last survey ending by the session's start against its first survey starting after the session's end, with the difference on 25–100.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
    }

    public static async Task<Ok<PagedList<SatisfactionSurveyDto>>> GetSatisfactionSurveys(ISender sender, [AsParameters] GetSatisfactionSurveysQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    public static async Task<Created<SatisfactionSurveyDto>> CreateSatisfactionSurvey(ISender sender, HttpResponse response, CreateSatisfactionSurveyCommand command, CancellationToken cancellationToken)
    {
        var survey = await sender.Send(command, cancellationToken);
        return response.CreatedWithETag($"{Path}/{survey.Id}", survey);
    }

    public static async Task<Ok<SatisfactionSurveyDto>> GetSatisfactionSurvey(ISender sender, HttpResponse response, Guid id, CancellationToken cancellationToken) =>
        response.OkWithETag(await sender.Send(new GetSatisfactionSurveyQuery(id), cancellationToken));

    /// <param name="unitId">The service unit.</param>
    /// <param name="sessionId">The training session its staff attended.</param>
    public static async Task<Ok<SatisfactionComparisonDto>> GetSatisfactionComparison(ISender sender, [FromQuery] Guid unitId, [FromQuery] Guid sessionId, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetSatisfactionComparisonQuery(unitId, sessionId), cancellationToken));
}
