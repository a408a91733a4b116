using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.Units;
using AsnCompetency.Domain.Positions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Positions.Queries.GetPositions;

/// <summary>Positions the caller can see, filtered and paged.</summary>
/// <param name="AgencyId">Only this agency's positions (national users).</param>
/// <param name="UnitId">Only positions in this unit (and, with includeSubunits, the units below it).</param>
/// <param name="IncludeSubunits">With unitId: include the units below it (default true).</param>
/// <param name="Type">Only positions of this type.</param>
/// <param name="Category">Only Manajerial or Nonmanajerial positions.</param>
/// <param name="Search">Text to find in code or name (case-insensitive).</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Items per page, 1 to 500.</param>
/// <param name="Sort">One of name, code, type; prefix with '-' for descending. Default: name.</param>
public sealed record GetPositionsQuery(
    Guid? AgencyId = null,
    Guid? UnitId = null,
    bool IncludeSubunits = true,
    PositionType? Type = null,
    PositionCategory? Category = null,
    string? Search = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    string? Sort = null) : IQuery<PagedList<PositionDto>>, IPagedQuery
{
    public static readonly IReadOnlyList<string> SortKeys = ["name", "code", "type"];
}

public sealed class GetPositionsQueryHandler(IApplicationDbContext db) : IQueryHandler<GetPositionsQuery, PagedList<PositionDto>>
{
    private static readonly PositionType[] ManagerialTypes =
        [.. Enum.GetValues<PositionType>().Where(t => PositionTypes.CategoryOf(t) == PositionCategory.Manajerial)];

    public async ValueTask<PagedList<PositionDto>> Handle(GetPositionsQuery query, CancellationToken cancellationToken)
    {
        var positions = db.Positions.AsNoTracking();
        if (query.AgencyId is { } agencyId)
        {
            positions = positions.Where(p => p.AgencyId == agencyId);
        }

        if (query.UnitId is { } unitId)
        {
            if (query.IncludeSubunits)
            {
                var prefix = await db.SubtreePrefixAsync(unitId, cancellationToken);
                positions = positions.Where(p => db.Units.Any(u => u.Id == p.UnitId && u.Path.StartsWith(prefix)));
            }
            else
            {
                positions = positions.Where(p => p.UnitId == unitId);
            }
        }

        if (query.Type is { } type)
        {
            positions = positions.Where(p => p.Type == type);
        }

        if (query.Category is { } category)
        {
            positions = category == PositionCategory.Manajerial
                ? positions.Where(p => ManagerialTypes.Contains(p.Type))
                : positions.Where(p => !ManagerialTypes.Contains(p.Type));
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var text = query.Search.Trim().ToLower();
            positions = positions.Where(p => p.Code.ToLower().Contains(text) || p.Name.ToLower().Contains(text));
        }

        var ordered = (query.Sort?.TrimStart('-'), query.Sort?.StartsWith('-') == true) switch
        {
            ("code", false) => positions.OrderBy(p => p.Code),
            ("code", true) => positions.OrderByDescending(p => p.Code),
            ("type", false) => positions.OrderBy(p => p.Type).ThenBy(p => p.Name),
            ("type", true) => positions.OrderByDescending(p => p.Type).ThenBy(p => p.Name),
            ("name", true) => positions.OrderByDescending(p => p.Name).ThenBy(p => p.Code),
            _ => positions.OrderBy(p => p.Name).ThenBy(p => p.Code),
        };
        return await PagedList<PositionDto>.CreateAsync(ordered.ThenBy(p => p.Id).ToDtos(db), query.Page, query.PageSize, cancellationToken);
    }
}
