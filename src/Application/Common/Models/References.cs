using AsnCompetency.Domain.Organisation;
using AsnCompetency.Domain.Positions;

namespace AsnCompetency.Application.Common.Models;

/// <summary>An agency as referenced from other resources.</summary>
/// <param name="Id">The agency's identifier.</param>
/// <param name="Code">Short unique code, e.g. LAMSEL.</param>
/// <param name="Name">The agency's name.</param>
/// <param name="Region">Province or region.</param>
/// <param name="Kind">Ministry, institution, province, regency, city, …</param>
public sealed record AgencyReferenceDto(Guid Id, string Code, string Name, string Region, AgencyKind Kind);

/// <summary>A unit as referenced from other resources.</summary>
/// <param name="Id">The unit's identifier.</param>
/// <param name="Code">Code, unique within the agency.</param>
/// <param name="Name">The unit's name.</param>
/// <param name="Kind">Dinas, badan, kecamatan, bidang, …</param>
public sealed record UnitReferenceDto(Guid Id, string Code, string Name, UnitKind Kind);

/// <summary>A position as referenced from other resources.</summary>
/// <param name="Id">The position's identifier.</param>
/// <param name="Code">Code, unique within the agency.</param>
/// <param name="Name">The position's name.</param>
/// <param name="Type">JPT, Administrator, Pengawas, Pelaksana or a functional level.</param>
public sealed record PositionReferenceDto(Guid Id, string Code, string Name, PositionType Type)
{
    /// <summary>Manajerial or Nonmanajerial, from the type.</summary>
    public PositionCategory Category => PositionTypes.CategoryOf(Type);
}
