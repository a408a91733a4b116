using AsnCompetency.Domain.Positions;

namespace AsnCompetency.Application.StandardDefaults;

/// <summary>
/// The levels new positions are proposed to require for the national managerial and
/// socio-cultural competencies, per position type, as they apply to one agency (or nationally).
/// </summary>
public sealed record StandardDefaultsDto(Guid? AgencyId, IReadOnlyList<StandardDefaultDto> Items);

/// <summary>The level for one position type and where it comes from.</summary>
/// <param name="RequiredLevel">The level that applies; null when neither the agency nor the national configuration sets one.</param>
/// <param name="NationalLevel">The national default for the type.</param>
/// <param name="IsAgencyOverride">True when the agency's own setting replaces the national one.</param>
public sealed record StandardDefaultDto(
    PositionType PositionType,
    string PositionTypeName,
    PositionCategory Category,
    int? RequiredLevel,
    int? NationalLevel,
    bool IsAgencyOverride);
