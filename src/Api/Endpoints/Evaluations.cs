using AsnCompetency.Api.Infrastructure;
using AsnCompetency.Application.Evaluation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AsnCompetency.Api.Endpoints;

/// <summary>Training effect across sessions, grouped by programme, competency or agency.</summary>
public sealed class Evaluations : EndpointGroupBase
{
    public override void Map(RouteGroupBuilder group) =>
        group.MapGet(GetEvaluations)
            .WithSummary("Aggregated training evaluation")
            .WithDescription(
                "groupBy: program (default), competency (level instruments) or agency (of the participant); filters year, programId, agencyId, competencyId. " +
                "Scores are put on 0–100 of each instrument's range and pooled; per group the same statistics as a session's evaluation.")
            .ProducesProblems(StatusCodes.Status400BadRequest);

    public static async Task<Ok<EvaluationReportDto>> GetEvaluations(ISender sender, [AsParameters] GetEvaluationsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));
}
