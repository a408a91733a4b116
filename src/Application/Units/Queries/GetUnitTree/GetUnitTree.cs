using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Models;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Units.Queries.GetUnitTree;

/// <summary>An agency's units as a tree.</summary>
public sealed record GetUnitTreeQuery(Guid AgencyId) : IQuery<UnitTreeDto>;

public sealed class GetUnitTreeQueryHandler(IApplicationDbContext db) : IQueryHandler<GetUnitTreeQuery, UnitTreeDto>
{
    public async ValueTask<UnitTreeDto> Handle(GetUnitTreeQuery query, CancellationToken cancellationToken)
    {
        var agency = await db.Agencies.AsNoTracking()
            .Where(a => a.Id == query.AgencyId)
            .Select(a => new AgencyReferenceDto(a.Id, a.Code, a.Name, a.Region, a.Kind))
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Agency", query.AgencyId);
        var units = await db.Units.AsNoTracking().Where(u => u.AgencyId == query.AgencyId).ToDtos(db).ToListAsync(cancellationToken);

        var byParent = units.ToLookup(u => u.ParentId);
        return new UnitTreeDto(agency, units.Count, Children(null));

        IReadOnlyList<UnitNodeDto> Children(Guid? parentId) =>
            [.. byParent[parentId]
                .OrderBy(u => u.SortOrder)
                .ThenBy(u => u.Name, StringComparer.Ordinal)
                .Select(u => new UnitNodeDto
                {
                    Id = u.Id,
                    ParentId = u.ParentId,
                    Code = u.Code,
                    Name = u.Name,
                    Kind = u.Kind,
                    SortOrder = u.SortOrder,
                    IsActive = u.IsActive,
                    PositionCount = u.PositionCount,
                    EmployeeCount = u.EmployeeCount,
                    ETag = u.ETag,
                    Children = Children(u.Id),
                })];
    }
}
