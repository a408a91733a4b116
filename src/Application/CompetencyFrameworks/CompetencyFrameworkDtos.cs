using AsnCompetency.Application.Common.Models;
using AsnCompetency.Domain.Frameworks;

namespace AsnCompetency.Application.CompetencyFrameworks;

/// <summary>A framework as listed: identity, owner, version, status and size.</summary>
/// <param name="Id">The framework version's identifier.</param>
/// <param name="Code">Short code shared by all versions, unique per owner.</param>
/// <param name="Name">The framework's name.</param>
/// <param name="AlternativeName">A name in another language, e.g. English.</param>
/// <param name="Language">BCP 47 language tag of the texts, e.g. id.</param>
/// <param name="OwnerAgencyId">The owning agency; null for a national framework.</param>
/// <param name="OwnerAgencyName">The owning agency's name; null for a national framework.</param>
/// <param name="Version">The version number, from 1.</param>
/// <param name="Status">Draft, Published or Retired.</param>
/// <param name="PublishedAt">When it was published (UTC).</param>
/// <param name="RetiredAt">When it was retired (UTC).</param>
/// <param name="CompetencyCount">Competencies (items that carry levels) in the tree.</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
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
    /// <summary>The framework version's identifier.</summary>
    public Guid Id { get; init; }

    /// <summary>Short code shared by all versions, unique per owner.</summary>
    public string Code { get; init; } = "";

    /// <summary>The framework's name.</summary>
    public string Name { get; init; } = "";

    /// <summary>A name in another language, e.g. English.</summary>
    public string? AlternativeName { get; init; }

    /// <summary>What the framework covers.</summary>
    public string? Description { get; init; }

    /// <summary>BCP 47 language tag of the texts, e.g. "id".</summary>
    public string Language { get; init; } = "";

    /// <summary>The owning agency; null for a national framework.</summary>
    public Guid? OwnerAgencyId { get; init; }

    /// <summary>The version number, from 1.</summary>
    public int Version { get; init; }

    /// <summary>Draft, Published or Retired.</summary>
    public FrameworkStatus Status { get; init; }

    /// <summary>The version this draft was cloned from.</summary>
    public Guid? PredecessorId { get; init; }

    /// <summary>When it was published (UTC).</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>When it was retired (UTC).</summary>
    public DateTimeOffset? RetiredAt { get; init; }

    /// <summary>The scale: levels 1..N with their names.</summary>
    public IReadOnlyList<ProficiencyLevelDto> ProficiencyLevels { get; init; } = [];

    /// <summary>Number of group items in the tree.</summary>
    public int GroupCount { get; init; }

    /// <summary>Number of competencies (items that carry levels) in the tree.</summary>
    public int CompetencyCount { get; init; }

    /// <summary>When it was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The row version; send it back in If-Match when changing the framework.</summary>
    public string ETag { get; init; } = "";
}

/// <summary>One level of a framework's proficiency scale.</summary>
/// <param name="Level">The level number, from 1.</param>
/// <param name="Name">The level's name.</param>
/// <param name="Description">What the level means across competencies.</param>
public sealed record ProficiencyLevelDto(int Level, string Name, string? Description);

/// <summary>What one level of a competency looks like.</summary>
/// <param name="Level">The level number within the framework's scale.</param>
/// <param name="Description">What the competency looks like at this level.</param>
/// <param name="Indicators">Behavioural indicators (indikator perilaku) of the level.</param>
public sealed record CompetencyLevelDto(int Level, string Description, IReadOnlyList<string> Indicators);

/// <summary>One competency or group, without its children.</summary>
public sealed record CompetencyDto : IVersioned
{
    /// <summary>The item's identifier.</summary>
    public Guid Id { get; init; }

    /// <summary>The framework version it belongs to.</summary>
    public Guid FrameworkId { get; init; }

    /// <summary>The parent item; null at the top.</summary>
    public Guid? ParentId { get; init; }

    /// <summary>Code, unique within the framework version, e.g. M.1.</summary>
    public string Code { get; init; } = "";

    /// <summary>The item's name.</summary>
    public string Name { get; init; } = "";

    /// <summary>A name in another language.</summary>
    public string? AlternativeName { get; init; }

    /// <summary>What the competency or group is about.</summary>
    public string? Description { get; init; }

    /// <summary>Group or Competency.</summary>
    public CompetencyItemType ItemType { get; init; }

    /// <summary>Manajerial, SosialKultural or Teknis.</summary>
    public CompetencyGroupKind GroupKind { get; init; }

    /// <summary>Position among its siblings.</summary>
    public int SortOrder { get; init; }

    /// <summary>For a competency: what each level looks like; empty for a group.</summary>
    public IReadOnlyList<CompetencyLevelDto> Levels { get; init; } = [];

    /// <summary>Items of the same framework this one is related to (cross-references), in either direction.</summary>
    public IReadOnlyList<Guid> RelatedCompetencyIds { get; init; } = [];

    /// <summary>The row version; send it back in If-Match when changing the item.</summary>
    public string ETag { get; init; } = "";
}

/// <summary>A tree node: an item with its children, ordered by sort order then code.</summary>
public sealed record CompetencyNodeDto
{
    /// <summary>The item's identifier.</summary>
    public Guid Id { get; init; }

    /// <summary>The parent item; null at the top.</summary>
    public Guid? ParentId { get; init; }

    /// <summary>Code, unique within the framework version, e.g. M.1.</summary>
    public string Code { get; init; } = "";

    /// <summary>The item's name.</summary>
    public string Name { get; init; } = "";

    /// <summary>A name in another language.</summary>
    public string? AlternativeName { get; init; }

    /// <summary>What the competency or group is about.</summary>
    public string? Description { get; init; }

    /// <summary>Group or Competency.</summary>
    public CompetencyItemType ItemType { get; init; }

    /// <summary>Manajerial, SosialKultural or Teknis.</summary>
    public CompetencyGroupKind GroupKind { get; init; }

    /// <summary>Position among its siblings.</summary>
    public int SortOrder { get; init; }

    /// <summary>For a competency: what each level looks like; empty for a group.</summary>
    public IReadOnlyList<CompetencyLevelDto> Levels { get; init; } = [];

    /// <summary>Items of the same framework this one is related to (cross-references), in either direction.</summary>
    public IReadOnlyList<Guid> RelatedCompetencyIds { get; init; } = [];

    /// <summary>The row version; send it back in If-Match when changing the item.</summary>
    public string ETag { get; init; } = "";

    /// <summary>The items below it, in order.</summary>
    public IReadOnlyList<CompetencyNodeDto> Children { get; init; } = [];
}

/// <summary>A framework's whole competency tree.</summary>
/// <param name="FrameworkId">The framework version.</param>
/// <param name="FrameworkCode">The framework's code.</param>
/// <param name="Version">The version number.</param>
/// <param name="Status">Draft, Published or Retired.</param>
/// <param name="ProficiencyLevels">The framework's scale.</param>
/// <param name="GroupCount">Group items in the tree.</param>
/// <param name="CompetencyCount">Competencies (items that carry levels) in the tree.</param>
/// <param name="Items">The top-level items, each with its children, in order.</param>
public sealed record CompetencyTreeDto(
    Guid FrameworkId,
    string FrameworkCode,
    int Version,
    FrameworkStatus Status,
    IReadOnlyList<ProficiencyLevelDto> ProficiencyLevels,
    int GroupCount,
    int CompetencyCount,
    IReadOnlyList<CompetencyNodeDto> Items);
