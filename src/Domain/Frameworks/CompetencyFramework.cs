using AsnCompetency.Domain.Common;

namespace AsnCompetency.Domain.Frameworks;

/// <summary>
/// A competency framework: a versioned, owned dictionary of competencies with a proficiency
/// scale. National frameworks (no owner agency) such as PermenPANRB 38/2017 are maintained by
/// system administrators; an agency maintains its own technical frameworks. Only a draft can be
/// changed; a published framework changes by publishing a new version of it.
/// </summary>
public sealed class CompetencyFramework : AuditableEntity, IHasRowVersion
{
    public const int FirstVersion = 1;

    private readonly List<Competency> _competencies = [];
    private List<ProficiencyLevelDefinition> _proficiencyLevels = [];

    private CompetencyFramework()
    {
        Code = "";
        Name = "";
        Language = "";
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string? AlternativeName { get; private set; }

    public string? Description { get; private set; }

    /// <summary>BCP 47 language tag of names and descriptions, e.g. "id".</summary>
    public string Language { get; private set; }

    /// <summary>The agency that owns the framework; null for a national framework.</summary>
    public Guid? OwnerAgencyId { get; private set; }

    public int Version { get; private set; }

    public FrameworkStatus Status { get; private set; }

    /// <summary>The framework this version was cloned from.</summary>
    public Guid? PredecessorId { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public DateTimeOffset? RetiredAt { get; private set; }

    public IReadOnlyList<ProficiencyLevelDefinition> ProficiencyLevels => _proficiencyLevels;

    public IReadOnlyCollection<Competency> Competencies => _competencies;

    /// <summary>
    /// Counts changes to the framework and its tree. A tree edit changes the framework row too,
    /// so the framework's ETag and last-change time cover its competencies.
    /// </summary>
    public int Revision { get; private set; }

    public uint RowVersion { get; private set; }

    /// <summary>The framework's identifier as a CASE document: a random (version 4) UUID fixed at creation.</summary>
    public Guid CaseIdentifier { get; private set; } = Guid.NewGuid();

    public bool IsNational => OwnerAgencyId is null;

    public int LevelCount => _proficiencyLevels.Count;

    public static CompetencyFramework CreateDraft(string code, Guid? ownerAgencyId, FrameworkDetails details)
    {
        if (!CodeFormat.IsValid(code?.Trim()))
        {
            throw new DomainValidationException("code", $"must be 1 to {FieldLengths.Code} characters and {CodeFormat.Description}.");
        }

        var framework = new CompetencyFramework
        {
            Code = code!.Trim(),
            OwnerAgencyId = ownerAgencyId,
            Version = FirstVersion,
            Status = FrameworkStatus.Draft,
        };
        framework.ApplyDetails(details);
        return framework;
    }

    public void UpdateDetails(FrameworkDetails details)
    {
        EnsureDraft();
        ApplyDetails(details);
        Revision++;
    }

    public Competency AddCompetency(Guid? parentId, CompetencyDetails details)
    {
        EnsureDraft();
        var parent = FindParent(parentId);
        var groupKind = ResolveGroupKind(parent, details);
        EnsureCodeIsFree(details.Code, exceptId: null);
        ValidateLevels(details);

        var competency = new Competency(Id, parent?.Id, details, groupKind, details.SortOrder ?? NextSortOrder(parent?.Id));
        _competencies.Add(competency);
        Revision++;
        return competency;
    }

    public Competency UpdateCompetency(Guid competencyId, Guid? parentId, CompetencyDetails details)
    {
        EnsureDraft();
        var competency = GetCompetency(competencyId);
        var parent = FindParent(parentId);
        if (parent is not null && (parent.Id == competency.Id || IsDescendantOf(parent, competency)))
        {
            throw new DomainValidationException("parentId", $"cannot move {competency.Code} under itself or one of its own descendants.");
        }

        var groupKind = ResolveGroupKind(parent, details);
        EnsureCodeIsFree(details.Code, exceptId: competency.Id);
        ValidateLevels(details);
        var sortOrder = details.SortOrder
            ?? (parent?.Id == competency.ParentId ? competency.SortOrder : NextSortOrder(parent?.Id));
        competency.Apply(parent?.Id, details, groupKind, sortOrder);

        // A group's kind is its children's kind: changing it carries the whole branch along.
        foreach (var descendant in DescendantsOf(competency.Id))
        {
            descendant.ChangeGroupKind(groupKind);
        }

        Revision++;
        return competency;
    }

    /// <summary>Removes a competency together with every item below it and returns what was removed.</summary>
    public IReadOnlyList<Competency> RemoveCompetency(Guid competencyId)
    {
        EnsureDraft();
        var competency = GetCompetency(competencyId);
        List<Competency> removed = [competency, .. DescendantsOf(competency.Id)];
        foreach (var item in removed)
        {
            _competencies.Remove(item);
        }

        var removedIds = removed.Select(r => r.Id).ToHashSet();
        foreach (var item in _competencies.Where(c => c.RelatedCompetencyIds.Any(removedIds.Contains)))
        {
            item.SetRelated(item.RelatedCompetencyIds.Where(id => !removedIds.Contains(id)));
        }

        Revision++;
        return removed;
    }

    public void Publish(DateTimeOffset now)
    {
        if (Status != FrameworkStatus.Draft)
        {
            throw new BusinessRuleException($"{Describe()} is already {Status.ToString().ToLowerInvariant()}; only a draft can be published.");
        }

        var competencies = _competencies.Where(c => !c.IsGroup).OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
        if (competencies.Count == 0)
        {
            throw new BusinessRuleException($"{Describe()} has no competencies; add at least one before publishing.", "competencies");
        }

        var incomplete = competencies.Where(c => c.Levels.Count != LevelCount).Select(c => c.Code).ToList();
        if (incomplete.Count > 0)
        {
            throw new BusinessRuleException(
                $"Every competency needs a description of all {LevelCount} levels before publishing; incomplete: {string.Join(", ", incomplete.Take(20))}.",
                "competencies");
        }

        Status = FrameworkStatus.Published;
        PublishedAt = now;
    }

    public void Retire(DateTimeOffset now)
    {
        if (Status != FrameworkStatus.Published)
        {
            throw new BusinessRuleException($"{Describe()} is {Status.ToString().ToLowerInvariant()}; only a published framework can be retired.");
        }

        Status = FrameworkStatus.Retired;
        RetiredAt = now;
    }

    /// <summary>
    /// Clones a published or retired framework into a new draft with the given version number,
    /// keeping the link to this version. Items get new identities; the tree and order are kept.
    /// </summary>
    public CompetencyFramework CreateNextVersion(int version)
    {
        if (Status == FrameworkStatus.Draft)
        {
            throw new BusinessRuleException($"{Describe()} is still a draft; edit it directly instead of creating a new version.");
        }

        if (version <= Version)
        {
            throw new BusinessRuleException($"A new version of {Code} must be numbered above {Version}.");
        }

        var next = new CompetencyFramework
        {
            Code = Code,
            OwnerAgencyId = OwnerAgencyId,
            Version = version,
            Status = FrameworkStatus.Draft,
            PredecessorId = Id,
        };
        next.ApplyDetails(new FrameworkDetails(Name, AlternativeName, Description, Language, _proficiencyLevels));

        var newIds = new Dictionary<Guid, Guid>();
        foreach (var item in InTreeOrder())
        {
            Guid? parentId = item.ParentId is { } oldParent ? newIds[oldParent] : null;
            var details = new CompetencyDetails(
                item.Code, item.Name, item.AlternativeName, item.Description, item.ItemType, item.GroupKind, item.SortOrder, item.Levels);
            var copy = new Competency(next.Id, parentId, details, item.GroupKind, item.SortOrder);
            next._competencies.Add(copy);
            newIds[item.Id] = copy.Id;
        }

        foreach (var item in _competencies.Where(c => c.RelatedCompetencyIds.Length > 0))
        {
            next._competencies.First(c => c.Id == newIds[item.Id]).SetRelated(item.RelatedCompetencyIds.Select(id => newIds[id]));
        }

        return next;
    }

    /// <summary>
    /// Makes the given items the only ones related to a competency (relations are undirected:
    /// links declared by the others towards it are replaced too).
    /// </summary>
    public void SetRelated(Guid competencyId, IReadOnlyCollection<Guid> relatedIds)
    {
        EnsureDraft();
        var competency = GetCompetency(competencyId);
        foreach (var relatedId in relatedIds)
        {
            if (relatedId == competencyId)
            {
                throw new DomainValidationException("relatedCompetencyIds", $"{competency.Code} cannot be related to itself.");
            }

            if (_competencies.All(c => c.Id != relatedId))
            {
                throw new DomainValidationException("relatedCompetencyIds", $"{relatedId} is not an item of {Describe()}.");
            }
        }

        foreach (var other in _competencies.Where(c => c.RelatedCompetencyIds.Contains(competencyId)))
        {
            other.SetRelated(other.RelatedCompetencyIds.Where(id => id != competencyId));
        }

        competency.SetRelated(relatedIds);
        Revision++;
    }

    /// <summary>Relates two items of the framework; nothing happens when they already are.</summary>
    public void Relate(Guid competencyId, Guid relatedId)
    {
        EnsureDraft();
        var competency = GetCompetency(competencyId);
        var related = GetCompetency(relatedId);
        if (competency.Id == related.Id)
        {
            throw new DomainValidationException("relatedCompetencyIds", $"{competency.Code} cannot be related to itself.");
        }

        if (competency.RelatedCompetencyIds.Contains(related.Id) || related.RelatedCompetencyIds.Contains(competency.Id))
        {
            return;
        }

        competency.SetRelated([.. competency.RelatedCompetencyIds, related.Id]);
        Revision++;
    }

    /// <summary>The items related to a competency, in either direction, in the order declared.</summary>
    public IReadOnlyList<Guid> RelatedOf(Guid competencyId) => RelatedOf(competencyId, _competencies);

    /// <summary>The items related to one item among a framework's items, in either direction.</summary>
    public static IReadOnlyList<Guid> RelatedOf(Guid competencyId, IEnumerable<Competency> items)
    {
        var list = items as IReadOnlyCollection<Competency> ?? [.. items];
        var own = list.FirstOrDefault(c => c.Id == competencyId)?.RelatedCompetencyIds ?? [];
        return [.. own.Concat(list.Where(c => c.RelatedCompetencyIds.Contains(competencyId)).Select(c => c.Id)).Distinct()];
    }

    /// <summary>Items ordered so that every parent comes before its children, siblings by sort order.</summary>
    public IEnumerable<Competency> InTreeOrder()
    {
        var byParent = _competencies.ToLookup(c => c.ParentId);
        var pending = new Stack<Competency>(byParent[null].OrderByDescending(c => c.SortOrder).ThenByDescending(c => c.Code, StringComparer.Ordinal));
        while (pending.TryPop(out var item))
        {
            yield return item;
            foreach (var child in byParent[item.Id].OrderByDescending(c => c.SortOrder).ThenByDescending(c => c.Code, StringComparer.Ordinal))
            {
                pending.Push(child);
            }
        }
    }

    public string Describe() => $"Framework {Code} version {Version}";

    private void ApplyDetails(FrameworkDetails details)
    {
        var levels = details.ProficiencyLevels.Count == 0 ? ProficiencyScale.DefaultLevels() : details.ProficiencyLevels;
        ValidateScale(levels);

        var highestDescribed = _competencies.SelectMany(c => c.Levels).Select(l => l.Level).DefaultIfEmpty(0).Max();
        if (highestDescribed > levels.Count)
        {
            throw new DomainValidationException(
                "proficiencyLevels",
                $"competencies describe level {highestDescribed}, which a scale of {levels.Count} levels does not have; remove those descriptions first.");
        }

        Name = details.Name.Trim();
        AlternativeName = Text.OrNull(details.AlternativeName);
        Description = Text.OrNull(details.Description);
        Language = details.Language.Trim().ToLowerInvariant();
        _proficiencyLevels = [.. levels.OrderBy(l => l.Level).Select(l => new ProficiencyLevelDefinition(l.Level, l.Name.Trim(), l.Description?.Trim()))];
    }

    private static void ValidateScale(IReadOnlyList<ProficiencyLevelDefinition> levels)
    {
        if (levels.Count is < ProficiencyScale.MinLevelCount or > ProficiencyScale.MaxLevel)
        {
            throw new DomainValidationException(
                "proficiencyLevels",
                $"a scale has {ProficiencyScale.MinLevelCount} to {ProficiencyScale.MaxLevel} levels; {levels.Count} were given.");
        }

        var expected = Enumerable.Range(ProficiencyScale.MinLevel, levels.Count);
        if (!levels.Select(l => l.Level).Order().SequenceEqual(expected))
        {
            throw new DomainValidationException(
                "proficiencyLevels",
                $"levels must be numbered 1 to {levels.Count}, each once.");
        }
    }

    private void ValidateLevels(CompetencyDetails details)
    {
        if (details.ItemType == CompetencyItemType.Group && details.Levels.Count > 0)
        {
            throw new DomainValidationException("levels", "a group has no proficiency levels; describe the levels on its competencies.");
        }

        var seen = new HashSet<int>();
        for (var i = 0; i < details.Levels.Count; i++)
        {
            var level = details.Levels[i].Level;
            if (level < ProficiencyScale.MinLevel || level > LevelCount)
            {
                throw new DomainValidationException($"levels[{i}].level", $"must be between 1 and {LevelCount}, the levels of this framework's scale; {level} was given.");
            }

            if (!seen.Add(level))
            {
                throw new DomainValidationException($"levels[{i}].level", $"level {level} is described more than once.");
            }
        }
    }

    private CompetencyGroupKind ResolveGroupKind(Competency? parent, CompetencyDetails details)
    {
        CompetencyGroupKind groupKind;
        if (parent is null)
        {
            groupKind = details.GroupKind
                ?? throw new DomainValidationException("groupKind", "is required for a top-level item (Manajerial, SosialKultural or Teknis).");
        }
        else
        {
            groupKind = details.GroupKind ?? parent.GroupKind;
            if (groupKind != parent.GroupKind)
            {
                throw new DomainValidationException("groupKind", $"must be {parent.GroupKind}, the group kind of its parent {parent.Code}.");
            }
        }

        if (!IsNational && groupKind != CompetencyGroupKind.Teknis)
        {
            throw new DomainValidationException(
                "groupKind",
                "an agency's framework holds technical (Teknis) competencies only; managerial and socio-cultural competencies come from the national standard.");
        }

        return groupKind;
    }

    private void EnsureCodeIsFree(string code, Guid? exceptId)
    {
        var trimmed = code.Trim();
        if (!CodeFormat.IsValid(trimmed))
        {
            throw new DomainValidationException("code", $"must be 1 to {FieldLengths.Code} characters and {CodeFormat.Description}.");
        }

        var clash = _competencies.FirstOrDefault(c => c.Id != exceptId && string.Equals(c.Code, trimmed, StringComparison.OrdinalIgnoreCase));
        if (clash is not null)
        {
            throw new BusinessRuleException($"{Describe()} already has an item with code {clash.Code}.", "code");
        }
    }

    private Competency? FindParent(Guid? parentId)
    {
        if (parentId is null)
        {
            return null;
        }

        return _competencies.FirstOrDefault(c => c.Id == parentId)
            ?? throw new DomainValidationException("parentId", $"{parentId} is not an item of {Describe()}.");
    }

    private Competency GetCompetency(Guid competencyId) =>
        _competencies.FirstOrDefault(c => c.Id == competencyId)
        ?? throw new DomainValidationException("id", $"{competencyId} is not an item of {Describe()}.");

    private IEnumerable<Competency> ChildrenOf(Guid id) => _competencies.Where(c => c.ParentId == id);

    private List<Competency> DescendantsOf(Guid id)
    {
        var result = new List<Competency>();
        var pending = new Queue<Guid>([id]);
        while (pending.TryDequeue(out var current))
        {
            foreach (var child in ChildrenOf(current))
            {
                result.Add(child);
                pending.Enqueue(child.Id);
            }
        }

        return result;
    }

    private bool IsDescendantOf(Competency candidate, Competency ancestor) =>
        DescendantsOf(ancestor.Id).Any(d => d.Id == candidate.Id);

    private int NextSortOrder(Guid? parentId) =>
        _competencies.Where(c => c.ParentId == parentId).Select(c => c.SortOrder).DefaultIfEmpty(0).Max() + 1;

    private void EnsureDraft()
    {
        if (Status != FrameworkStatus.Draft)
        {
            throw new BusinessRuleException(
                $"{Describe()} is {Status.ToString().ToLowerInvariant()} and cannot be changed; create a new version to edit it.");
        }
    }
}
