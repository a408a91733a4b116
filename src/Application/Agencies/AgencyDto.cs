using AsnCompetency.Application.Common.Models;
using AsnCompetency.Domain.Organisation;

namespace AsnCompetency.Application.Agencies;

/// <summary>An agency (instansi) with the size of its organisation.</summary>
/// <param name="Id">The agency's identifier.</param>
/// <param name="Code">Short unique code, e.g. LAMSEL.</param>
/// <param name="Name">The agency's name.</param>
/// <param name="Region">Province or region.</param>
/// <param name="Kind">Ministry, institution, province, regency, city, …</param>
/// <param name="PublishesFrameworks">Its published frameworks are readable by anyone, without a token, through the CASE provider (/ims/case/v1p1).</param>
/// <param name="UnitCount">Units in its organisation tree.</param>
/// <param name="PositionCount">Positions in its units.</param>
/// <param name="EmployeeCount">Active employees.</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
/// <param name="ETag">The row version; send it back in If-Match when changing the agency.</param>
public sealed record AgencyDto(
    Guid Id,
    string Code,
    string Name,
    string Region,
    AgencyKind Kind,
    bool PublishesFrameworks,
    int UnitCount,
    int PositionCount,
    int EmployeeCount,
    DateTimeOffset UpdatedAt,
    string ETag) : IVersioned;
