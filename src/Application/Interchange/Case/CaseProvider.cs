using System.Globalization;
using System.Text.Json;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Frameworks;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AsnCompetency.Application.Interchange.Case;

/// <summary>
/// A CASE request that cannot be answered: written as the CASE imsx_StatusInfo (codeMajor
/// failure, severity error) with the given codeMinor, e.g. unknownobject or invalid_selection_field.
/// </summary>
public sealed class CaseRequestException(int status, string codeMinor, string description) : Exception(description)
{
    public const string UnknownObject = "unknownobject";
    public const string InvalidSelectionField = "invalid_selection_field";
    public const string InvalidSortField = "invalid_sort_field";
    public const string InvalidUuid = "invalid_uuid";
    public const string Unauthorised = "unauthorisedrequest";
    public const string InternalServerError = "internal_server_error";
    public const string ServerBusy = "server_busy";

    public int Status { get; } = status;

    public string CodeMinor { get; } = codeMinor;

    public static CaseRequestException NotFound(string what, string id) =>
        new(404, UnknownObject, $"There is no {what} with identifier {id} that you may read.");

    public static CaseRequestException BadParameter(string parameter, string message) =>
        new(400, InvalidSelectionField, $"Query parameter '{parameter}': {message}");

    public static Guid ParseId(string? id) =>
        Guid.TryParse(id, out var parsed) && id!.Length == 36
            ? parsed
            : throw new CaseRequestException(400, InvalidUuid, $"'{id}' is not a UUID such as 8f5fd0a6-3d35-4c73-9c52-7a4c4d1e0b5a.");
}

/// <summary>
/// Which frameworks the CASE provider shows: published (and retired) public ones to anyone (national
/// ones when configured so, an agency's when the agency publishes its frameworks); and to a signed-in caller (a person or an API client) also whatever
/// their role and agency let them read, drafts of their own agency included.
/// </summary>
public sealed class CaseAccess(IApplicationDbContext db, ICurrentUser user, IOptions<CaseOptions> options)
{
    public async Task<List<CompetencyFramework>> VisibleFrameworksAsync(CancellationToken cancellationToken)
    {
        var frameworks = await PublicFrameworks().AsNoTracking().ToListAsync(cancellationToken);
        if (user.IsAuthenticated)
        {
            var known = frameworks.Select(f => f.Id).ToHashSet();
            frameworks.AddRange((await db.CompetencyFrameworks.AsNoTracking().ToListAsync(cancellationToken)).Where(f => !known.Contains(f.Id)));
        }

        return frameworks;
    }

    public async Task<CompetencyFramework?> FindAsync(Guid frameworkId, CancellationToken cancellationToken)
    {
        var framework = await PublicFrameworks().AsNoTracking()
            .FirstOrDefaultAsync(f => f.Id == frameworkId, cancellationToken);
        if (framework is null && user.IsAuthenticated)
        {
            framework = await db.CompetencyFrameworks.AsNoTracking().FirstOrDefaultAsync(f => f.Id == frameworkId, cancellationToken);
        }

        return framework;
    }

    public async Task<CompetencyFramework?> FindByDocumentAsync(Guid documentId, CancellationToken cancellationToken)
    {
        var frameworkId = await db.CompetencyFrameworks.IgnoreQueryFilters()
            .Where(f => f.CaseIdentifier == documentId)
            .Select(f => (Guid?)f.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return frameworkId is { } id ? await FindAsync(id, cancellationToken) : null;
    }

    /// <summary>The framework that holds an item, when the caller may read it.</summary>
    public async Task<CompetencyFramework?> FindByItemAsync(Guid itemId, CancellationToken cancellationToken)
    {
        var frameworkId = await db.Competencies.IgnoreQueryFilters()
            .Where(c => c.CaseIdentifier == itemId)
            .Select(c => (Guid?)c.FrameworkId)
            .FirstOrDefaultAsync(cancellationToken);
        return frameworkId is { } id ? await FindAsync(id, cancellationToken) : null;
    }

    /// <summary>Builds the CASE view of a framework the caller may read.</summary>
    public async Task<CasePackageBuilder> BuilderAsync(CompetencyFramework framework, string baseUri, CancellationToken cancellationToken)
    {
        var items = await db.Competencies.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.FrameworkId == framework.Id)
            .ToListAsync(cancellationToken);
        return new CasePackageBuilder(framework, items, await OwnerAsync(framework.OwnerAgencyId, cancellationToken), baseUri);
    }

    public async Task<CaseOwner> OwnerAsync(Guid? agencyId, CancellationToken cancellationToken)
    {
        if (agencyId is null)
        {
            return new CaseOwner(options.Value.NationalCreator, null);
        }

        var agency = await db.Agencies.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Id == agencyId)
            .Select(a => new { a.Name, a.Code })
            .FirstAsync(cancellationToken);
        return new CaseOwner(agency.Name, agency.Code);
    }

    public async Task<Dictionary<Guid, CaseOwner>> OwnersAsync(IEnumerable<Guid> agencyIds, CancellationToken cancellationToken)
    {
        var ids = agencyIds.Distinct().ToList();
        return await db.Agencies.IgnoreQueryFilters().AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => new CaseOwner(a.Name, a.Code), cancellationToken);
    }

    public CaseOwner NationalOwner => new(options.Value.NationalCreator, null);

    /// <summary>The CASE items of visible frameworks, reduced to what association identifiers are made of.</summary>
    public async Task<List<(Guid FrameworkId, Guid DocumentId, Guid ItemId, Guid? ParentItemId, List<Guid> RelatedItemIds)>> AssociationKeysAsync(
        IReadOnlyCollection<CompetencyFramework> frameworks, CancellationToken cancellationToken)
    {
        var ids = frameworks.Select(f => f.Id).ToList();
        var rows = await db.Competencies.IgnoreQueryFilters().AsNoTracking()
            .Where(c => ids.Contains(c.FrameworkId))
            .Select(c => new { c.Id, c.FrameworkId, c.CaseIdentifier, c.ParentId, c.RelatedCompetencyIds })
            .ToListAsync(cancellationToken);
        var caseIds = rows.ToDictionary(r => r.Id, r => r.CaseIdentifier);
        var documents = frameworks.ToDictionary(f => f.Id, f => f.CaseIdentifier);
        return [.. rows.Select(r => (
            r.FrameworkId,
            documents[r.FrameworkId],
            r.CaseIdentifier,
            r.ParentId is { } parent ? caseIds[parent] : (Guid?)null,
            r.RelatedCompetencyIds.Where(caseIds.ContainsKey).Select(id => caseIds[id]).ToList()))];
    }

    private IQueryable<CompetencyFramework> PublicFrameworks()
    {
        var national = options.Value.PublicNational;
        var publishingAgencies = db.Agencies.IgnoreQueryFilters().Where(a => a.PublishesFrameworks).Select(a => (Guid?)a.Id);
        return db.CompetencyFrameworks.IgnoreQueryFilters().Where(f =>
            f.Status != FrameworkStatus.Draft
            && ((national && f.OwnerAgencyId == null) || publishingAgencies.Contains(f.OwnerAgencyId)));
    }
}

/// <summary>Lists the CASE documents the caller may read: limit, offset, sort, orderBy, filter and fields as CASE 1.1 defines them.</summary>
/// <param name="BaseUri">The absolute URI of the CASE API, for the documents' URIs.</param>
[AllowAnonymous]
public sealed record GetCaseDocumentsQuery(
    string BaseUri, string? Limit, string? Offset, string? Sort, string? OrderBy, string? Filter, string? Fields) : IQuery<CaseDocumentPage>;

/// <summary>One page of documents and how many there are in all.</summary>
public sealed record CaseDocumentPage(CaseDocumentSet Set, int TotalCount, int Limit, int Offset);

public sealed class GetCaseDocumentsQueryHandler(CaseAccess access) : IQueryHandler<GetCaseDocumentsQuery, CaseDocumentPage>
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public async ValueTask<CaseDocumentPage> Handle(GetCaseDocumentsQuery query, CancellationToken cancellationToken)
    {
        var limit = ParseCount("limit", query.Limit, DefaultLimit, 1, MaxLimit);
        var offset = ParseCount("offset", query.Offset, 0, 0, int.MaxValue);
        var descending = query.OrderBy?.Trim().ToLowerInvariant() switch
        {
            null or "" or "asc" => false,
            "desc" => true,
            _ => throw CaseRequestException.BadParameter("orderBy", $"must be asc or desc; \"{query.OrderBy}\" is not."),
        };
        var sort = string.IsNullOrWhiteSpace(query.Sort) ? null : CaseDocumentFields.Scalar(query.Sort.Trim())
            ?? throw new CaseRequestException(400, CaseRequestException.InvalidSortField, $"Query parameter 'sort': \"{query.Sort}\" is not a field of CFDocument that can be sorted on ({string.Join(", ", CaseDocumentFields.ScalarNames)}).");
        var filter = CaseFilter.Parse(query.Filter);
        var fields = CaseDocumentFields.ParseSelection(query.Fields);

        var frameworks = await access.VisibleFrameworksAsync(cancellationToken);
        var owners = await access.OwnersAsync(frameworks.Where(f => f.OwnerAgencyId is not null).Select(f => f.OwnerAgencyId!.Value), cancellationToken);
        var documents = frameworks
            .Select(f => JsonSerializer.SerializeToElement(
                new CasePackageBuilder(f, [], f.OwnerAgencyId is { } owner ? owners[owner] : access.NationalOwner, query.BaseUri).Document(standalone: true),
                CaseJson.Options))
            .Where(filter.Matches)
            .ToList();

        IEnumerable<JsonElement> ordered = sort is null
            ? documents.OrderBy(d => CaseFilter.Text(d, "title"), StringComparer.OrdinalIgnoreCase).ThenBy(d => CaseFilter.Text(d, "identifier"), StringComparer.Ordinal)
            : descending
                ? documents.OrderByDescending(d => CaseFilter.Text(d, sort), StringComparer.OrdinalIgnoreCase).ThenBy(d => CaseFilter.Text(d, "identifier"), StringComparer.Ordinal)
                : documents.OrderBy(d => CaseFilter.Text(d, sort), StringComparer.OrdinalIgnoreCase).ThenBy(d => CaseFilter.Text(d, "identifier"), StringComparer.Ordinal);
        var page = ordered.Skip(offset).Take(limit).Select(d => CaseDocumentFields.Select(d, fields)).ToList();
        return new CaseDocumentPage(new CaseDocumentSet(page), documents.Count, limit, offset);
    }

    private static int ParseCount(string name, string? value, int fallback, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed < min || parsed > max)
        {
            throw CaseRequestException.BadParameter(name, $"must be a whole number from {min} to {max}; \"{value}\" is not.");
        }

        return parsed;
    }
}

/// <summary>One CASE document (a framework) the caller may read.</summary>
[AllowAnonymous]
public sealed record GetCaseDocumentQuery(string BaseUri, string Id) : IQuery<CaseDocument>;

public sealed class GetCaseDocumentQueryHandler(CaseAccess access) : IQueryHandler<GetCaseDocumentQuery, CaseDocument>
{
    public async ValueTask<CaseDocument> Handle(GetCaseDocumentQuery query, CancellationToken cancellationToken)
    {
        var id = CaseRequestException.ParseId(query.Id);
        var framework = await access.FindByDocumentAsync(id, cancellationToken) ?? throw CaseRequestException.NotFound("CFDocument", query.Id);
        return new CasePackageBuilder(framework, [], await access.OwnerAsync(framework.OwnerAgencyId, cancellationToken), query.BaseUri).Document(standalone: true);
    }
}

/// <summary>A whole framework as a CASE package.</summary>
[AllowAnonymous]
public sealed record GetCasePackageQuery(string BaseUri, string Id) : IQuery<CasePackage>;

public sealed class GetCasePackageQueryHandler(CaseAccess access) : IQueryHandler<GetCasePackageQuery, CasePackage>
{
    public async ValueTask<CasePackage> Handle(GetCasePackageQuery query, CancellationToken cancellationToken)
    {
        var id = CaseRequestException.ParseId(query.Id);
        var framework = await access.FindByDocumentAsync(id, cancellationToken) ?? throw CaseRequestException.NotFound("CFPackage", query.Id);
        return (await access.BuilderAsync(framework, query.BaseUri, cancellationToken)).Package();
    }
}

/// <summary>One CASE item (a group or competency).</summary>
[AllowAnonymous]
public sealed record GetCaseItemQuery(string BaseUri, string Id) : IQuery<CaseItem>;

public sealed class GetCaseItemQueryHandler(CaseAccess access) : IQueryHandler<GetCaseItemQuery, CaseItem>
{
    public async ValueTask<CaseItem> Handle(GetCaseItemQuery query, CancellationToken cancellationToken)
    {
        var id = CaseRequestException.ParseId(query.Id);
        var framework = await access.FindByItemAsync(id, cancellationToken) ?? throw CaseRequestException.NotFound("CFItem", query.Id);
        return (await access.BuilderAsync(framework, query.BaseUri, cancellationToken)).FindItem(id, standalone: true)!;
    }
}

/// <summary>An item with every association that starts or ends at it.</summary>
[AllowAnonymous]
public sealed record GetCaseItemAssociationsQuery(string BaseUri, string Id) : IQuery<CaseItemAssociationSet>;

public sealed class GetCaseItemAssociationsQueryHandler(CaseAccess access) : IQueryHandler<GetCaseItemAssociationsQuery, CaseItemAssociationSet>
{
    public async ValueTask<CaseItemAssociationSet> Handle(GetCaseItemAssociationsQuery query, CancellationToken cancellationToken)
    {
        var id = CaseRequestException.ParseId(query.Id);
        var framework = await access.FindByItemAsync(id, cancellationToken) ?? throw CaseRequestException.NotFound("CFItem", query.Id);
        var builder = await access.BuilderAsync(framework, query.BaseUri, cancellationToken);
        var identifier = CaseIdentifiers.Format(id);
        var associations = builder.Associations()
            .Where(a => a.OriginNodeUri.Identifier == identifier || a.DestinationNodeUri.Identifier == identifier)
            .Select(a => a with { DocumentUri = new CaseLinkUri(framework.Name, CaseIdentifiers.Format(framework.CaseIdentifier), builder.DocumentUri) })
            .ToList();
        return new CaseItemAssociationSet(builder.FindItem(id, standalone: true)!, associations);
    }
}

/// <summary>One association (isChildOf or isRelatedTo).</summary>
[AllowAnonymous]
public sealed record GetCaseAssociationQuery(string BaseUri, string Id) : IQuery<CaseAssociation>;

public sealed class GetCaseAssociationQueryHandler(CaseAccess access) : IQueryHandler<GetCaseAssociationQuery, CaseAssociation>
{
    public async ValueTask<CaseAssociation> Handle(GetCaseAssociationQuery query, CancellationToken cancellationToken)
    {
        var id = CaseRequestException.ParseId(query.Id);

        // Association identifiers are name-based (one-way), so the owner is found by working out
        // the identifiers of the visible frameworks' associations: a few ids per item, no texts.
        var frameworks = await access.VisibleFrameworksAsync(cancellationToken);
        Guid? frameworkId = null;
        foreach (var key in await access.AssociationKeysAsync(frameworks, cancellationToken))
        {
            if (CaseIdentifiers.ChildOf(key.ItemId, key.ParentItemId ?? key.DocumentId) == id
                || key.RelatedItemIds.Any(related => CaseIdentifiers.RelatedTo(key.ItemId, related) == id))
            {
                frameworkId = key.FrameworkId;
                break;
            }
        }

        var framework = frameworks.FirstOrDefault(f => f.Id == frameworkId) ?? throw CaseRequestException.NotFound("CFAssociation", query.Id);
        return (await access.BuilderAsync(framework, query.BaseUri, cancellationToken)).FindAssociation(id)
            ?? throw CaseRequestException.NotFound("CFAssociation", query.Id);
    }
}

/// <summary>The rubric of one framework's level descriptions.</summary>
[AllowAnonymous]
public sealed record GetCaseRubricQuery(string BaseUri, string Id) : IQuery<CaseRubric>;

public sealed class GetCaseRubricQueryHandler(CaseAccess access) : IQueryHandler<GetCaseRubricQuery, CaseRubric>
{
    public async ValueTask<CaseRubric> Handle(GetCaseRubricQuery query, CancellationToken cancellationToken)
    {
        var id = CaseRequestException.ParseId(query.Id);
        var framework = (await access.VisibleFrameworksAsync(cancellationToken)).FirstOrDefault(f => CaseIdentifiers.Rubric(f.CaseIdentifier) == id)
            ?? throw CaseRequestException.NotFound("CFRubric", query.Id);
        return (await access.BuilderAsync(framework, query.BaseUri, cancellationToken)).Rubric()
            ?? throw CaseRequestException.NotFound("CFRubric", query.Id);
    }
}
