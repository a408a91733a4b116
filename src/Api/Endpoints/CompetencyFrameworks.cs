using AsnCompetency.Api.Infrastructure;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.CompetencyFrameworks;
using AsnCompetency.Application.CompetencyFrameworks.Commands.AddCompetency;
using AsnCompetency.Application.CompetencyFrameworks.Commands.CreateCompetencyFramework;
using AsnCompetency.Application.CompetencyFrameworks.Commands.CreateCompetencyFrameworkVersion;
using AsnCompetency.Application.CompetencyFrameworks.Commands.DeleteCompetencyFramework;
using AsnCompetency.Application.CompetencyFrameworks.Commands.PublishCompetencyFramework;
using AsnCompetency.Application.CompetencyFrameworks.Commands.RetireCompetencyFramework;
using AsnCompetency.Application.CompetencyFrameworks.Commands.UpdateCompetencyFramework;
using AsnCompetency.Application.CompetencyFrameworks.Queries.GetCompetencyFramework;
using AsnCompetency.Application.CompetencyFrameworks.Queries.GetCompetencyFrameworks;
using AsnCompetency.Application.CompetencyFrameworks.Queries.GetCompetencyTree;
using AsnCompetency.Application.Interchange;
using AsnCompetency.Application.Interchange.Case;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace AsnCompetency.Api.Endpoints;

/// <summary>Competency frameworks: the national standard and agencies' technical dictionaries.</summary>
public sealed class CompetencyFrameworks : EndpointGroupBase
{
    public const string Path = EndpointMappingExtensions.ApiBase + "/competency-frameworks";

    /// <summary>Uploads larger than this answer 413; the largest published CASE packages are a few megabytes.</summary>
    public const long MaxImportBytes = 20L * 1024 * 1024;

    public override void Map(RouteGroupBuilder group)
    {
        group.MapGet(GetCompetencyFrameworks)
            .WithSummary("List competency frameworks")
            .WithDescription("Frameworks visible to the caller: national ones and their own agency's. Filter by status, owner and text; paged.")
            .ProducesProblems(StatusCodes.Status400BadRequest);
        group.MapPost(CreateCompetencyFramework)
            .WithSummary("Create a draft framework")
            .WithDescription("Creates a draft, optionally with its whole competency tree. National frameworks: SystemAdmin. An agency's technical framework: that agency's AgencyAdmin.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status415UnsupportedMediaType);
        group.MapPost(ImportCompetencyFramework, "import")
            .RequireRateLimiting(RateLimiting.ImportPolicy)
            .WithSummary("Import a framework from a CASE package or a Moodle CSV")
            .WithDescription(
                "multipart/form-data with the file in 'file'. format=case: a CASE 1.1 (or 1.0) package, JSON, e.g. a CFPackage from OpenSALT or the CASE Network. " +
                "format=moodle-csv: Moodle's competency framework CSV (tool_lpimportcsv). The file becomes a new draft framework, all or nothing; " +
                "the answer has the framework and a report of what was mapped, skipped and adjusted (docs/interchange.md). dryRun=true only reads and reports. " +
                "SystemAdmin (national or any agency) and AgencyAdmin (own agency).")
            .Accepts<IFormFile>("multipart/form-data")
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxImportBytes))
            .Produces<FrameworkImportResultDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status429TooManyRequests);
        group.MapGet(ExportCompetencyFramework, "{id:guid}/export")
            .WithSummary("Export a framework as a CASE package or a Moodle CSV")
            .WithDescription("format=case: the CASE 1.1 CFPackage (JSON), as /ims/case/v1p1/CFPackages serves it. format=moodle-csv: Moodle's competency framework CSV. Anyone who can read the framework.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        group.MapGet(GetCompetencyFramework, "{id:guid}")
            .WithSummary("Get a framework")
            .WithDescription("The framework with its proficiency scale. The ETag header carries its version for If-Match.")
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPut(UpdateCompetencyFramework, "{id:guid}")
            .WithSummary("Change a draft framework")
            .WithDescription("Changes name, description, language and scale of a draft. Published frameworks answer 409; a stale If-Match 412.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed, StatusCodes.Status415UnsupportedMediaType);
        group.MapDelete(DeleteCompetencyFramework, "{id:guid}")
            .WithSummary("Delete a draft framework")
            .WithDescription("Deletes a draft with its tree. Published frameworks are retired instead (409).")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);
        group.MapPost(PublishCompetencyFramework, "{id:guid}/publish")
            .WithSummary("Publish a draft framework")
            .WithDescription("Publishes a draft whose competencies describe every level of the scale. Published frameworks are read-only.")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);
        group.MapPost(RetireCompetencyFramework, "{id:guid}/retire")
            .WithSummary("Retire a published framework")
            .WithDescription("Retires a published framework; it stays readable for history.")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);
        group.MapPost(CreateCompetencyFrameworkVersion, "{id:guid}/new-version")
            .WithSummary("Start a new version")
            .WithDescription("Clones a published or retired framework into a new draft with the next version number, linked to its predecessor.")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        group.MapGet(GetCompetencyTree, "{id:guid}/competencies")
            .WithSummary("Get the competency tree")
            .WithDescription("Groups and competencies as a tree, each competency with its level descriptions and behavioural indicators.")
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPost(AddCompetency, "{id:guid}/competencies")
            .WithSummary("Add a group or competency")
            .WithDescription("Adds an item to a draft framework's tree, at the top or under parentId.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status415UnsupportedMediaType);
    }

    public static async Task<Ok<PagedList<CompetencyFrameworkSummaryDto>>> GetCompetencyFrameworks(
        ISender sender, [AsParameters] GetCompetencyFrameworksQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    public static async Task<Created<CompetencyFrameworkDto>> CreateCompetencyFramework(
        ISender sender, HttpResponse response, CreateCompetencyFrameworkCommand command, CancellationToken cancellationToken)
    {
        var framework = await sender.Send(command, cancellationToken);
        return response.CreatedWithETag($"{Path}/{framework.Id}", framework);
    }

    public static async Task<Ok<CompetencyFrameworkDto>> GetCompetencyFramework(
        ISender sender, HttpResponse response, Guid id, CancellationToken cancellationToken) =>
        response.OkWithETag(await sender.Send(new GetCompetencyFrameworkQuery(id), cancellationToken));

    public static async Task<Ok<CompetencyFrameworkDto>> UpdateCompetencyFramework(
        ISender sender,
        HttpResponse response,
        Guid id,
        [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch,
        UpdateCompetencyFrameworkCommand command,
        CancellationToken cancellationToken) =>
        response.OkWithETag(await sender.Send(command with { Id = id, IfMatch = ifMatch }, cancellationToken));

    public static async Task<NoContent> DeleteCompetencyFramework(
        ISender sender, Guid id, [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteCompetencyFrameworkCommand(id, ifMatch), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<CompetencyFrameworkDto>> PublishCompetencyFramework(
        ISender sender, HttpResponse response, Guid id, [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch, CancellationToken cancellationToken) =>
        response.OkWithETag(await sender.Send(new PublishCompetencyFrameworkCommand(id, ifMatch), cancellationToken));

    public static async Task<Ok<CompetencyFrameworkDto>> RetireCompetencyFramework(
        ISender sender, HttpResponse response, Guid id, [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch, CancellationToken cancellationToken) =>
        response.OkWithETag(await sender.Send(new RetireCompetencyFrameworkCommand(id, ifMatch), cancellationToken));

    public static async Task<Created<CompetencyFrameworkDto>> CreateCompetencyFrameworkVersion(
        ISender sender, HttpResponse response, Guid id, CancellationToken cancellationToken)
    {
        var framework = await sender.Send(new CreateCompetencyFrameworkVersionCommand(id), cancellationToken);
        return response.CreatedWithETag($"{Path}/{framework.Id}", framework);
    }

    /// <param name="file">The CASE package (JSON) or Moodle CSV.</param>
    /// <param name="format">case or moodle-csv.</param>
    /// <param name="ownerAgencyId">The owning agency; an AgencyAdmin's own by default, national when a SystemAdmin names none.</param>
    /// <param name="code">The new framework's code; by default the file's, made unique for the owner.</param>
    /// <param name="dryRun">Read, check and report only; save nothing.</param>
    public static async Task<Results<Created<FrameworkImportResultDto>, Ok<FrameworkImportResultDto>>> ImportCompetencyFramework(
        ISender sender, IFormFile file, [FromQuery] string? format, [FromQuery] Guid? ownerAgencyId, [FromQuery] string? code, [FromQuery] bool? dryRun, CancellationToken cancellationToken)
    {
        await using var content = file.OpenReadStream();
        var result = await sender.Send(new ImportCompetencyFrameworkCommand(content, format ?? "", ownerAgencyId, code, dryRun ?? false), cancellationToken);
        return result.DryRun ? TypedResults.Ok(result) : TypedResults.Created($"{Path}/{result.Framework.Id}", result);
    }

    /// <param name="format">case or moodle-csv.</param>
    public static async Task<FileContentHttpResult> ExportCompetencyFramework(
        ISender sender, HttpContext context, IOptions<CaseOptions> options, Guid id, [FromQuery] string? format, CancellationToken cancellationToken)
    {
        var export = await sender.Send(new ExportCompetencyFrameworkQuery(id, format, Case.BaseUri(context, options)), cancellationToken);
        return TypedResults.File(export.Content, export.ContentType, export.FileName);
    }

    public static async Task<Ok<CompetencyTreeDto>> GetCompetencyTree(ISender sender, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetCompetencyTreeQuery(id), cancellationToken));

    public static async Task<Created<CompetencyDto>> AddCompetency(
        ISender sender, HttpResponse response, Guid id, AddCompetencyCommand command, CancellationToken cancellationToken)
    {
        var competency = await sender.Send(command with { FrameworkId = id }, cancellationToken);
        return response.CreatedWithETag($"{Competencies.Path}/{competency.Id}", competency);
    }
}
