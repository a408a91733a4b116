using AsnCompetency.Application.Common.Concurrency;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Domain.Organisation;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Agencies;

internal static class AgencyQueries
{
    /// <summary>Projects agencies with the counts of their units, positions and active employees, in SQL.</summary>
    public static IQueryable<AgencyDto> ToDtos(this IQueryable<Agency> agencies, IApplicationDbContext db) =>
        agencies.Select(a => new AgencyDto(
            a.Id,
            a.Code,
            a.Name,
            a.Region,
            a.Kind,
            a.PublishesFrameworks,
            db.Units.Count(u => u.AgencyId == a.Id),
            db.Positions.Count(p => p.AgencyId == a.Id),
            db.Employees.Count(e => e.AgencyId == a.Id && e.IsActive),
            a.UpdatedAt,
            "\"" + a.RowVersion + "\""));

    public static string ETagOf(Agency agency) => EntityTag.Format(agency.RowVersion);

    /// <summary>
    /// Loads an agency the caller may see for a change, refusing a stale If-Match (412), applies
    /// the change, saves it and returns the agency as it now is.
    /// </summary>
    public static async Task<AgencyDto> ChangeAsync(this IApplicationDbContext db, Guid id, string? ifMatch, Action<Agency> change, CancellationToken cancellationToken)
    {
        // The agency filter leaves an agency's users only their own agency: another is unknown (404).
        var agency = await db.Agencies.FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new NotFoundException("Agency", id);
        EntityTag.EnsureMatches(agency, ifMatch, $"Agency {agency.Code}");

        change(agency);
        await db.SaveChangesAsync(cancellationToken);
        return await db.Agencies.Where(a => a.Id == agency.Id).ToDtos(db).SingleAsync(cancellationToken);
    }
}
