using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Organisation;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Units;

internal static class UnitQueries
{
    public const string Resource = "Unit";

    public static IQueryable<UnitDto> ToDtos(this IQueryable<OrganisationUnit> units, IApplicationDbContext db) =>
        units.Select(u => new UnitDto
        {
            Id = u.Id,
            AgencyId = u.AgencyId,
            ParentId = u.ParentId,
            Code = u.Code,
            Name = u.Name,
            Kind = u.Kind,
            SortOrder = u.SortOrder,
            IsActive = u.IsActive,
            PositionCount = db.Positions.Count(p => p.UnitId == u.Id),
            EmployeeCount = db.Employees.Count(e => e.UnitId == u.Id && e.IsActive),
            ETag = "\"" + u.RowVersion + "\"",
        });

    /// <summary>Loads a unit for a change after checking the caller maintains its agency.</summary>
    public static async Task<OrganisationUnit> LoadForChangeAsync(this IApplicationDbContext db, ICurrentUser user, Guid unitId, CancellationToken cancellationToken)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == unitId, cancellationToken)
            ?? throw new NotFoundException(Resource, unitId);
        AccessPolicy.EnsureCanMaintain(user, unit.AgencyId, $"unit {unit.Code}");
        return unit;
    }

    /// <summary>
    /// The path prefix that selects a unit and everything below it, or a prefix nothing has when
    /// the unit is not visible (so a filter on an unknown unit finds nothing instead of failing).
    /// </summary>
    public static async Task<string> SubtreePrefixAsync(this IApplicationDbContext db, Guid unitId, CancellationToken cancellationToken) =>
        await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(cancellationToken) ?? "-";

    /// <summary>The parent for a new or moved unit: it must exist in the same agency.</summary>
    public static async Task<OrganisationUnit?> FindParentAsync(this IApplicationDbContext db, Guid? parentId, Guid agencyId, CancellationToken cancellationToken)
    {
        if (parentId is null)
        {
            return null;
        }

        var parent = await db.Units.FirstOrDefaultAsync(u => u.Id == parentId, cancellationToken);
        if (parent is null || parent.AgencyId != agencyId)
        {
            throw new ValidationException("parentId", $"There is no unit {parentId} in this agency.");
        }

        return parent;
    }
}
