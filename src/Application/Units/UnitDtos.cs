using AsnCompetency.Application.Common.Models;
using AsnCompetency.Domain.Organisation;

namespace AsnCompetency.Application.Units;

/// <summary>A unit with the number of positions and active employees directly in it.</summary>
public sealed record UnitDto : IVersioned
{
    /// <summary>The unit's identifier.</summary>
    public Guid Id { get; init; }

    /// <summary>The agency it belongs to.</summary>
    public Guid AgencyId { get; init; }

    /// <summary>The unit above it; null at the top.</summary>
    public Guid? ParentId { get; init; }

    /// <summary>Code, unique within the agency.</summary>
    public string Code { get; init; } = "";

    /// <summary>The unit's name.</summary>
    public string Name { get; init; } = "";

    /// <summary>Dinas, badan, kecamatan, bidang, …</summary>
    public UnitKind Kind { get; init; }

    /// <summary>Position among its siblings.</summary>
    public int SortOrder { get; init; }

    /// <summary>False once dissolved (kept for history).</summary>
    public bool IsActive { get; init; }

    /// <summary>Positions in the unit.</summary>
    public int PositionCount { get; init; }

    /// <summary>Employees holding those positions.</summary>
    public int EmployeeCount { get; init; }

    /// <summary>The row version; send it back in If-Match when changing the unit.</summary>
    public string ETag { get; init; } = "";
}

/// <summary>A unit in the tree, with the units below it ordered by sort order then name.</summary>
public sealed record UnitNodeDto
{
    public Guid Id { get; init; }

    public Guid? ParentId { get; init; }

    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    public UnitKind Kind { get; init; }

    public int SortOrder { get; init; }

    public bool IsActive { get; init; }

    public int PositionCount { get; init; }

    public int EmployeeCount { get; init; }

    public string ETag { get; init; } = "";

    public IReadOnlyList<UnitNodeDto> Children { get; init; } = [];
}

/// <summary>An agency's organisation as a tree of units.</summary>
public sealed record UnitTreeDto(AgencyReferenceDto Agency, int UnitCount, IReadOnlyList<UnitNodeDto> Items);
