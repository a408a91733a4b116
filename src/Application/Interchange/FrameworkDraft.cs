using AsnCompetency.Domain.Frameworks;

namespace AsnCompetency.Application.Interchange;

/// <summary>
/// A framework read from an interchange file, before it becomes a draft: what the file said,
/// cleaned of markup and control characters but not yet fitted to our rules (codes, lengths,
/// scale, tree). <see cref="FrameworkDraftBuilder"/> does the fitting and reports it.
/// </summary>
public sealed class FrameworkDraft
{
    public string? Code { get; set; }

    public string Name { get; set; } = "";

    public string? AlternativeName { get; set; }

    public string? Description { get; set; }

    public string? Language { get; set; }

    /// <summary>The scale, when the file has one.</summary>
    public List<ProficiencyLevelDefinition>? ProficiencyLevels { get; set; }

    /// <summary>Items in the file's order.</summary>
    public List<DraftItem> Items { get; } = [];
}

/// <summary>One group or competency of a <see cref="FrameworkDraft"/>; keys are the file's own identifiers.</summary>
public sealed class DraftItem
{
    public required string Key { get; init; }

    /// <summary>How the report names the item (its code, or its identifier in the file).</summary>
    public string Label => Code ?? Key;

    public string? Code { get; set; }

    public string Name { get; set; } = "";

    public string? AlternativeName { get; set; }

    public string? Description { get; set; }

    /// <summary>Null when the file does not say: an item with children becomes a group.</summary>
    public CompetencyItemType? ItemType { get; set; }

    public CompetencyGroupKind? GroupKind { get; set; }

    public string? ParentKey { get; set; }

    public int? SortOrder { get; set; }

    public List<CompetencyLevelDescriptor> Levels { get; } = [];

    public List<string> RelatedKeys { get; } = [];
}
