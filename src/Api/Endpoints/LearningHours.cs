using AsnCompetency.Api.Infrastructure;
using AsnCompetency.Application.Training.LearningHours;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AsnCompetency.Api.Endpoints;

/// <summary>The JP ledger across people: compliance with the yearly 20 JP minimum (PNS) and 24 JP maximum (PPPK).</summary>
public sealed class LearningHours : EndpointGroupBase
{
    public override void Map(RouteGroupBuilder group) =>
        group.MapGet(GetJpCompliance, "compliance")
            .WithSummary("JP compliance report")
            .WithDescription(
                "For a year, per unit (groupBy=unit, default) or agency: headcount, PNS meeting and below the minimum with the share meeting, PPPK above the maximum, total and mean JP; " +
                "and the PNS below the minimum, fewest JP first. People are placed by the position they held at the end of the year. Computed in PostgreSQL.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

    public static async Task<Ok<JpComplianceDto>> GetJpCompliance(ISender sender, [AsParameters] GetJpComplianceQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));
}
