using AsnCompetency.Application.Common.Models;
using AsnCompetency.Domain.Organisation;

namespace AsnCompetency.Application.Units;

/// <summary>A unit with the number of positions and active employees directly in it.</summary>
public sealed record UnitDto : IVersioned
{
    public Guid Id { get; init; }

    public Guid AgencyId { get; init; }

    public Guid? ParentId { get; init; }

    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    public UnitKind Kind { get; init; }

    public int SortOrder { get; init; }

    public bool IsActive { get; init; }

    public int PositionCount { get; init; }

    public int EmployeeCount { get; init; }

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
