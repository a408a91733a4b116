using System.Globalization;
using AsnCompetency.Api.Infrastructure;
using AsnCompetency.Application.Interchange.Case;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace AsnCompetency.Api.Endpoints;

/// <summary>
/// The CASE 1.1 provider (1EdTech Competencies and Academic Standards Exchange): frameworks as
/// CFDocuments, their items, associations and rubric. GET only. Public published frameworks
/// (national ones by configuration, an agency's by the agency's choice) need no token; otherwise
/// a bearer token (any signed-in user or an API client) shows what its holder may read. Errors are
/// CASE imsx_StatusInfo objects.
/// </summary>
public sealed class Case : EndpointGroupBase
{
    public const string Base = "/ims/case/v1p1";

    public override string BasePath => Base;

    public override string? Route => "";

    public override bool RequiresAuthentication => false;

    public override void Map(RouteGroupBuilder group)
    {
        group.MapGet(GetCaseDocuments, "CFDocuments")
            .WithSummary("List CASE documents (frameworks)")
            .WithDescription(
                "{\"CFDocuments\": [...]}: the frameworks the caller may read. limit (1-1000, default 100) and offset page; sort names a CFDocument field, orderBy asc or desc; " +
                "filter takes predicates such as title~'Kompetensi' AND adoptionStatus='Adopted' (=, !=, >, >=, <, <=, ~); fields picks the fields returned. " +
                "X-Total-Count gives the number of documents, Link the next, previous, first and last pages.")
            .Produces<CaseDocumentSet>()
            .Produces<CaseStatusInfo>(StatusCodes.Status400BadRequest)
            .Produces<CaseStatusInfo>(StatusCodes.Status500InternalServerError)
            .Produces<CaseStatusInfo>(StatusCodes.Status401Unauthorized);
        group.MapGet(GetCaseDocument, "CFDocuments/{id}")
            .WithSummary("Get a CASE document")
            .Produces<CaseDocument>()
            .Produces<CaseStatusInfo>(StatusCodes.Status400BadRequest)
            .Produces<CaseStatusInfo>(StatusCodes.Status500InternalServerError)
            .Produces<CaseStatusInfo>(StatusCodes.Status404NotFound);
        group.MapGet(GetCasePackage, "CFPackages/{id}")
            .WithSummary("Get a framework as a CASE package")
            .WithDescription("The CFDocument with every CFItem, CFAssociation (isChildOf, isRelatedTo) and the CFRubric of the level descriptions.")
            .Produces<CasePackage>()
            .Produces<CaseStatusInfo>(StatusCodes.Status400BadRequest)
            .Produces<CaseStatusInfo>(StatusCodes.Status500InternalServerError)
            .Produces<CaseStatusInfo>(StatusCodes.Status404NotFound);
        group.MapGet(GetCaseItem, "CFItems/{id}")
            .WithSummary("Get a CASE item (group or competency)")
            .Produces<CaseItem>()
            .Produces<CaseStatusInfo>(StatusCodes.Status400BadRequest)
            .Produces<CaseStatusInfo>(StatusCodes.Status500InternalServerError)
            .Produces<CaseStatusInfo>(StatusCodes.Status404NotFound);
        group.MapGet(GetCaseAssociation, "CFAssociations/{id}")
            .WithSummary("Get a CASE association")
            .Produces<CaseAssociation>()
            .Produces<CaseStatusInfo>(StatusCodes.Status400BadRequest)
            .Produces<CaseStatusInfo>(StatusCodes.Status500InternalServerError)
            .Produces<CaseStatusInfo>(StatusCodes.Status404NotFound);
        group.MapGet(GetCaseItemAssociations, "CFItemAssociations/{id}")
            .WithSummary("Get a CASE item with its associations")
            .Produces<CaseItemAssociationSet>()
            .Produces<CaseStatusInfo>(StatusCodes.Status400BadRequest)
            .Produces<CaseStatusInfo>(StatusCodes.Status500InternalServerError)
            .Produces<CaseStatusInfo>(StatusCodes.Status404NotFound);
        group.MapGet(GetCaseRubric, "CFRubrics/{id}")
            .WithSummary("Get a framework's CASE rubric")
            .WithDescription("One criterion per competency, one criterion level per described proficiency level (score = level, quality = level name).")
            .Produces<CaseRubric>()
            .Produces<CaseStatusInfo>(StatusCodes.Status400BadRequest)
            .Produces<CaseStatusInfo>(StatusCodes.Status500InternalServerError)
            .Produces<CaseStatusInfo>(StatusCodes.Status404NotFound);
    }

    /// <param name="limit">Documents per page, 1 to 1000 (default 100).</param>
    /// <param name="offset">Documents to skip (default 0).</param>
    /// <param name="sort">A CFDocument field to sort on (default title).</param>
    /// <param name="orderBy">asc (default) or desc.</param>
    /// <param name="filter">Predicates such as title~'Kompetensi' joined by AND or OR.</param>
    /// <param name="fields">The CFDocument fields to return, comma-separated (default all).</param>
    public static async Task<IResult> GetCaseDocuments(
        ISender sender, HttpContext context, IOptions<CaseOptions> options,
        [FromQuery] string? limit, [FromQuery] string? offset, [FromQuery] string? sort, [FromQuery] string? orderBy, [FromQuery] string? filter, [FromQuery] string? fields,
        CancellationToken cancellationToken)
    {
        var baseUri = BaseUri(context, options);
        var page = await sender.Send(new GetCaseDocumentsQuery(baseUri, limit, offset, sort, orderBy, filter, fields), cancellationToken);
        context.Response.Headers["X-Total-Count"] = page.TotalCount.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.Link = PageLinks(context, page);
        return TypedResults.Json(page.Set, CaseJson.Options);
    }

    public static async Task<IResult> GetCaseDocument(ISender sender, HttpContext context, IOptions<CaseOptions> options, string id, CancellationToken cancellationToken) =>
        TypedResults.Json(await sender.Send(new GetCaseDocumentQuery(BaseUri(context, options), id), cancellationToken), CaseJson.Options);

    public static async Task<IResult> GetCasePackage(ISender sender, HttpContext context, IOptions<CaseOptions> options, string id, CancellationToken cancellationToken) =>
        TypedResults.Json(await sender.Send(new GetCasePackageQuery(BaseUri(context, options), id), cancellationToken), CaseJson.Options);

    public static async Task<IResult> GetCaseItem(ISender sender, HttpContext context, IOptions<CaseOptions> options, string id, CancellationToken cancellationToken) =>
        TypedResults.Json(await sender.Send(new GetCaseItemQuery(BaseUri(context, options), id), cancellationToken), CaseJson.Options);

    public static async Task<IResult> GetCaseAssociation(ISender sender, HttpContext context, IOptions<CaseOptions> options, string id, CancellationToken cancellationToken) =>
        TypedResults.Json(await sender.Send(new GetCaseAssociationQuery(BaseUri(context, options), id), cancellationToken), CaseJson.Options);

    public static async Task<IResult> GetCaseItemAssociations(ISender sender, HttpContext context, IOptions<CaseOptions> options, string id, CancellationToken cancellationToken) =>
        TypedResults.Json(await sender.Send(new GetCaseItemAssociationsQuery(BaseUri(context, options), id), cancellationToken), CaseJson.Options);

    public static async Task<IResult> GetCaseRubric(ISender sender, HttpContext context, IOptions<CaseOptions> options, string id, CancellationToken cancellationToken) =>
        TypedResults.Json(await sender.Send(new GetCaseRubricQuery(BaseUri(context, options), id), cancellationToken), CaseJson.Options);

    /// <summary>
    /// The absolute URI of the CASE API. A token that was sent but is not valid is refused here,
    /// rather than quietly answering as if nobody had signed in.
    /// </summary>
    public static string BaseUri(HttpContext context, IOptions<CaseOptions> options)
    {
        if (context.Request.Headers.Authorization.Count > 0 && context.User.Identity?.IsAuthenticated != true)
        {
            throw new CaseRequestException(StatusCodes.Status401Unauthorized, CaseRequestException.Unauthorised, "The bearer token is not valid (expired, or not issued here); send a valid token or none.");
        }

        var root = string.IsNullOrWhiteSpace(options.Value.BaseUrl)
            ? $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}"
            : options.Value.BaseUrl.TrimEnd('/');
        return root + Base;
    }

    private static string PageLinks(HttpContext context, CaseDocumentPage page)
    {
        var request = context.Request;
        string Link(int offset, string rel)
        {
            var query = request.Query.Where(q => q.Key is not ("offset" or "limit"))
                .Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}")
                .Append($"limit={page.Limit}")
                .Append($"offset={offset}");
            return $"<{request.Scheme}://{request.Host}{request.PathBase}{request.Path}?{string.Join("&", query)}>; rel=\"{rel}\"";
        }

        var links = new List<string>();
        if (page.Offset + page.Limit < page.TotalCount)
        {
            links.Add(Link(page.Offset + page.Limit, "next"));
        }

        if (page.Offset > 0)
        {
            links.Add(Link(Math.Max(0, page.Offset - page.Limit), "prev"));
        }

        links.Add(Link(0, "first"));
        links.Add(Link(page.TotalCount == 0 ? 0 : (page.TotalCount - 1) / page.Limit * page.Limit, "last"));
        return string.Join(", ", links);
    }
}
