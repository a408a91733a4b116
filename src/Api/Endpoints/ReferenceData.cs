using AsnCompetency.Api.Infrastructure;
using AsnCompetency.Application.Grades;
using AsnCompetency.Application.StandardDefaults;
using AsnCompetency.Application.StandardDefaults.GetStandardDefaults;
using AsnCompetency.Application.StandardDefaults.UpdateStandardDefaults;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AsnCompetency.Api.Endpoints;

/// <summary>Grades (golongan) and the default required levels per position type.</summary>
public sealed class ReferenceData : EndpointGroupBase
{
    public override string Route => "";

    public override void Map(RouteGroupBuilder group)
    {
        group.MapGet(GetGrades, "grades")
            .WithSummary("List grades")
            .WithDescription("PNS golongan/ruang with pangkat (I/a Juru Muda … IV/e Pembina Utama) and PPPK grades I–XVII.")
            .ProducesProblems(StatusCodes.Status400BadRequest);
        group.MapGet(GetStandardDefaults, "standard-defaults")
            .WithSummary("Get the default required levels per position type")
            .WithDescription("The levels new positions are proposed to require for the national managerial and socio-cultural competencies; with agencyId, that agency's overrides over the national defaults.")
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPut(UpdateStandardDefaults, "standard-defaults")
            .WithSummary("Set default required levels")
            .WithDescription("National defaults (SystemAdmin, no agencyId) or an agency's overrides (its AgencyAdmin); requiredLevel null removes an agency override.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status415UnsupportedMediaType);
    }

    public static async Task<Ok<IReadOnlyList<GradeDto>>> GetGrades(ISender sender, [AsParameters] GetGradesQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    public static async Task<Ok<StandardDefaultsDto>> GetStandardDefaults(ISender sender, [AsParameters] GetStandardDefaultsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    public static async Task<Ok<StandardDefaultsDto>> UpdateStandardDefaults(ISender sender, UpdateStandardDefaultsCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command, cancellationToken));
}
