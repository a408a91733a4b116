extern alias JsonEverything;

using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using JsonEverything::Json.Schema;

namespace AsnCompetency.Api.IntegrationTests.Interchange;

/// <summary>
/// Checks of a CASE package: against 1EdTech's official JSON Schema when CASE_SCHEMA_PATH names a
/// copy of it (the schema is not ours to commit), and our own structural checks, which always run.
/// </summary>
public static partial class CasePackageChecks
{
    public const string SchemaPathVariable = "CASE_SCHEMA_PATH";

    /// <summary>The official CFPackage schema, or null when CASE_SCHEMA_PATH does not name a readable file.</summary>
    public static JsonSchema? OfficialSchema() => Schema.Value;

    // Loaded once: the library registers a schema by its $id and refuses to register it again.
    private static readonly Lazy<JsonSchema?> Schema = new(() =>
    {
        var path = Environment.GetEnvironmentVariable(SchemaPathVariable);
        return string.IsNullOrWhiteSpace(path) || !File.Exists(path) ? null : JsonSchema.FromText(File.ReadAllText(path));
    });

    /// <summary>The schema's complaints (instance location and message); empty when the package is valid.</summary>
    public static List<string> SchemaErrors(JsonSchema schema, JsonElement package)
    {
        var result = schema.Evaluate(package, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (result.IsValid)
        {
            return [];
        }

        var errors = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))
            .ToList();
        return errors.Count > 0 ? errors : ["invalid (no details)"];
    }

    /// <summary>Required fields, lowercase UUIDs, RFC 3339 dates, unique identifiers, association directions, the tree and the rubric's links.</summary>
    public static List<string> StructuralProblems(JsonElement package)
    {
        var problems = new List<string>();
        var identifiers = new HashSet<string>();
        void Require(JsonElement element, string where, params string[] fields)
        {
            foreach (var field in fields)
            {
                if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null || (value.ValueKind == JsonValueKind.String && value.GetString()!.Length == 0))
                {
                    problems.Add($"{where}: {field} is missing");
                }
            }
        }

        void Uuid(string? value, string where)
        {
            if (value is null || !UuidPattern().IsMatch(value))
            {
                problems.Add($"{where}: '{value}' is not a lowercase UUID of versions 1-5");
            }
        }

        void Own(JsonElement element, string where)
        {
            var id = element.GetProperty("identifier").GetString();
            Uuid(id, where);
            if (id is not null && !identifiers.Add(id))
            {
                problems.Add($"{where}: identifier {id} is used twice");
            }

            var date = element.TryGetProperty("lastChangeDateTime", out var d) ? d.GetString() : null;
            if (date is null || !Rfc3339Pattern().IsMatch(date) || !DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                problems.Add($"{where}: lastChangeDateTime '{date}' is not an RFC 3339 date-time");
            }
        }

        NoNulls(package, "$", problems);
        var document = package.GetProperty("CFDocument");
        Require(document, "CFDocument", "identifier", "uri", "creator", "title", "lastChangeDateTime");
        Own(document, "CFDocument");
        var documentId = document.GetProperty("identifier").GetString()!;
        foreach (var field in new[] { "statusStartDate", "statusEndDate" })
        {
            if (document.TryGetProperty(field, out var date) && !DatePattern().IsMatch(date.GetString() ?? ""))
            {
                problems.Add($"CFDocument: {field} '{date}' is not a full-date");
            }
        }

        var items = package.GetProperty("CFItems").EnumerateArray().ToList();
        var itemIds = new HashSet<string>();
        foreach (var (item, i) in items.Select((x, i) => (x, i)))
        {
            Require(item, $"CFItems[{i}]", "identifier", "fullStatement", "uri", "lastChangeDateTime", "CFItemType", "humanCodingScheme");
            Own(item, $"CFItems[{i}]");
            itemIds.Add(item.GetProperty("identifier").GetString()!);
        }

        var parents = new Dictionary<string, string>();
        foreach (var (association, i) in package.GetProperty("CFAssociations").EnumerateArray().Select((x, i) => (x, i)))
        {
            var where = $"CFAssociations[{i}]";
            Require(association, where, "identifier", "associationType", "uri", "originNodeURI", "destinationNodeURI", "lastChangeDateTime");
            Own(association, where);
            var origin = association.GetProperty("originNodeURI");
            var destination = association.GetProperty("destinationNodeURI");
            Require(origin, $"{where}.originNodeURI", "title", "identifier", "uri");
            Require(destination, $"{where}.destinationNodeURI", "title", "identifier", "uri");
            var from = origin.GetProperty("identifier").GetString()!;
            var to = destination.GetProperty("identifier").GetString()!;
            switch (association.GetProperty("associationType").GetString())
            {
                case "isChildOf":
                    if (!itemIds.Contains(from))
                    {
                        problems.Add($"{where}: isChildOf must start at an item (the child); {from} is not one");
                    }

                    if (!itemIds.Contains(to) && to != documentId)
                    {
                        problems.Add($"{where}: isChildOf must end at the parent item or the document; {to} is neither");
                    }

                    if (!association.TryGetProperty("sequenceNumber", out _))
                    {
                        problems.Add($"{where}: isChildOf has no sequenceNumber");
                    }

                    if (!parents.TryAdd(from, to))
                    {
                        problems.Add($"{where}: {from} has a second parent");
                    }

                    break;
                case "isRelatedTo":
                    if (!itemIds.Contains(from) || !itemIds.Contains(to))
                    {
                        problems.Add($"{where}: isRelatedTo must join two items of the package");
                    }

                    break;
                default:
                    problems.Add($"{where}: unexpected associationType");
                    break;
            }
        }

        foreach (var item in itemIds)
        {
            var seen = new HashSet<string>();
            var current = item;
            while (current != documentId)
            {
                if (!parents.TryGetValue(current, out var parent) || !seen.Add(current))
                {
                    problems.Add($"item {item} does not reach the document through isChildOf");
                    break;
                }

                current = parent;
            }
        }

        if (package.TryGetProperty("CFRubrics", out var rubrics))
        {
            foreach (var (rubric, r) in rubrics.EnumerateArray().Select((x, i) => (x, i)))
            {
                Require(rubric, $"CFRubrics[{r}]", "identifier", "uri", "lastChangeDateTime");
                Own(rubric, $"CFRubrics[{r}]");
                var rubricId = rubric.GetProperty("identifier").GetString();
                foreach (var (criterion, c) in rubric.GetProperty("CFRubricCriteria").EnumerateArray().Select((x, i) => (x, i)))
                {
                    var where = $"CFRubrics[{r}].CFRubricCriteria[{c}]";
                    Require(criterion, where, "identifier", "uri", "lastChangeDateTime", "CFItemURI", "rubricId");
                    Own(criterion, where);
                    if (criterion.GetProperty("rubricId").GetString() != rubricId)
                    {
                        problems.Add($"{where}: rubricId is not its rubric's identifier");
                    }

                    if (!itemIds.Contains(criterion.GetProperty("CFItemURI").GetProperty("identifier").GetString()!))
                    {
                        problems.Add($"{where}: CFItemURI names no item of the package");
                    }

                    var criterionId = criterion.GetProperty("identifier").GetString();
                    foreach (var (level, l) in criterion.GetProperty("CFRubricCriterionLevels").EnumerateArray().Select((x, i) => (x, i)))
                    {
                        Require(level, $"{where}.CFRubricCriterionLevels[{l}]", "identifier", "uri", "lastChangeDateTime", "score", "quality", "description");
                        Own(level, $"{where}.CFRubricCriterionLevels[{l}]");
                        if (level.GetProperty("rubricCriterionId").GetString() != criterionId)
                        {
                            problems.Add($"{where}.CFRubricCriterionLevels[{l}]: rubricCriterionId is not its criterion's identifier");
                        }
                    }
                }
            }
        }

        return problems;
    }

    private static void NoNulls(JsonElement element, string path, List<string> problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                problems.Add($"{path} is null");
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    NoNulls(property.Value, $"{path}.{property.Name}", problems);
                }

                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var child in element.EnumerateArray())
                {
                    NoNulls(child, $"{path}[{i++}]", problems);
                }

                break;
        }
    }

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")]
    private static partial Regex UuidPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339Pattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DatePattern();
}
