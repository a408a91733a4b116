using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Domain.Organisation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Agencies.Queries.GetAgencies;

/// <summary>The agencies the caller can see: all for national users, their own otherwise.</summary>
/// <param name="Kind">Only agencies of this kind.</param>
/// <param name="Search">Text to find in code, name or region (case-insensitive).</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Items per page, 1 to 500.</param>
public sealed record GetAgenciesQuery(AgencyKind? Kind = null, string? Search = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedList<AgencyDto>>, IPagedQuery;

public sealed class GetAgenciesQueryHandler(IApplicationDbContext db) : IQueryHandler<GetAgenciesQuery, PagedList<AgencyDto>>
{
    public async ValueTask<PagedList<AgencyDto>> Handle(GetAgenciesQuery query, CancellationToken cancellationToken)
    {
        var agencies = db.Agencies.AsNoTracking();
        if (query.Kind is { } kind)
        {
            agencies = agencies.Where(a => a.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var text = query.Search.Trim().ToLower();
            agencies = agencies.Where(a => a.Code.ToLower().Contains(text) || a.Name.ToLower().Contains(text) || a.Region.ToLower().Contains(text));
        }

        return await PagedList<AgencyDto>.CreateAsync(agencies.OrderBy(a => a.Name).ThenBy(a => a.Id).ToDtos(db), query.Page, query.PageSize, cancellationToken);
    }
}
