using AsnCompetency.Domain.Common;

namespace AsnCompetency.Domain.Frameworks;

/// <summary>
/// One item of a framework's competency tree: a group heading or a competency with its level
/// descriptions and behavioural indicators. Changed only through its framework, which keeps the
/// tree's rules (unique codes, matching group kinds, no cycles, immutability once published).
/// </summary>
public sealed class Competency : AuditableEntity, IHasRowVersion
{
    private List<CompetencyLevelDescriptor> _levels = [];

    private Competency()
    {
        Code = "";
        Name = "";
    }

    internal Competency(Guid frameworkId, Guid? parentId, CompetencyDetails details, CompetencyGroupKind groupKind, int sortOrder)
        : this()
    {
        FrameworkId = frameworkId;
        Apply(parentId, details, groupKind, sortOrder);
    }

    public Guid FrameworkId { get; private set; }

    public Guid? ParentId { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string? AlternativeName { get; private set; }

    public string? Description { get; private set; }

    public CompetencyItemType ItemType { get; private set; }

    public CompetencyGroupKind GroupKind { get; private set; }

    public int SortOrder { get; private set; }

    /// <summary>Level descriptions ordered by level; empty for groups.</summary>
    public IReadOnlyList<CompetencyLevelDescriptor> Levels => _levels;

    /// <summary>
    /// The item's identifier in CASE packages: a random (version 4) UUID fixed when the item is
    /// created, so exchanged packages name the item the same way every time.
    /// </summary>
    public Guid CaseIdentifier { get; private set; } = Guid.NewGuid();

    /// <summary>
    /// Items of the same framework this one is related to (a Moodle cross-reference, a CASE
    /// isRelatedTo). A relation is undirected and stored once, on the item that declared it;
    /// <see cref="CompetencyFramework.RelatedOf(Guid)"/> gives both directions.
    /// </summary>
    public Guid[] RelatedCompetencyIds { get; private set; } = [];

    public uint RowVersion { get; private set; }

    public bool IsGroup => ItemType == CompetencyItemType.Group;

    internal void Apply(Guid? parentId, CompetencyDetails details, CompetencyGroupKind groupKind, int sortOrder)
    {
        ParentId = parentId;
        Code = details.Code.Trim();
        Name = details.Name.Trim();
        AlternativeName = Text.OrNull(details.AlternativeName);
        Description = Text.OrNull(details.Description);
        ItemType = details.ItemType;
        GroupKind = groupKind;
        SortOrder = sortOrder;
        _levels = [.. details.Levels.OrderBy(l => l.Level).Select(l => l.Copy())];
    }

    internal void ChangeGroupKind(CompetencyGroupKind groupKind) => GroupKind = groupKind;

    internal void SetRelated(IEnumerable<Guid> relatedIds) => RelatedCompetencyIds = [.. relatedIds.Distinct()];
}
