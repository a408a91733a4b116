using AsnCompetency.Application.Common.Models;
using AsnCompetency.Domain.Frameworks;
using AsnCompetency.Domain.Positions;

namespace AsnCompetency.Application.Positions;

/// <summary>A position with its unit and the size of its standard.</summary>
public sealed record PositionDto : IVersioned
{
    /// <summary>The position's identifier.</summary>
    public Guid Id { get; init; }

    /// <summary>The agency it belongs to.</summary>
    public Guid AgencyId { get; init; }

    /// <summary>The unit it is in.</summary>
    public UnitReferenceDto Unit { get; init; } = null!;

    /// <summary>Code, unique within the agency.</summary>
    public string Code { get; init; } = "";

    /// <summary>The position's name.</summary>
    public string Name { get; init; } = "";

    /// <summary>JPT, Administrator, Pengawas, Pelaksana or a functional level.</summary>
    public PositionType Type { get; init; }

    /// <summary>Manajerial (JPT, Administrator, Pengawas) or Nonmanajerial (Fungsional, Pelaksana).</summary>
    public PositionCategory Category => PositionTypes.CategoryOf(Type);

    /// <summary>The legacy structural echelon (Ia … Va) of a structural position; null for others.</summary>
    public Eselon? Eselon { get; init; }

    /// <summary>False once abolished (kept for history).</summary>
    public bool IsActive { get; init; }

    /// <summary>Number of competencies in the position's standard (SKJ).</summary>
    public int StandardCount { get; init; }

    /// <summary>Active employees currently in the position.</summary>
    public int EmployeeCount { get; init; }

    /// <summary>When it last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The row version; send it back in If-Match when changing the position.</summary>
    public string ETag { get; init; } = "";
}

/// <summary>A position's competency standard (SKJ).</summary>
/// <param name="ETag">The position's version; send it in If-Match when replacing the standard.</param>
/// <param name="PositionId">The position.</param>
/// <param name="PositionCode">The position's code.</param>
/// <param name="PositionName">The position's name.</param>
/// <param name="PositionType">The position's type.</param>
/// <param name="Items">One per required competency.</param>
public sealed record PositionStandardsDto(
    Guid PositionId,
    string PositionCode,
    string PositionName,
    PositionType PositionType,
    string ETag,
    IReadOnlyList<PositionStandardItemDto> Items) : IVersioned;

/// <summary>The level one competency must reach in the position, and how critical it is.</summary>
/// <param name="CompetencyId">The competency.</param>
/// <param name="CompetencyCode">The competency's code.</param>
/// <param name="CompetencyName">The competency's name.</param>
/// <param name="GroupKind">Manajerial, SosialKultural or Teknis.</param>
/// <param name="FrameworkId">The framework version of the competency.</param>
/// <param name="FrameworkCode">The framework's code.</param>
/// <param name="FrameworkVersion">The framework's version number.</param>
/// <param name="FrameworkStatus">The framework version's status.</param>
/// <param name="RequiredLevel">The level the position requires.</param>
/// <param name="Weight">Criticality for the position, 0.1–10.</param>
public sealed record PositionStandardItemDto(
    Guid CompetencyId,
    string CompetencyCode,
    string CompetencyName,
    CompetencyGroupKind GroupKind,
    Guid FrameworkId,
    string FrameworkCode,
    int FrameworkVersion,
    FrameworkStatus FrameworkStatus,
    int RequiredLevel,
    decimal Weight);
