using System.Globalization;
using System.Text.Json;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Domain.Frameworks;

namespace AsnCompetency.Application.Interchange.Case;

/// <summary>
/// Reads a CASE package (1.1 or 1.0, as OpenSALT, the CASE Network and other tools write them)
/// into a <see cref="FrameworkDraft"/>. It is tolerant: names are matched without case, unknown
/// fields are ignored (and counted in the report), optional fields may be missing, items may hang
/// straight under the document, and an item with several parents keeps the first. Only a file
/// with no document or no title is refused.
/// </summary>
public static class CasePackageReader
{
    private static readonly HashSet<string> KnownItemFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "identifier", "uri", "fullStatement", "abbreviatedStatement", "alternativeLabel", "CFItemType", "humanCodingScheme",
        "listEnumeration", "lastChangeDateTime", "extensions", "CFDocumentURI", "language", "CFItemTypeURI",
    };

    public static FrameworkDraft Read(JsonElement root, InterchangeReport report)
    {
        if (root.ValueKind != JsonValueKind.Object || Property(root, "CFDocument") is not { ValueKind: JsonValueKind.Object } document)
        {
            throw new ValidationException("file", "The file is not a CASE package: it has no CFDocument object (export the framework as a CFPackage).");
        }

        var documentId = Text(document, "identifier");
        var title = Text(document, "title") ?? throw new ValidationException("file", "The CFDocument of the package has no title.");
        report.SourceTitle = title;
        report.SourceIdentifier = documentId;
        if (Text(document, "caseVersion") is not { } caseVersion)
        {
            report.Adjust("CFDocument", "The package names no caseVersion; it was read as CASE 1.0.");
        }
        else if (caseVersion != CasePackageBuilder.CaseVersion)
        {
            report.Adjust("CFDocument", $"The package is CASE {caseVersion}; it was read as CASE 1.1.");
        }

        var ours = Ours(document);
        var draft = new FrameworkDraft
        {
            Code = Text(ours, "code"),
            Name = title,
            AlternativeName = Text(ours, "alternativeName"),
            Description = Text(document, "description"),
            Language = Text(document, "language"),
            ProficiencyLevels = OurScale(ours),
        };
        if (Text(document, "version") is { } version && version != "1")
        {
            report.Adjust("CFDocument", $"The document is version {version}; it was imported as version 1 of a new draft framework.");
        }

        var items = ReadItems(Array(root, "CFItems"), report);
        draft.Items.AddRange(items.Values);
        ReadAssociations(Array(root, "CFAssociations"), documentId, Text(document, "uri"), items, report);
        var rubricScale = ReadRubrics(Array(root, "CFRubrics"), items, report);
        if (draft.ProficiencyLevels is null && rubricScale is not null)
        {
            draft.ProficiencyLevels = rubricScale;
        }

        if (Property(root, "CFDefinitions") is { ValueKind: JsonValueKind.Object })
        {
            report.Skip("CFDefinitions", "Definitions (item types, subjects, concepts, licences, association groupings) have no counterpart and were not imported.");
        }

        return draft;
    }

    private static Dictionary<string, DraftItem> ReadItems(IEnumerable<JsonElement> elements, InterchangeReport report)
    {
        var items = new Dictionary<string, DraftItem>(StringComparer.OrdinalIgnoreCase);
        var unknownFields = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var element in elements)
        {
            index++;
            if (element.ValueKind != JsonValueKind.Object || Text(element, "identifier") is not { } identifier)
            {
                report.Skip($"CFItems[{index - 1}]", "The item has no identifier and was not imported.");
                continue;
            }

            foreach (var property in element.EnumerateObject().Where(p => !KnownItemFields.Contains(p.Name)))
            {
                unknownFields[property.Name] = unknownFields.GetValueOrDefault(property.Name) + 1;
            }

            var full = InterchangeText.Clean(Text(element, "fullStatement"));
            var abbreviated = InterchangeText.Clean(Text(element, "abbreviatedStatement"));
            var code = InterchangeText.Clean(Text(element, "humanCodingScheme"));
            if (full is null && abbreviated is null && code is null)
            {
                report.Skip(identifier, "The item has no statement and no code and was not imported.");
                continue;
            }

            var name = abbreviated ?? full!;
            if (abbreviated is null && full is not null && full.Length > Domain.Common.FieldLengths.Name)
            {
                name = InterchangeText.Shorten(full, Domain.Common.FieldLengths.Name);
                report.Adjust(code ?? identifier, "Its statement is too long for a name; the name is its beginning and the description the whole statement.");
            }

            var ours = Ours(element);
            var item = new DraftItem
            {
                Key = identifier,
                Code = code,
                Name = name ?? code!,
                AlternativeName = Text(element, "alternativeLabel"),
                Description = full is not null && full != name ? full : null,
                ItemType = ItemType(Text(element, "CFItemType")),
                GroupKind = Enum.TryParse<CompetencyGroupKind>(Text(ours, "groupKind"), ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind : null,
                SortOrder = int.TryParse(Text(element, "listEnumeration"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var listed) && listed >= 0 ? listed : null,
            };
            if (!items.TryAdd(identifier, item))
            {
                report.Skip(item.Label, $"The identifier {identifier} appears more than once; only its first item was imported.");
            }
        }

        foreach (var (field, count) in unknownFields.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            report.Skip($"CFItems.{field}", $"The field {field} ({count} item(s)) has no counterpart and was not imported.");
        }

        return items;
    }

    private static void ReadAssociations(IEnumerable<JsonElement> elements, string? documentId, string? documentUri, Dictionary<string, DraftItem> items, InterchangeReport report)
    {
        var parentSet = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var skippedTypes = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var element in elements)
        {
            index++;
            var type = Text(element, "associationType");
            var origin = NodeId(element, "originNodeURI");
            var destination = NodeId(element, "destinationNodeURI");
            var subject = Text(element, "identifier") ?? $"CFAssociations[{index - 1}]";
            if (type is null || origin is null || destination is null)
            {
                report.Skip(subject, "The association lacks its type, origin or destination and was not imported.");
                continue;
            }

            if (string.Equals(type, CasePackageBuilder.ChildOf, StringComparison.OrdinalIgnoreCase))
            {
                if (!items.TryGetValue(origin, out var child))
                {
                    report.Skip(subject, $"isChildOf starts at {origin}, which is not an item of the package.");
                    continue;
                }

                var toDocument = string.Equals(destination, documentId, StringComparison.OrdinalIgnoreCase)
                    || (documentUri is not null && string.Equals(destination, documentUri, StringComparison.OrdinalIgnoreCase));
                if (!toDocument && !items.ContainsKey(destination))
                {
                    report.Skip(subject, $"isChildOf of {child.Label} ends at {destination}, which is neither the document nor an item of the package.");
                    continue;
                }

                if (!parentSet.Add(child.Key))
                {
                    report.Skip(subject, $"{child.Label} has more than one parent; the first was kept and this one ({(toDocument ? "the document" : items[destination].Label)}) left out.");
                    continue;
                }

                child.ParentKey = toDocument ? null : items[destination].Key;
                if (Int(element, "sequenceNumber") is >= 0 and var sequence)
                {
                    child.SortOrder = sequence;
                }
            }
            else if (string.Equals(type, CasePackageBuilder.RelatedTo, StringComparison.OrdinalIgnoreCase))
            {
                if (items.TryGetValue(origin, out var from) && items.TryGetValue(destination, out var to))
                {
                    from.RelatedKeys.Add(to.Key);
                }
                else
                {
                    report.Skip(subject, "isRelatedTo joins a node outside the package; cross-references stay within a framework.");
                }
            }
            else
            {
                skippedTypes[type] = skippedTypes.GetValueOrDefault(type) + 1;
            }
        }

        foreach (var item in items.Values.Where(i => !parentSet.Contains(i.Key)))
        {
            report.Adjust(item.Label, "No isChildOf places it in the tree; it was placed at the top level.");
        }

        foreach (var (type, count) in skippedTypes.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            report.Skip($"CFAssociations.{type}", $"{count} {type} association(s) have no counterpart (only isChildOf and isRelatedTo do) and were not imported.");
        }
    }

    /// <summary>Level descriptions from the rubrics' criteria; returns the scale the scores make, if they make one.</summary>
    private static List<ProficiencyLevelDefinition>? ReadRubrics(IEnumerable<JsonElement> rubrics, Dictionary<string, DraftItem> items, InterchangeReport report)
    {
        var rows = new List<(DraftItem Item, decimal Score, string? Quality, string? Description, JsonElement Level)>();
        var described = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rubric in rubrics)
        {
            foreach (var criterion in Array(rubric, "CFRubricCriteria"))
            {
                var subject = Text(criterion, "identifier") ?? "CFRubricCriteria";
                var itemId = Property(criterion, "CFItemURI") is { ValueKind: JsonValueKind.Object } link ? Text(link, "identifier") ?? LastSegment(Text(link, "uri")) : null;
                if (itemId is null || !items.TryGetValue(itemId, out var item))
                {
                    report.Skip(subject, "The rubric criterion names no item of the package and was not imported.");
                    continue;
                }

                if (!described.Add(item.Key))
                {
                    report.Skip(subject, $"{item.Label} has more than one rubric criterion; the first was kept.");
                    continue;
                }

                foreach (var level in Array(criterion, "CFRubricCriterionLevels"))
                {
                    if (Decimal(level, "score") is not { } score)
                    {
                        report.Skip(item.Label, "A rubric criterion level without a score was not imported.");
                        continue;
                    }

                    rows.Add((item, score, Text(level, "quality"), Text(level, "description"), level));
                }
            }
        }

        if (rows.Count == 0)
        {
            return null;
        }

        // Scores 1..N become levels 1..N; any other set of two to five scores is ranked.
        var scores = rows.Select(r => r.Score).Distinct().Order().ToList();
        Dictionary<decimal, int> levelOf;
        if (scores.Count is < 2 or > Domain.Frameworks.ProficiencyScale.MaxLevel)
        {
            report.Skip("CFRubrics", $"The rubric scores ({string.Join(", ", scores)}) do not make a scale of 2 to 5 levels; its level descriptions were not imported.");
            return null;
        }

        if (scores.SequenceEqual(Enumerable.Range(1, scores.Count).Select(n => (decimal)n)))
        {
            levelOf = scores.ToDictionary(s => s, s => (int)s);
        }
        else
        {
            levelOf = scores.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i + 1);
            report.Adjust("CFRubrics", $"The rubric scores {string.Join(", ", scores)} were read as levels 1 to {scores.Count}.");
        }

        foreach (var (item, score, _, description, level) in rows)
        {
            var ours = OurLevel(level);
            var text = Text(ours, "description");
            List<string> indicators;
            if (text is not null && Property(ours, "indicators") is { ValueKind: JsonValueKind.Array } list)
            {
                indicators = [.. list.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.String).Select(i => i.GetString()!)];
            }
            else
            {
                (text, indicators) = CaseLevelText.Split(InterchangeText.Clean(description) ?? "");
            }

            item.Levels.Add(new CompetencyLevelDescriptor(levelOf[score], text, indicators));
        }

        return [.. scores.Select(s => new ProficiencyLevelDefinition(
            levelOf[s],
            rows.Where(r => r.Score == s).Select(r => r.Quality).FirstOrDefault(q => !string.IsNullOrWhiteSpace(q)) ?? $"Level {levelOf[s]}",
            null))];
    }

    private static CompetencyItemType? ItemType(string? type) => type?.Trim().ToLowerInvariant() switch
    {
        "group" => CompetencyItemType.Group,
        "competency" => CompetencyItemType.Competency,
        _ => null,
    };

    private static List<ProficiencyLevelDefinition>? OurScale(JsonElement ours)
    {
        if (Property(ours, "proficiencyLevels") is not { ValueKind: JsonValueKind.Array } levels)
        {
            return null;
        }

        return [.. levels.EnumerateArray()
            .Where(l => Int(l, "level") is not null && Text(l, "name") is not null)
            .Select(l => new ProficiencyLevelDefinition(Int(l, "level")!.Value, Text(l, "name")!, Text(l, "description")))];
    }

    /// <summary>Our own extension object (extensions.asnCompetency), or an undefined element.</summary>
    private static JsonElement Ours(JsonElement element) =>
        Property(element, "extensions") is { ValueKind: JsonValueKind.Object } extensions && Property(extensions, CasePackageBuilder.ExtensionKey) is { ValueKind: JsonValueKind.Object } ours
            ? ours
            : default;

    private static JsonElement OurLevel(JsonElement level)
    {
        if (Property(level, "extensions") is not { } extensions)
        {
            return default;
        }

        var candidates = extensions.ValueKind == JsonValueKind.Array ? extensions.EnumerateArray().ToList() : [extensions];
        return candidates
            .Where(c => c.ValueKind == JsonValueKind.Object)
            .Select(c => Property(c, CasePackageBuilder.ExtensionKey))
            .FirstOrDefault(o => o is { ValueKind: JsonValueKind.Object }) ?? default;
    }

    private static string? NodeId(JsonElement association, string name) =>
        Property(association, name) is { ValueKind: JsonValueKind.Object } node
            ? Text(node, "identifier") ?? LastSegment(Text(node, "uri"))
            : null;

    private static string? LastSegment(string? uri) =>
        uri is null ? null : uri.TrimEnd('/').Split('/')[^1];

    private static JsonElement? Property(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (element.TryGetProperty(name, out var exact))
        {
            return exact;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object) : [];

    private static string? Text(JsonElement element, string name) =>
        Property(element, name) switch
        {
            { ValueKind: JsonValueKind.String } value when !string.IsNullOrWhiteSpace(value.GetString()) => value.GetString()!.Trim(),
            { ValueKind: JsonValueKind.Number } value => value.GetRawText(),
            _ => null,
        };

    private static int? Int(JsonElement element, string name) =>
        Property(element, name) switch
        {
            { ValueKind: JsonValueKind.Number } value when value.TryGetInt32(out var number) => number,
            { ValueKind: JsonValueKind.String } value when int.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        };

    private static decimal? Decimal(JsonElement element, string name) =>
        Property(element, name) switch
        {
            { ValueKind: JsonValueKind.Number } value when value.TryGetDecimal(out var number) => number,
            { ValueKind: JsonValueKind.String } value when decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        };
}
