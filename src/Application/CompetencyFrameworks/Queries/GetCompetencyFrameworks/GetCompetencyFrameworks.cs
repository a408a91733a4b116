using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Domain.Frameworks;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.CompetencyFrameworks.Queries.GetCompetencyFrameworks;

/// <summary>Lists the frameworks the caller can see, filtered and paged.</summary>
/// <param name="Status">Only frameworks in this status.</param>
/// <param name="Owner">"national" for national frameworks, or an agency id for that agency's frameworks.</param>
/// <param name="Search">Text to find in code, name, alternative name or description (case-insensitive).</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Items per page, 1 to 500.</param>
/// <param name="Sort">One of code, name, version, status, updatedAt; prefix with '-' for descending. Default: code, newest version first.</param>
public sealed record GetCompetencyFrameworksQuery(
    FrameworkStatus? Status = null,
    string? Owner = null,
    string? Search = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    string? Sort = null) : IQuery<PagedList<CompetencyFrameworkSummaryDto>>, IPagedQuery
{
    public const string NationalOwner = "national";

    public static readonly IReadOnlyList<string> SortKeys = ["code", "name", "version", "status", "updatedAt"];
}

public sealed class GetCompetencyFrameworksQueryHandler(IApplicationDbContext db)
    : IQueryHandler<GetCompetencyFrameworksQuery, PagedList<CompetencyFrameworkSummaryDto>>
{
    public async ValueTask<PagedList<CompetencyFrameworkSummaryDto>> Handle(GetCompetencyFrameworksQuery query, CancellationToken cancellationToken)
    {
        var frameworks = db.CompetencyFrameworks.AsNoTracking();
        if (query.Status is { } status)
        {
            frameworks = frameworks.Where(f => f.Status == status);
        }

        if (string.Equals(query.Owner, GetCompetencyFrameworksQuery.NationalOwner, StringComparison.OrdinalIgnoreCase))
        {
            frameworks = frameworks.Where(f => f.OwnerAgencyId == null);
        }
        else if (Guid.TryParse(query.Owner, out var agencyId))
        {
            frameworks = frameworks.Where(f => f.OwnerAgencyId == agencyId);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var text = query.Search.Trim().ToLower();
            frameworks = frameworks.Where(f =>
                f.Code.ToLower().Contains(text)
                || f.Name.ToLower().Contains(text)
                || (f.AlternativeName != null && f.AlternativeName.ToLower().Contains(text))
                || (f.Description != null && f.Description.ToLower().Contains(text)));
        }

        var summaries = Sort(frameworks, query.Sort).ThenBy(f => f.Id).Select(f => new CompetencyFrameworkSummaryDto(
            f.Id,
            f.Code,
            f.Name,
            f.AlternativeName,
            f.Language,
            f.OwnerAgencyId,
            db.Agencies.Where(a => a.Id == f.OwnerAgencyId).Select(a => a.Name).FirstOrDefault(),
            f.Version,
            f.Status,
            f.PublishedAt,
            f.RetiredAt,
            f.Competencies.Count(c => c.ItemType == CompetencyItemType.Competency),
            f.UpdatedAt));

        return await PagedList<CompetencyFrameworkSummaryDto>.CreateAsync(summaries, query.Page, query.PageSize, cancellationToken);
    }

    private static IOrderedQueryable<CompetencyFramework> Sort(IQueryable<CompetencyFramework> frameworks, string? sort)
    {
        var descending = sort?.StartsWith('-') == true;
        var key = sort?.TrimStart('-');
        return (key, descending) switch
        {
            ("name", false) => frameworks.OrderBy(f => f.Name).ThenBy(f => f.Id),
            ("name", true) => frameworks.OrderByDescending(f => f.Name).ThenBy(f => f.Id),
            ("version", false) => frameworks.OrderBy(f => f.Version).ThenBy(f => f.Code),
            ("version", true) => frameworks.OrderByDescending(f => f.Version).ThenBy(f => f.Code),
            ("status", false) => frameworks.OrderBy(f => f.Status).ThenBy(f => f.Code),
            ("status", true) => frameworks.OrderByDescending(f => f.Status).ThenBy(f => f.Code),
            ("updatedAt", false) => frameworks.OrderBy(f => f.UpdatedAt).ThenBy(f => f.Id),
            ("updatedAt", true) => frameworks.OrderByDescending(f => f.UpdatedAt).ThenBy(f => f.Id),
            ("code", true) => frameworks.OrderByDescending(f => f.Code).ThenByDescending(f => f.Version),
            _ => frameworks.OrderBy(f => f.Code).ThenByDescending(f => f.Version),
        };
    }
}
