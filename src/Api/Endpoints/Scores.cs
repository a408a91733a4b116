using AsnCompetency.Api.Infrastructure;
using AsnCompetency.Application.Evaluation.Import;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AsnCompetency.Api.Endpoints;

/// <summary>Participants' scores across sessions: the file import (the grid of one session is under /training-sessions/{id}/scores).</summary>
public sealed class Scores : EndpointGroupBase
{
    public override void Map(RouteGroupBuilder group)
    {
        group.MapPost(ImportScores, "import")
            .RequireRateLimiting(RateLimiting.ImportPolicy)
            .WithSummary("Import pre/post scores from CSV or XLSX")
            .WithDescription(
                "multipart/form-data with the file in 'file'. All or nothing: with errors the answer is 422 listing every failing row, " +
                "column and message, and nothing is written. dryRun=true only checks. Each row is one participant's (NIP) score on one " +
                "instrument of one session (by codes; program_code when a session code is in several programmes) in one phase (Pre, Post, " +
                "FollowUp). A score already recorded is replaced; a row with an empty score is skipped. Unknown NIPs, participants not " +
                "holding a place and scores off the instrument's scale are errors. CSV in UTF-8 (BOM optional) separated by ',' or ';'. " +
                "Columns: GET /scores/import/template.")
            .Accepts<IFormFile>("multipart/form-data")
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(Employees.MaxImportBytes))
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status429TooManyRequests);
        group.MapGet(GetScoreImportTemplate, "import/template")
            .WithSummary("Download the score import template")
            .WithDescription("A CSV with the import columns and example rows.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
    }

    /// <param name="file">The CSV or XLSX file.</param>
    /// <param name="dryRun">Check only; write nothing.</param>
    public static async Task<Ok<ScoreImportResultDto>> ImportScores(ISender sender, IFormFile file, [FromQuery] bool? dryRun, CancellationToken cancellationToken)
    {
        await using var content = file.OpenReadStream();
        return TypedResults.Ok(await sender.Send(new ImportScoresCommand(content, file.FileName, dryRun ?? false), cancellationToken));
    }

    public static FileContentHttpResult GetScoreImportTemplate() =>
        ImportTemplate.Csv(
            ScoreImportColumns.All.Select(c => c.Name),
            "score-import-template.csv",
            "198609262015051001,ANGKATAN-1,LATSAR-CPNS,,TEST,Pre,62.5",
            "198609262015051001,ANGKATAN-1,LATSAR-CPNS,,TEST,Post,81",
            "198609262015051001,ANGKATAN-1,LATSAR-CPNS,,M.01,Pre,2");
}
