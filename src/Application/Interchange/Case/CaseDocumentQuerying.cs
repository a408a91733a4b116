using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AsnCompetency.Application.Interchange.Case;

/// <summary>The fields of a CFDocument that a list may select, sort and filter on.</summary>
public static class CaseDocumentFields
{
    public static readonly IReadOnlyList<string> ScalarNames =
    [
        "identifier", "uri", "frameworkType", "caseVersion", "creator", "title", "lastChangeDateTime", "officialSourceURL",
        "publisher", "description", "language", "version", "adoptionStatus", "statusStartDate", "statusEndDate", "notes",
    ];

    public static readonly IReadOnlyList<string> AllNames = [.. ScalarNames, "subject", "subjectURI", "licenseURI", "CFPackageURI", "extensions"];

    /// <summary>The field as the specification spells it; null when a CFDocument has no such scalar field.</summary>
    public static string? Scalar(string name) => ScalarNames.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The fields asked for, or null for all of them.</summary>
    public static IReadOnlyList<string>? ParseSelection(string? fields)
    {
        if (string.IsNullOrWhiteSpace(fields))
        {
            return null;
        }

        var selected = new List<string>();
        foreach (var field in fields.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            selected.Add(AllNames.FirstOrDefault(n => string.Equals(n, field, StringComparison.OrdinalIgnoreCase))
                ?? throw CaseRequestException.BadParameter("fields", $"\"{field}\" is not a field of CFDocument ({string.Join(", ", AllNames)})."));
        }

        return selected.Count == 0 ? throw CaseRequestException.BadParameter("fields", "names no field.") : selected;
    }

    public static JsonElement Select(JsonElement document, IReadOnlyList<string>? fields)
    {
        if (fields is null)
        {
            return document;
        }

        var selected = new JsonObject();
        foreach (var field in fields)
        {
            if (document.TryGetProperty(field, out var value))
            {
                selected[field] = JsonNode.Parse(value.GetRawText());
            }
        }

        return JsonSerializer.SerializeToElement(selected);
    }
}

/// <summary>
/// The CASE (OneRoster-style) filter: predicates <c>field op 'value'</c> with =, !=, &gt;, &gt;=,
/// &lt;, &lt;= or ~ (contains), joined by AND or OR (AND binds first). Text compares without case.
/// </summary>
public sealed partial class CaseFilter
{
    private readonly List<List<(string Field, string Operator, string Value)>> _alternatives;

    private CaseFilter(List<List<(string Field, string Operator, string Value)>> alternatives) => _alternatives = alternatives;

    public static CaseFilter Parse(string? filter)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return new CaseFilter([]);
        }

        if (filter.Length > 1000)
        {
            throw CaseRequestException.BadParameter("filter", "is longer than 1000 characters.");
        }

        var alternatives = new List<List<(string, string, string)>>();
        foreach (var alternative in SplitOutsideQuotes(filter, " OR "))
        {
            var predicates = new List<(string, string, string)>();
            foreach (var text in SplitOutsideQuotes(alternative, " AND "))
            {
                var match = PredicatePattern().Match(text.Trim());
                if (!match.Success)
                {
                    throw CaseRequestException.BadParameter("filter", $"\"{text.Trim()}\" is not a predicate such as title~'Kompetensi' (operators =, !=, >, >=, <, <=, ~; values in single quotes).");
                }

                var field = CaseDocumentFields.Scalar(match.Groups["field"].Value)
                    ?? throw CaseRequestException.BadParameter("filter", $"\"{match.Groups["field"].Value}\" is not a field of CFDocument that can be filtered on ({string.Join(", ", CaseDocumentFields.ScalarNames)}).");
                predicates.Add((field, match.Groups["op"].Value, match.Groups["value"].Value.Replace("''", "'")));
            }

            alternatives.Add(predicates);
        }

        return new CaseFilter(alternatives);
    }

    public bool Matches(JsonElement document) =>
        _alternatives.Count == 0 || _alternatives.Any(all => all.All(p => Matches(Text(document, p.Field), p.Operator, p.Value)));

    /// <summary>A scalar field as text, empty when absent.</summary>
    public static string Text(JsonElement document, string field) =>
        document.TryGetProperty(field, out var value) && value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null)
            ? value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText()
            : "";

    private static bool Matches(string actual, string op, string expected)
    {
        var comparison = string.Compare(actual, expected, StringComparison.OrdinalIgnoreCase);
        return op switch
        {
            "=" => comparison == 0,
            "!=" => comparison != 0,
            ">" => comparison > 0,
            ">=" => comparison >= 0,
            "<" => comparison < 0,
            "<=" => comparison <= 0,
            _ => actual.Contains(expected, StringComparison.OrdinalIgnoreCase),
        };
    }

    private static List<string> SplitOutsideQuotes(string text, string separator)
    {
        var parts = new List<string>();
        var inQuotes = false;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\'')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && string.Compare(text, i, separator, 0, separator.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                parts.Add(text[start..i]);
                start = i + separator.Length;
                i = start - 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }

    [GeneratedRegex(@"^(?<field>[A-Za-z]+)\s*(?<op>!=|>=|<=|=|>|<|~)\s*'(?<value>(?:[^']|'')*)'$")]
    private static partial Regex PredicatePattern();
}
