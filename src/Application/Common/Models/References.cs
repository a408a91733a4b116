using AsnCompetency.Domain.Organisation;
using AsnCompetency.Domain.Positions;

namespace AsnCompetency.Application.Common.Models;

/// <summary>An agency as referenced from other resources.</summary>
public sealed record AgencyReferenceDto(Guid Id, string Code, string Name, string Region, AgencyKind Kind);

/// <summary>A unit as referenced from other resources.</summary>
public sealed record UnitReferenceDto(Guid Id, string Code, string Name, UnitKind Kind);

/// <summary>A position as referenced from other resources.</summary>
public sealed record PositionReferenceDto(Guid Id, string Code, string Name, PositionType Type)
{
    /// <summary>Manajerial or Nonmanajerial, from the type.</summary>
    public PositionCategory Category => PositionTypes.CategoryOf(Type);
}
