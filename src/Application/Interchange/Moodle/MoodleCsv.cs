using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Import;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Domain.Frameworks;

namespace AsnCompetency.Application.Interchange.Moodle;

/// <summary>
/// The 14 columns of Moodle's competency framework CSV (admin tool tool_lpimportcsv), in its
/// order; the framework row comes first, then one row per competency.
/// </summary>
public static class MoodleCsvColumns
{
    public const string ParentIdNumber = "Parent ID number";
    public const string IdNumber = "ID number";
    public const string ShortName = "Short name";
    public const string Description = "Description";
    public const string DescriptionFormat = "Description format";
    public const string ScaleValues = "Scale values";
    public const string ScaleConfiguration = "Scale configuration";
    public const string RuleType = "Rule type (optional)";
    public const string RuleOutcome = "Rule outcome (optional)";
    public const string RuleConfig = "Rule config (optional)";
    public const string RelatedIdNumbers = "Cross-referenced competency ID numbers";
    public const string ExportId = "Exported ID (optional)";
    public const string IsFramework = "Is framework";
    public const string Taxonomy = "Taxonomy";

    public static readonly IReadOnlyList<string> All =
    [
        ParentIdNumber, IdNumber, ShortName, Description, DescriptionFormat, ScaleValues, ScaleConfiguration,
        RuleType, RuleOutcome, RuleConfig, RelatedIdNumbers, ExportId, IsFramework, Taxonomy,
    ];

    public static readonly IReadOnlyList<string> Required = [ParentIdNumber, IdNumber, ShortName, IsFramework];

    /// <summary>Moodle's description formats: FORMAT_MOODLE 0, FORMAT_HTML 1, FORMAT_PLAIN 2, FORMAT_MARKDOWN 4.</summary>
    public const int FormatPlain = 2;

    /// <summary>Moodle's taxonomy terms (competency_framework::TAXONOMY_*); domain and concept name groupings.</summary>
    public static readonly IReadOnlyList<string> Taxonomies =
        ["behaviour", "competency", "concept", "domain", "indicator", "level", "outcome", "practice", "proficiency", "skill", "value"];

    /// <summary>
    /// A header as Moodle versions spell it ("Exported id (optional)", "Cross referenced competency
    /// id numbers", "Shortname") reduced to letters, to the column.
    /// </summary>
    public static Dictionary<string, (int Index, string Header)> Map(IReadOnlyList<string> headers, ImportMessages errors, ImportMessages warnings)
    {
        var keys = All.ToDictionary(Key, c => c);
        keys["relatedidnumbers"] = RelatedIdNumbers;
        keys["exportid"] = ExportId;
        keys["taxonomies"] = Taxonomy;
        var map = new Dictionary<string, (int Index, string Header)>();
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i]?.Trim() ?? "";
            if (header.Length == 0)
            {
                continue;
            }

            if (!keys.TryGetValue(Key(header), out var column))
            {
                warnings.Add(1, header, $"Column '{header}' is not a column of Moodle's competency framework CSV and is ignored.");
            }
            else if (!map.TryAdd(column, (i, header)))
            {
                errors.Add(1, header, $"Column '{header}' repeats column '{map[column].Header}'.");
            }
        }

        foreach (var column in Required.Where(c => !map.ContainsKey(c)))
        {
            errors.Add(1, column, $"The column '{column}' is missing. A Moodle competency framework CSV has these columns: {string.Join(", ", All)}.");
        }

        return map;
    }

    private static string Key(string header) =>
        new([.. header.Replace("(optional)", "", StringComparison.OrdinalIgnoreCase).ToLowerInvariant().Where(char.IsAsciiLetter)]);
}

/// <summary>
/// Writes a framework as Moodle writes it: the framework row (scale values are the level names,
/// the scale configuration makes level 1 the default and the levels above it proficient, and the
/// taxonomy is domain for a depth of groups only, competency otherwise), then the items parent
/// first, siblings in order, with their cross-references. Texts are plain (description format 2).
/// </summary>
public static class MoodleCsvWriter
{
    public static string Write(CompetencyFramework framework, IReadOnlyCollection<Competency> items)
    {
        var builder = new StringBuilder();
        Row(builder, MoodleCsvColumns.All);

        var byParent = items.ToLookup(c => c.ParentId);
        var byId = items.ToDictionary(c => c.Id);
        var ordered = new List<(Competency Item, int Depth)>();
        void Walk(Guid? parentId, int depth)
        {
            foreach (var item in byParent[parentId].OrderBy(c => c.SortOrder).ThenBy(c => c.Code, StringComparer.Ordinal))
            {
                ordered.Add((item, depth));
                Walk(item.Id, depth + 1);
            }
        }

        Walk(null, 1);
        var depths = ordered.Count == 0 ? 1 : ordered.Max(o => o.Depth);
        var taxonomy = Enumerable.Range(1, depths)
            .Select(d => ordered.Where(o => o.Depth == d).ToList() is { Count: > 0 } atDepth && atDepth.All(o => o.Item.IsGroup) ? "domain" : "competency");

        Row(builder,
        [
            "", framework.Code, framework.Name, framework.Description ?? "", MoodleCsvColumns.FormatPlain.ToString(CultureInfo.InvariantCulture),
            string.Join(",", framework.ProficiencyLevels.Select(l => l.Name.Replace(',', ' '))),
            ScaleConfiguration(framework.LevelCount), "", "", "", "", "", "1", string.Join(",", taxonomy),
        ]);

        var exportId = 0;
        foreach (var (item, _) in ordered)
        {
            var related = Competency_RelatedCodes(item, items, byId);
            Row(builder,
            [
                item.ParentId is { } parentId ? byId[parentId].Code : "", item.Code, item.Name, item.Description ?? "",
                MoodleCsvColumns.FormatPlain.ToString(CultureInfo.InvariantCulture), "", "", "", "0", "null",
                string.Join(",", related.Select(c => c.Replace(",", "%2C", StringComparison.Ordinal))),
                (++exportId).ToString(CultureInfo.InvariantCulture), "", "",
            ]);
        }

        return builder.ToString();
    }

    /// <summary>Moodle's scale configuration: the scale first, then each value with its default and proficient flags.</summary>
    public static string ScaleConfiguration(int levelCount)
    {
        var array = new JsonArray { new JsonObject { ["scaleid"] = "0" } };
        for (var level = 1; level <= levelCount; level++)
        {
            array.Add(new JsonObject { ["id"] = level, ["scaledefault"] = level == 1 ? 1 : 0, ["proficient"] = level == 1 ? 0 : 1 });
        }

        return array.ToJsonString();
    }

    private static IEnumerable<string> Competency_RelatedCodes(Competency item, IReadOnlyCollection<Competency> items, Dictionary<Guid, Competency> byId) =>
        CompetencyFramework.RelatedOf(item.Id, items).Where(byId.ContainsKey).Select(id => byId[id].Code).Order(StringComparer.Ordinal);

    /// <summary>One CSV record as PHP's fputcsv writes it: quoted when it holds a separator, quote, space or line break.</summary>
    private static void Row(StringBuilder builder, IReadOnlyList<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            var value = values[i];
            builder.Append(value.IndexOfAny([',', '"', ' ', '\n', '\r', '\t']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value);
        }

        builder.Append('\n');
    }
}

/// <summary>
/// Reads Moodle's competency framework CSV into a <see cref="FrameworkDraft"/>. HTML descriptions
/// become plain text; the scale values become the proficiency levels; a depth whose taxonomy is
/// domain or concept holds groups, and elsewhere an item with children is a group; cross-references
/// become related-competency links. Completion rules, per-competency scales and the proficient
/// flags have no counterpart and are reported as skipped.
/// </summary>
public static class MoodleCsvReader
{
    public static async Task<FrameworkDraft> ReadAsync(ITabularFileReader files, Stream content, InterchangeReport report, CancellationToken cancellationToken)
    {
        await using var upload = await ImportUpload.OpenAsync(files, content, "framework.csv", MoodleCsvColumns.Map, cancellationToken);
        string? Cell(TabularRow row, string column) =>
            upload.Columns.TryGetValue(column, out var c) && c.Index < row.Values.Count && !string.IsNullOrWhiteSpace(row.Values[c.Index]) ? row.Values[c.Index]!.Trim() : null;

        FrameworkDraft? draft = null;
        string[] taxonomy = [];
        string? frameworkScale = null;
        var pending = new List<(DraftItem Item, string? ParentKey)>();
        await foreach (var row in upload.File.ReadRowsAsync(cancellationToken))
        {
            if (row.IsEmpty)
            {
                continue;
            }

            if (row.Values.Any(v => v is not null && v.Any(ch => ch == '\0')))
            {
                upload.Errors.Add(row.RowNumber, null, "The row contains a NUL character; remove it.");
                continue;
            }

            if (IsTrue(Cell(row, MoodleCsvColumns.IsFramework)))
            {
                if (draft is not null)
                {
                    upload.Errors.Add(row.RowNumber, upload.Columns[MoodleCsvColumns.IsFramework].Header, "A second framework row: the file may hold one framework.");
                    continue;
                }

                frameworkScale = Cell(row, MoodleCsvColumns.ScaleValues);
                taxonomy = (Cell(row, MoodleCsvColumns.Taxonomy) ?? "").Split(',', StringSplitOptions.TrimEntries).Select(t => t.ToLowerInvariant()).ToArray();
                foreach (var term in taxonomy.Where(t => t.Length > 0 && !MoodleCsvColumns.Taxonomies.Contains(t)).Distinct())
                {
                    report.Skip("framework", $"'{term}' is not one of Moodle's taxonomy terms; the depth using it is read by its shape.");
                }

                draft = new FrameworkDraft
                {
                    Code = Cell(row, MoodleCsvColumns.IdNumber),
                    Name = Cell(row, MoodleCsvColumns.ShortName) ?? "",
                    Description = Description(row, Cell, report, "framework"),
                    ProficiencyLevels = Scale(frameworkScale),
                };
                report.SourceTitle = draft.Name;
                report.SourceIdentifier = draft.Code;
                if (draft.ProficiencyLevels is null)
                {
                    report.Skip("framework", "The framework row has no scale values.");
                }

                if (Cell(row, MoodleCsvColumns.ScaleConfiguration) is { } configuration && !IsJsonArray(configuration))
                {
                    report.Skip("framework", "The scale configuration is not Moodle's JSON list and was ignored.");
                }

                continue;
            }

            var idNumber = Cell(row, MoodleCsvColumns.IdNumber);
            var shortName = Cell(row, MoodleCsvColumns.ShortName);
            if (idNumber is null || shortName is null)
            {
                report.Skip($"row {row.RowNumber}", "A competency needs an ID number and a short name (Moodle skips it too).");
                continue;
            }

            var item = new DraftItem { Key = idNumber, Code = idNumber, Name = shortName, Description = Description(row, Cell, report, idNumber) };
            if (Cell(row, MoodleCsvColumns.RelatedIdNumbers) is { } related)
            {
                item.RelatedKeys.AddRange(related.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(r => r.Replace("%2C", ",", StringComparison.Ordinal)));
            }

            if (Cell(row, MoodleCsvColumns.RuleType) is { } ruleType)
            {
                report.Skip(idNumber, $"Its completion rule ({ruleType}) has no counterpart and was not imported.");
            }

            if (Cell(row, MoodleCsvColumns.ScaleValues) is { } ownScale && ownScale != frameworkScale)
            {
                report.Skip(idNumber, $"Its own scale ({ownScale}) was not imported; competencies use the framework's scale.");
            }

            pending.Add((item, Cell(row, MoodleCsvColumns.ParentIdNumber)));
        }

        if (draft is null && !upload.Errors.Any)
        {
            upload.Errors.Add(2, upload.Columns[MoodleCsvColumns.IsFramework].Header, "No row has 'Is framework' set to 1: the framework row (ID number, short name, scale) must come first.");
        }

        upload.ThrowIfRejected();

        var keys = pending.Select(p => p.Item.Key).ToHashSet(StringComparer.Ordinal);
        var hasChildren = pending.Where(p => p.ParentKey is not null).Select(p => p.ParentKey!).ToHashSet(StringComparer.Ordinal);
        var parents = pending.Where(p => p.ParentKey is not null).ToDictionary(p => p.Item.Key, p => p.ParentKey!, StringComparer.Ordinal);
        foreach (var (item, parentKey) in pending)
        {
            item.ParentKey = parentKey is not null && keys.Contains(parentKey) ? parentKey : null;
            if (parentKey is not null && item.ParentKey is null)
            {
                report.Adjust(item.Label, $"Its parent '{parentKey}' is not in the file; it was placed at the top level.");
            }

            var depth = Depth(item.Key, parents);
            var term = depth <= taxonomy.Length ? taxonomy[depth - 1] : "";
            item.ItemType = term is "domain" or "concept" ? CompetencyItemType.Group
                : hasChildren.Contains(item.Key) ? CompetencyItemType.Group
                : CompetencyItemType.Competency;
            draft!.Items.Add(item);
        }

        return draft!;
    }

    private static int Depth(string key, Dictionary<string, string> parents)
    {
        var depth = 1;
        var seen = new HashSet<string> { key };
        while (parents.TryGetValue(key, out var parent) && seen.Add(parent))
        {
            depth++;
            key = parent;
        }

        return depth;
    }

    private static string? Description(TabularRow row, Func<TabularRow, string, string?> cell, InterchangeReport report, string subject)
    {
        var text = cell(row, MoodleCsvColumns.Description);
        var format = cell(row, MoodleCsvColumns.DescriptionFormat);
        if (format is not null && format is not ("0" or "1" or "2" or "4"))
        {
            report.Adjust(subject, $"Description format {format} is not one of Moodle's (0 Moodle, 1 HTML, 2 plain, 4 Markdown); it was read as HTML.");
        }

        // HTML (1) and Moodle auto-format (0) are markup; plain text and Markdown are kept as text,
        // with any tags in them removed all the same.
        return InterchangeText.Clean(text, html: format is not ("2" or "4"));
    }

    private static List<ProficiencyLevelDefinition>? Scale(string? values)
    {
        if (values is null)
        {
            return null;
        }

        return [.. values.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select((name, index) => new ProficiencyLevelDefinition(index + 1, name, null))];
    }

    private static bool IsTrue(string? value) => value?.Trim().ToLowerInvariant() is "1" or "true" or "yes";

    private static bool IsJsonArray(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Array;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
