using System.Globalization;
using AsnCompetency.Domain.Frameworks;

namespace AsnCompetency.Application.Interchange.Case;

/// <summary>The owner of a framework as a CASE document names it.</summary>
public sealed record CaseOwner(string Name, string? AgencyCode);

/// <summary>
/// Maps a framework to CASE 1.1: the framework is the CFDocument; every group and competency a
/// CFItem (CFItemType Group or Competency, humanCodingScheme its code); the tree isChildOf
/// associations from child to parent (or to the document) with the sort order as sequenceNumber;
/// cross-references isRelatedTo associations; and the level descriptions one CFRubric with a
/// criterion per competency and a criterion level per described level. Everything that CASE has
/// no field for goes under extensions.asnCompetency.
/// </summary>
public sealed class CasePackageBuilder
{
    public const string ExtensionKey = "asnCompetency";
    public const string ChildOf = "isChildOf";
    public const string RelatedTo = "isRelatedTo";
    public const string GroupType = "Group";
    public const string CompetencyType = "Competency";
    public const string CaseVersion = "1.1";

    private readonly CompetencyFramework _framework;
    private readonly IReadOnlyList<Competency> _items;
    private readonly Dictionary<Guid, Competency> _byId;
    private readonly CaseOwner _owner;
    private readonly string _base;

    /// <param name="baseUri">The absolute URI of the CASE API, e.g. https://host/ims/case/v1p1.</param>
    public CasePackageBuilder(CompetencyFramework framework, IEnumerable<Competency> items, CaseOwner owner, string baseUri)
    {
        _framework = framework;
        var all = items.ToList();
        var tree = all.ToLookup(c => c.ParentId);
        _items = [.. InTreeOrder(tree, null)];
        _byId = all.ToDictionary(c => c.Id);
        _owner = owner;
        _base = baseUri.TrimEnd('/');
    }

    public Guid DocumentId => _framework.CaseIdentifier;

    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public string DocumentUri => $"{_base}/CFDocuments/{Id(DocumentId)}";

    public CasePackage Package() => new()
    {
        Document = Document(),
        Items = [.. _items.Select(Item)],
        Associations = Associations(),
        Rubrics = Rubric() is { } rubric ? [rubric] : null,
    };

    public CaseDocument Document(bool standalone = false) => new()
    {
        Identifier = Id(DocumentId),
        Uri = DocumentUri,
        FrameworkType = "Competency Framework",
        CaseVersion = CaseVersion,
        Creator = _owner.Name,
        Publisher = _owner.Name,
        Title = _framework.Name,
        Description = _framework.Description,
        Language = _framework.Language,
        Version = _framework.Version.ToString(CultureInfo.InvariantCulture),
        AdoptionStatus = _framework.Status switch
        {
            FrameworkStatus.Draft => "Draft",
            FrameworkStatus.Published => "Adopted",
            _ => "Deprecated",
        },
        StatusStartDate = _framework.PublishedAt?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        StatusEndDate = _framework.RetiredAt?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        LastChangeDateTime = Timestamp(_framework.UpdatedAt),
        PackageUri = standalone ? new CaseLinkUri(_framework.Name, Id(DocumentId), $"{_base}/CFPackages/{Id(DocumentId)}") : null,
        Extensions = new()
        {
            [ExtensionKey] = new Dictionary<string, object?>
            {
                ["code"] = _framework.Code,
                ["alternativeName"] = _framework.AlternativeName,
                ["ownerAgencyCode"] = _owner.AgencyCode,
                ["status"] = _framework.Status.ToString(),
                ["proficiencyLevels"] = _framework.ProficiencyLevels
                    .Select(l => new Dictionary<string, object?> { ["level"] = l.Level, ["name"] = l.Name, ["description"] = l.Description })
                    .ToList(),
            }.Where(e => e.Value is not null).ToDictionary(e => e.Key, e => e.Value!),
        },
    };

    public CaseItem? FindItem(Guid caseIdentifier, bool standalone) =>
        _items.FirstOrDefault(c => c.CaseIdentifier == caseIdentifier) is { } item ? Item(item) with { DocumentUri = standalone ? DocumentLink() : null } : null;

    public IReadOnlyList<CaseAssociation> Associations()
    {
        List<CaseAssociation> associations = [];
        foreach (var item in _items)
        {
            var parent = item.ParentId is { } parentId ? _byId[parentId] : null;
            var destination = parent is null
                ? new CaseLinkGenUri(_framework.Name, Id(DocumentId), DocumentUri, "CASE")
                : Node(parent);
            associations.Add(new CaseAssociation
            {
                Identifier = Id(CaseIdentifiers.ChildOf(item.CaseIdentifier, parent?.CaseIdentifier ?? DocumentId)),
                AssociationType = ChildOf,
                SequenceNumber = item.SortOrder,
                OriginNodeUri = Node(item),
                DestinationNodeUri = destination,
                LastChangeDateTime = Timestamp(item.UpdatedAt),
            });
        }

        foreach (var item in _items)
        {
            foreach (var relatedId in item.RelatedCompetencyIds)
            {
                if (_byId.TryGetValue(relatedId, out var related))
                {
                    associations.Add(new CaseAssociation
                    {
                        Identifier = Id(CaseIdentifiers.RelatedTo(item.CaseIdentifier, related.CaseIdentifier)),
                        AssociationType = RelatedTo,
                        OriginNodeUri = Node(item),
                        DestinationNodeUri = Node(related),
                        LastChangeDateTime = Timestamp(item.UpdatedAt),
                    });
                }
            }
        }

        return [.. associations.Select(a => a with { Uri = $"{_base}/CFAssociations/{a.Identifier}" })];
    }

    /// <summary>An association read on its own, with the document it belongs to.</summary>
    public CaseAssociation? FindAssociation(Guid identifier) =>
        Associations().FirstOrDefault(a => a.Identifier == Id(identifier)) is { } association ? association with { DocumentUri = DocumentLink() } : null;

    /// <summary>The rubric of the level descriptions; null when no competency describes a level.</summary>
    public CaseRubric? Rubric()
    {
        var rubricId = Id(CaseIdentifiers.Rubric(DocumentId));
        var rubricUri = $"{_base}/CFRubrics/{rubricId}";
        var names = _framework.ProficiencyLevels.ToDictionary(l => l.Level, l => l.Name);
        var criteria = _items
            .Where(c => c.Levels.Count > 0)
            .Select((item, index) =>
            {
                var criterionId = Id(CaseIdentifiers.Criterion(item.CaseIdentifier));
                return new CaseRubricCriterion
                {
                    Identifier = criterionId,
                    Uri = $"{rubricUri}#{criterionId}",
                    Category = item.Code,
                    Description = item.Name,
                    ItemUri = new CaseLinkUri(item.Name, Id(item.CaseIdentifier), ItemUri(item)),
                    Position = index + 1,
                    RubricId = rubricId,
                    LastChangeDateTime = Timestamp(item.UpdatedAt),
                    Levels = [.. item.Levels.Select(level =>
                    {
                        var levelId = Id(CaseIdentifiers.CriterionLevel(item.CaseIdentifier, level.Level));
                        return new CaseRubricCriterionLevel
                        {
                            Identifier = levelId,
                            Uri = $"{rubricUri}#{levelId}",
                            Description = CaseLevelText.Compose(level.Description, level.Indicators),
                            Quality = names.GetValueOrDefault(level.Level),
                            Score = level.Level,
                            Position = level.Level,
                            RubricCriterionId = criterionId,
                            LastChangeDateTime = Timestamp(item.UpdatedAt),
                            Extensions =
                            [
                                new()
                                {
                                    [ExtensionKey] = new Dictionary<string, object> { ["description"] = level.Description, ["indicators"] = level.Indicators },
                                },
                            ],
                        };
                    })],
                };
            })
            .ToList();
        if (criteria.Count == 0)
        {
            return null;
        }

        return new CaseRubric
        {
            Identifier = rubricId,
            Uri = rubricUri,
            Title = $"{_framework.Name}: proficiency levels",
            Description = string.Join("\n", _framework.ProficiencyLevels.Select(l => string.IsNullOrEmpty(l.Description) ? $"{l.Level} {l.Name}" : $"{l.Level} {l.Name}: {l.Description}")),
            LastChangeDateTime = Timestamp(_framework.UpdatedAt),
            Criteria = criteria,
        };
    }

    private CaseItem Item(Competency item) => new()
    {
        Identifier = Id(item.CaseIdentifier),
        FullStatement = item.Description ?? item.Name,
        AbbreviatedStatement = item.Description is null ? null : item.Name,
        AlternativeLabel = item.AlternativeName,
        ItemType = item.IsGroup ? GroupType : CompetencyType,
        Uri = ItemUri(item),
        HumanCodingScheme = item.Code,
        ListEnumeration = item.SortOrder.ToString(CultureInfo.InvariantCulture),
        Language = _framework.Language,
        LastChangeDateTime = Timestamp(item.UpdatedAt),
        Extensions = new() { [ExtensionKey] = new Dictionary<string, object> { ["groupKind"] = item.GroupKind.ToString() } },
    };

    private CaseLinkUri DocumentLink() => new(_framework.Name, Id(DocumentId), DocumentUri);

    private CaseLinkGenUri Node(Competency item) => new(item.Name, Id(item.CaseIdentifier), ItemUri(item), "CASE");

    private string ItemUri(Competency item) => $"{_base}/CFItems/{Id(item.CaseIdentifier)}";

    private static string Id(Guid id) => CaseIdentifiers.Format(id);

    private static IEnumerable<Competency> InTreeOrder(ILookup<Guid?, Competency> tree, Guid? parentId)
    {
        foreach (var item in tree[parentId].OrderBy(c => c.SortOrder).ThenBy(c => c.Code, StringComparer.Ordinal))
        {
            yield return item;
            foreach (var descendant in InTreeOrder(tree, item.Id))
            {
                yield return descendant;
            }
        }
    }
}

/// <summary>
/// A level's description with its behavioural indicators as one text (the CASE criterion level
/// has one description): the description, then one "- indicator" line each.
/// </summary>
public static class CaseLevelText
{
    public static string Compose(string description, IReadOnlyList<string> indicators) =>
        indicators.Count == 0 ? description : $"{description}\n{string.Join("\n", indicators.Select(i => $"- {i}"))}";

    /// <summary>Splits such a text again: lines starting with "-", "*" or "•" are indicators.</summary>
    public static (string Description, List<string> Indicators) Split(string text)
    {
        var description = new List<string>();
        var indicators = new List<string>();
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] is '-' or '*' or '•' && line.Length > 1)
            {
                indicators.Add(line[1..].Trim());
            }
            else if (indicators.Count == 0)
            {
                description.Add(line);
            }
            else
            {
                indicators[^1] = $"{indicators[^1]} {line}";
            }
        }

        return (string.Join(" ", description), indicators);
    }
}
