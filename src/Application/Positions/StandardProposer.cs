using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Domain.Frameworks;
using AsnCompetency.Domain.Positions;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Positions;

/// <summary>
/// Proposes the standard of a new position: every managerial and socio-cultural competency of
/// the current national standard (the newest published version of each national framework) at
/// the level configured for the position type, the agency's own setting before the national one.
/// Technical competencies are the agency's to add.
/// </summary>
internal static class StandardProposer
{
    public static async Task<IReadOnlyList<StandardRequirement>> ProposeAsync(
        this IApplicationDbContext db, Guid agencyId, PositionType positionType, CancellationToken cancellationToken)
    {
        var level = await db.StandardDefaults
            .Where(d => d.PositionType == positionType && (d.AgencyId == agencyId || d.AgencyId == null))
            .OrderBy(d => d.AgencyId == null)
            .Select(d => (int?)d.RequiredLevel)
            .FirstOrDefaultAsync(cancellationToken);
        if (level is null)
        {
            return [];
        }

        var frameworks = await db.CompetencyFrameworks
            .Where(f => f.OwnerAgencyId == null && f.Status == FrameworkStatus.Published)
            .Where(f => !db.CompetencyFrameworks.Any(newer =>
                newer.OwnerAgencyId == null && newer.Code == f.Code && newer.Status == FrameworkStatus.Published && newer.Version > f.Version))
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var levelCounts = frameworks.ToDictionary(f => f.Id, f => f.LevelCount);
        var frameworkIds = levelCounts.Keys.ToList();

        var competencies = await db.Competencies
            .Where(c => frameworkIds.Contains(c.FrameworkId)
                && c.ItemType == CompetencyItemType.Competency
                && (c.GroupKind == CompetencyGroupKind.Manajerial || c.GroupKind == CompetencyGroupKind.SosialKultural))
            .OrderBy(c => c.Code)
            .Select(c => new { c.Id, c.Code, c.FrameworkId })
            .ToListAsync(cancellationToken);

        return [.. competencies.Select(c => new StandardRequirement(
            c.Id, c.Code, c.FrameworkId, levelCounts[c.FrameworkId], Math.Min(level.Value, levelCounts[c.FrameworkId]), PositionStandard.DefaultWeight))];
    }
}
