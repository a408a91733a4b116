using System.Text;
using AsnCompetency.Api.Infrastructure;
using AsnCompetency.Application.Assessments;
using AsnCompetency.Application.Assessments.Commands.CorrectAssessment;
using AsnCompetency.Application.Assessments.Commands.RecordAssessment;
using AsnCompetency.Application.Assessments.Commands.RecordAssessments;
using AsnCompetency.Application.Assessments.Import;
using AsnCompetency.Application.Assessments.Queries.GetAssessment;
using AsnCompetency.Application.Assessments.Queries.GetAssessments;
using AsnCompetency.Application.Common.Models;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AsnCompetency.Api.Endpoints;

/// <summary>Competency assessments: an append-only history per employee and competency.</summary>
public sealed class Assessments : EndpointGroupBase
{
    public const string Path = EndpointMappingExtensions.ApiBase + "/assessments";

    public override void Map(RouteGroupBuilder group)
    {
        group.MapGet(GetAssessments)
            .WithSummary("List assessments")
            .WithDescription("Newest first; filter by employee, competency, agency, method and date range. Superseded assessments are included unless includeSuperseded=false. An Employee sees only their own.")
            .ProducesProblems(StatusCodes.Status400BadRequest);
        group.MapPost(RecordAssessment)
            .WithSummary("Record an assessment")
            .WithDescription("Assessors and admins of the employee's agency record any method; an Employee only a Self assessment of themselves. The level must lie within the scale of the competency's framework; the date not in the future.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status415UnsupportedMediaType);
        group.MapPost(RecordAssessments, "batch")
            .WithSummary("Record many assessments at once")
            .WithDescription($"Up to {RecordAssessmentsCommandValidator.MaxItems} items (employees × competencies) in one transaction: all are recorded, or none, with every failing item named as items[i].field.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status415UnsupportedMediaType);
        group.MapGet(GetAssessment, "{id:guid}")
            .WithSummary("Get an assessment")
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPost(CorrectAssessment, "{id:guid}/corrections")
            .WithSummary("Correct an assessment")
            .WithDescription("Records a new assessment that supersedes this one, with the reason. The original stays in the history but no longer counts. An assessment is corrected once; correct the correction after that (409).")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status415UnsupportedMediaType);
        group.MapPost(ImportAssessments, "import")
            .RequireRateLimiting(RateLimiting.ImportPolicy)
            .WithSummary("Import assessments from CSV or XLSX")
            .WithDescription(
                "multipart/form-data with the file in 'file'. All or nothing: with errors the answer is 422 listing every failing row, " +
                "column and message, and nothing is written. dryRun=true only checks. Each row is one assessment of an active employee " +
                "of the agency (by NIP) in one competency (by code). CSV in UTF-8 (BOM optional) separated by ',' or ';'. " +
                "Columns: GET /assessments/import/template.")
            .Accepts<IFormFile>("multipart/form-data")
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(Employees.MaxImportBytes))
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status429TooManyRequests);
        group.MapGet(GetAssessmentImportTemplate, "import/template")
            .WithSummary("Download the assessment import template")
            .WithDescription("A CSV with the import columns and two example rows.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
    }

    public static async Task<Ok<PagedList<AssessmentDto>>> GetAssessments(ISender sender, [AsParameters] GetAssessmentsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    public static async Task<Created<AssessmentDto>> RecordAssessment(ISender sender, RecordAssessmentCommand command, CancellationToken cancellationToken)
    {
        var assessment = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"{Path}/{assessment.Id}", assessment);
    }

    public static async Task<Ok<AssessmentBatchResultDto>> RecordAssessments(ISender sender, RecordAssessmentsCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command, cancellationToken));

    public static async Task<Ok<AssessmentDto>> GetAssessment(ISender sender, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetAssessmentQuery(id), cancellationToken));

    public static async Task<Created<AssessmentDto>> CorrectAssessment(ISender sender, Guid id, CorrectAssessmentCommand command, CancellationToken cancellationToken)
    {
        var correction = await sender.Send(command.WithAssessment(id), cancellationToken);
        return TypedResults.Created($"{Path}/{correction.Id}", correction);
    }

    /// <param name="file">The CSV or XLSX file.</param>
    /// <param name="dryRun">Check only; write nothing.</param>
    /// <param name="agencyId">The agency whose employees were assessed; defaults to the caller's own (required for national users).</param>
    public static async Task<Ok<AssessmentImportResultDto>> ImportAssessments(
        ISender sender,
        IFormFile file,
        [FromQuery] bool? dryRun,
        [FromQuery] Guid? agencyId,
        CancellationToken cancellationToken)
    {
        await using var content = file.OpenReadStream();
        var command = new ImportAssessmentsCommand(content, file.FileName, agencyId, dryRun ?? false);
        return TypedResults.Ok(await sender.Send(command, cancellationToken));
    }

    public static FileContentHttpResult GetAssessmentImportTemplate() =>
        ImportTemplate.Csv(
            AssessmentImportColumns.All.Select(c => c.Name),
            "assessment-import-template.csv",
            "198609262015051001,M.01,,3,Supervisor,2025-03-14,Dra. Sri Wahyuni,Observasi kinerja triwulan I,",
            "198609262015051001,M.02,PERMENPANRB-38-2017,4,AssessmentCentre,2025-02-20,UPT Penilaian Kompetensi,Laporan AC nomor 12/2025,https://example.go.id/ac/12-2025.pdf");
}
