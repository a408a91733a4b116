using AsnCompetency.Application.Common.Models;
using AsnCompetency.Domain.Frameworks;
using AsnCompetency.Domain.Positions;

namespace AsnCompetency.Application.Positions;

/// <summary>A position with its unit and the size of its standard.</summary>
public sealed record PositionDto : IVersioned
{
    public Guid Id { get; init; }

    public Guid AgencyId { get; init; }

    public UnitReferenceDto Unit { get; init; } = null!;

    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    public PositionType Type { get; init; }

    /// <summary>Manajerial (JPT, Administrator, Pengawas) or Nonmanajerial (Fungsional, Pelaksana).</summary>
    public PositionCategory Category => PositionTypes.CategoryOf(Type);

    public Eselon? Eselon { get; init; }

    public bool IsActive { get; init; }

    /// <summary>Number of competencies in the position's standard (SKJ).</summary>
    public int StandardCount { get; init; }

    /// <summary>Active employees currently in the position.</summary>
    public int EmployeeCount { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public string ETag { get; init; } = "";
}

/// <summary>A position's competency standard (SKJ).</summary>
/// <param name="ETag">The position's version; send it in If-Match when replacing the standard.</param>
public sealed record PositionStandardsDto(
    Guid PositionId,
    string PositionCode,
    string PositionName,
    PositionType PositionType,
    string ETag,
    IReadOnlyList<PositionStandardItemDto> Items) : IVersioned;

/// <summary>The level one competency must reach in the position, and how critical it is.</summary>
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
