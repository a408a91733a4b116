namespace AsnCompetency.Domain.Frameworks;

/// <summary>The editable descriptive fields of a framework.</summary>
public sealed record FrameworkDetails(
    string Name,
    string? AlternativeName,
    string? Description,
    string Language,
    IReadOnlyList<ProficiencyLevelDefinition> ProficiencyLevels);

/// <summary>
/// The editable fields of one competency tree item. A null group kind inherits the parent's;
/// a null sort order places the item after its siblings.
/// </summary>
public sealed record CompetencyDetails(
    string Code,
    string Name,
    string? AlternativeName,
    string? Description,
    CompetencyItemType ItemType,
    CompetencyGroupKind? GroupKind,
    int? SortOrder,
    IReadOnlyList<CompetencyLevelDescriptor> Levels);
