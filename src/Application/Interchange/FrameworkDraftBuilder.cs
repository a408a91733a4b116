using System.Text.RegularExpressions;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;

namespace AsnCompetency.Application.Interchange;

/// <summary>
/// Fits a <see cref="FrameworkDraft"/> to our rules and builds the new draft framework from it:
/// codes made valid and unique, texts cut to length, one parent per item and no cycles, group
/// kinds the owner may hold, levels within the scale. Everything it changes or leaves out goes
/// into the report; only a file with nothing usable is refused.
/// </summary>
public static partial class FrameworkDraftBuilder
{
    public static (CompetencyFramework Framework, FrameworkImportCountsDto Counts) Build(
        FrameworkDraft draft, string code, Guid? ownerAgencyId, InterchangeReport report)
    {
        var name = InterchangeText.Clean(draft.Name) ?? throw new ValidationException("file", "The framework in the file has no title.");
        var scale = Scale(draft.ProficiencyLevels, report);
        var language = draft.Language?.Trim().ToLowerInvariant();
        if (language is null || !LanguagePattern().IsMatch(language))
        {
            if (language is not null)
            {
                report.Adjust("framework", $"The language '{draft.Language}' is not a language tag; 'id' was used.");
            }

            language = "id";
        }

        var framework = CompetencyFramework.CreateDraft(code, ownerAgencyId, new FrameworkDetails(
            Fit(name, FieldLengths.Name, "framework", "title", report),
            FitOrNull(draft.AlternativeName, FieldLengths.Name, "framework", "alternative name", report),
            FitOrNull(draft.Description, FieldLengths.Description, "framework", "description", report),
            language,
            scale));

        var items = Distinct(draft.Items, report);
        var parents = Parents(items, report);
        var children = items.Values.ToLookup(i => parents.GetValueOrDefault(i.Key));
        var codes = Codes(items.Values, report);
        var created = new Dictionary<string, Competency>();
        var counts = new Counts();

        void Add(DraftItem item, Competency? parent, int position)
        {
            var hasChildren = children[item.Key].Any();
            var itemType = item.ItemType ?? (hasChildren ? CompetencyItemType.Group : CompetencyItemType.Competency);
            var groupKind = GroupKind(item, parent, ownerAgencyId, report);
            var levels = Levels(item, itemType, framework.LevelCount, report);
            var details = new CompetencyDetails(
                codes[item.Key],
                Fit(InterchangeText.Clean(item.Name) ?? codes[item.Key], FieldLengths.Name, item.Label, "name", report),
                FitOrNull(item.AlternativeName, FieldLengths.Name, item.Label, "alternative name", report),
                FitOrNull(item.Description, FieldLengths.Description, item.Label, "description", report),
                itemType,
                groupKind,
                item.SortOrder is >= 0 ? item.SortOrder : position,
                levels);
            Competency competency;
            try
            {
                competency = framework.AddCompetency(parent?.Id, details);
            }
            catch (Exception e) when (e is DomainValidationException or BusinessRuleException)
            {
                throw new ValidationException("file", $"Item {item.Label} cannot be imported: {e.Message}");
            }

            created[item.Key] = competency;
            counts.Add(itemType, levels.Count);
            var childPosition = 0;
            foreach (var child in children[item.Key])
            {
                Add(child, competency, ++childPosition);
            }
        }

        var topPosition = 0;
        foreach (var item in children[null])
        {
            Add(item, null, ++topPosition);
        }

        foreach (var item in items.Values)
        {
            foreach (var relatedKey in item.RelatedKeys.Distinct())
            {
                if (!created.TryGetValue(relatedKey, out var related))
                {
                    report.Skip(item.Label, $"The cross-reference to '{relatedKey}' names no item of the file.");
                }
                else if (relatedKey == item.Key)
                {
                    report.Skip(item.Label, "A cross-reference of an item to itself was left out.");
                }
                else if (!framework.RelatedOf(created[item.Key].Id).Contains(related.Id))
                {
                    framework.Relate(created[item.Key].Id, related.Id);
                    counts.Related++;
                }
            }
        }

        return (framework, new FrameworkImportCountsDto(counts.Groups, counts.Competencies, counts.Levels, framework.LevelCount, counts.Related));
    }

    /// <summary>The first item of each key; later ones with the same key are reported and left out.</summary>
    private static Dictionary<string, DraftItem> Distinct(List<DraftItem> items, InterchangeReport report)
    {
        var result = new Dictionary<string, DraftItem>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!result.TryAdd(item.Key, item))
            {
                report.Skip(item.Label, $"The identifier {item.Key} appears more than once; only its first item was imported.");
            }
        }

        return result;
    }

    /// <summary>Each item's parent key, null for the top level; parents that are missing or would make a cycle are dropped.</summary>
    private static Dictionary<string, string?> Parents(Dictionary<string, DraftItem> items, InterchangeReport report)
    {
        var parents = new Dictionary<string, string?>();
        foreach (var item in items.Values)
        {
            if (item.ParentKey is { } parentKey && !items.ContainsKey(parentKey))
            {
                report.Adjust(item.Label, $"Its parent '{parentKey}' is not in the file; it was placed at the top level.");
                parents[item.Key] = null;
            }
            else
            {
                parents[item.Key] = item.ParentKey;
            }
        }

        foreach (var item in items.Values)
        {
            var seen = new HashSet<string> { item.Key };
            for (var current = parents[item.Key]; current is not null; current = parents[current])
            {
                if (!seen.Add(current))
                {
                    report.Adjust(item.Label, "Its parents form a cycle; it was placed at the top level.");
                    parents[item.Key] = null;
                    break;
                }
            }
        }

        return parents;
    }

    private static Dictionary<string, string> Codes(IEnumerable<DraftItem> items, InterchangeReport report)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var codes = new Dictionary<string, string>();
        var list = items.ToList();

        // Valid codes first, so that a derived code never takes a code the file gives another item.
        foreach (var item in list.Where(i => CodeFormat.IsValid(i.Code?.Trim())))
        {
            var code = item.Code!.Trim();
            if (taken.Add(code))
            {
                codes[item.Key] = code;
            }
        }

        var number = 0;
        foreach (var item in list.Where(i => !codes.ContainsKey(i.Key)))
        {
            var derived = InterchangeText.ToCode(item.Code) ?? $"ITEM-{++number}";
            var code = InterchangeText.Unique(derived, taken);
            codes[item.Key] = code;
            report.Adjust(item.Label, item.Code is null
                ? $"It has no code; it was given {code}."
                : $"The code '{item.Code}' is not valid here ({CodeFormat.Description}, at most {FieldLengths.Code} characters) or is used twice; it became {code}.");
        }

        return codes;
    }

    private static CompetencyGroupKind GroupKind(DraftItem item, Competency? parent, Guid? ownerAgencyId, InterchangeReport report)
    {
        if (parent is not null)
        {
            if (item.GroupKind is { } own && own != parent.GroupKind)
            {
                report.Adjust(item.Label, $"Its group kind {own} differs from its parent's; it takes the parent's ({parent.GroupKind}).");
            }

            return parent.GroupKind;
        }

        var kind = item.GroupKind ?? CompetencyGroupKind.Teknis;
        if (ownerAgencyId is not null && kind != CompetencyGroupKind.Teknis)
        {
            report.Adjust(item.Label, $"An agency's framework holds technical competencies only; {kind} became Teknis.");
            kind = CompetencyGroupKind.Teknis;
        }

        return kind;
    }

    private static List<CompetencyLevelDescriptor> Levels(DraftItem item, CompetencyItemType itemType, int levelCount, InterchangeReport report)
    {
        if (item.Levels.Count == 0)
        {
            return [];
        }

        if (itemType == CompetencyItemType.Group)
        {
            report.Skip(item.Label, $"It is a group, which has no levels; its {item.Levels.Count} level description(s) were left out.");
            return [];
        }

        var levels = new List<CompetencyLevelDescriptor>();
        foreach (var level in item.Levels.OrderBy(l => l.Level))
        {
            var description = InterchangeText.Clean(level.Description);
            if (level.Level < ProficiencyScale.MinLevel || level.Level > levelCount)
            {
                report.Skip(item.Label, $"Level {level.Level} is outside the scale of {levelCount} levels and was left out.");
            }
            else if (levels.Any(l => l.Level == level.Level))
            {
                report.Skip(item.Label, $"Level {level.Level} is described twice; the first description was kept.");
            }
            else if (description is null)
            {
                report.Skip(item.Label, $"Level {level.Level} has no description and was left out.");
            }
            else
            {
                levels.Add(new CompetencyLevelDescriptor(
                    level.Level,
                    Fit(description, FieldLengths.Description, item.Label, $"level {level.Level} description", report),
                    [.. level.Indicators.Select(i => InterchangeText.Clean(i)).OfType<string>().Select(i => Fit(i, FieldLengths.IndicatorText, item.Label, $"level {level.Level} indicator", report))]));
            }
        }

        return levels;
    }

    private static List<ProficiencyLevelDefinition> Scale(List<ProficiencyLevelDefinition>? levels, InterchangeReport report)
    {
        if (levels is null || levels.Count == 0)
        {
            report.Adjust("proficiency scale", "The file has no proficiency scale; the standard five levels of PermenPANRB 38/2017 were used.");
            return [.. ProficiencyScale.DefaultLevels()];
        }

        if (levels.Count is < ProficiencyScale.MinLevelCount or > ProficiencyScale.MaxLevel
            || !levels.Select(l => l.Level).Order().SequenceEqual(Enumerable.Range(ProficiencyScale.MinLevel, levels.Count)))
        {
            report.Adjust("proficiency scale", $"The file's scale has {levels.Count} levels; a scale has {ProficiencyScale.MinLevelCount} to {ProficiencyScale.MaxLevel} levels numbered from 1, so the standard five levels were used.");
            return [.. ProficiencyScale.DefaultLevels()];
        }

        return [.. levels.Select(l => new ProficiencyLevelDefinition(
            l.Level,
            Fit(InterchangeText.Clean(l.Name) ?? $"Level {l.Level}", FieldLengths.Name, "proficiency scale", $"name of level {l.Level}", report),
            FitOrNull(l.Description, FieldLengths.Description, "proficiency scale", $"description of level {l.Level}", report)))];
    }

    private static string Fit(string text, int maxLength, string subject, string what, InterchangeReport report)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        report.Adjust(subject, $"Its {what} is longer than {maxLength} characters and was shortened.");
        return InterchangeText.Shorten(text, maxLength);
    }

    private static string? FitOrNull(string? text, int maxLength, string subject, string what, InterchangeReport report) =>
        InterchangeText.Clean(text) is { } clean ? Fit(clean, maxLength, subject, what, report) : null;

    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]{2,8})*$")]
    private static partial Regex LanguagePattern();

    private sealed class Counts
    {
        public int Groups { get; private set; }

        public int Competencies { get; private set; }

        public int Levels { get; private set; }

        public int Related { get; set; }

        public void Add(CompetencyItemType itemType, int levels)
        {
            if (itemType == CompetencyItemType.Group)
            {
                Groups++;
            }
            else
            {
                Competencies++;
            }

            Levels += levels;
        }
    }
}
