using AsnCompetency.Application.Common.Concurrency;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Domain.Organisation;

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
}
