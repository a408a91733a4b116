using AsnCompetency.Application.Common.Models;
using AsnCompetency.Domain.Frameworks;

namespace AsnCompetency.Application.CompetencyFrameworks;

/// <summary>A framework as listed: identity, owner, version, status and size.</summary>
public sealed record CompetencyFrameworkSummaryDto(
    Guid Id,
    string Code,
    string Name,
    string? AlternativeName,
    string Language,
    Guid? OwnerAgencyId,
    string? OwnerAgencyName,
    int Version,
    FrameworkStatus Status,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? RetiredAt,
    int CompetencyCount,
    DateTimeOffset UpdatedAt);

/// <summary>A framework with its proficiency scale, version links and tree size.</summary>
public sealed record CompetencyFrameworkDto : IVersioned
{
    public Guid Id { get; init; }

    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    public string? AlternativeName { get; init; }

    public string? Description { get; init; }

    /// <summary>BCP 47 language tag of the texts, e.g. "id".</summary>
    public string Language { get; init; } = "";

    /// <summary>The owning agency; null for a national framework.</summary>
    public Guid? OwnerAgencyId { get; init; }

    public int Version { get; init; }

    public FrameworkStatus Status { get; init; }

    /// <summary>The version this draft was cloned from.</summary>
    public Guid? PredecessorId { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public DateTimeOffset? RetiredAt { get; init; }

    public IReadOnlyList<ProficiencyLevelDto> ProficiencyLevels { get; init; } = [];

    /// <summary>Number of group items in the tree.</summary>
    public int GroupCount { get; init; }

    /// <summary>Number of competencies (items that carry levels) in the tree.</summary>
    public int CompetencyCount { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The row version; send it back in If-Match when changing the framework.</summary>
    public string ETag { get; init; } = "";
}

/// <summary>One level of a framework's proficiency scale.</summary>
public sealed record ProficiencyLevelDto(int Level, string Name, string? Description);

/// <summary>What one level of a competency looks like.</summary>
public sealed record CompetencyLevelDto(int Level, string Description, IReadOnlyList<string> Indicators);

/// <summary>One competency or group, without its children.</summary>
public sealed record CompetencyDto : IVersioned
{
    public Guid Id { get; init; }

    public Guid FrameworkId { get; init; }

    public Guid? ParentId { get; init; }

    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    public string? AlternativeName { get; init; }

    public string? Description { get; init; }

    public CompetencyItemType ItemType { get; init; }

    public CompetencyGroupKind GroupKind { get; init; }

    public int SortOrder { get; init; }

    public IReadOnlyList<CompetencyLevelDto> Levels { get; init; } = [];

    /// <summary>Items of the same framework this one is related to (cross-references), in either direction.</summary>
    public IReadOnlyList<Guid> RelatedCompetencyIds { get; init; } = [];

    /// <summary>The row version; send it back in If-Match when changing the item.</summary>
    public string ETag { get; init; } = "";
}

/// <summary>A tree node: an item with its children, ordered by sort order then code.</summary>
public sealed record CompetencyNodeDto
{
    public Guid Id { get; init; }

    public Guid? ParentId { get; init; }

    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    public string? AlternativeName { get; init; }

    public string? Description { get; init; }

    public CompetencyItemType ItemType { get; init; }

    public CompetencyGroupKind GroupKind { get; init; }

    public int SortOrder { get; init; }

    public IReadOnlyList<CompetencyLevelDto> Levels { get; init; } = [];

    /// <summary>Items of the same framework this one is related to (cross-references), in either direction.</summary>
    public IReadOnlyList<Guid> RelatedCompetencyIds { get; init; } = [];

    public string ETag { get; init; } = "";

    public IReadOnlyList<CompetencyNodeDto> Children { get; init; } = [];
}

/// <summary>A framework's whole competency tree.</summary>
public sealed record CompetencyTreeDto(
    Guid FrameworkId,
    string FrameworkCode,
    int Version,
    FrameworkStatus Status,
    IReadOnlyList<ProficiencyLevelDto> ProficiencyLevels,
    int GroupCount,
    int CompetencyCount,
    IReadOnlyList<CompetencyNodeDto> Items);
