using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AsnCompetency.Api.IntegrationTests;

/// <summary>
/// docs/integrators.md is executed: every ```http block is sent, in order, against the API with
/// the demo data run.sh loads, with {{name}} filled in from earlier answers; the answer must have
/// the status and fields of the &lt;!-- expect: … --&gt; comment after the block, and must be what
/// the OpenAPI document says (the path and status declared, required properties present, types
/// and enum values as declared). An example marked "pending" whose path the OpenAPI document does
/// not have yet is skipped, and the test says so.
/// </summary>
public sealed partial class IntegratorGuideTests : ApiTestBase
{
    private const string DocumentUrl = "/swagger/v1/swagger.json";

    [Test]
    public async Task EveryExampleOfTheGuide_AnswersAsTheGuideAndTheOpenApiDocumentSay()
    {
        await Environment.ResetDatabaseAsync(includeDemoOrganisation: true);
        var guide = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "docs", "integrators.md"));
        var examples = Parse(guide);
        examples.Count.ShouldBeGreaterThanOrEqualTo(10);
        using var client = Environment.CreateAnonymousClient();
        var document = JsonNode.Parse(await client.GetStringAsync(DocumentUrl))!;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var sent = 0;

        foreach (var (example, index) in examples.Select((e, i) => (e, i + 1)))
        {
            // Looked up before {{…}} are filled in: a skipped example captures nothing for the next.
            var (rawMethod, rawTarget, _, _) = Split(example.Request);
            var operation = FindOperation(document, rawMethod, rawTarget.Split('?')[0]);
            if (operation is null)
            {
                example.Expect["pending"].ShouldNotBeNull($"example {index} ({rawMethod} {rawTarget}): the OpenAPI document has no such operation; the guide has drifted from the API.");
                await TestContext.Out.WriteLineAsync($"Skipped example {index} ({rawMethod} {rawTarget}): {example.Expect["pending"]}.");
                continue;
            }

            var (method, target, headers, body) = Split(Fill(example.Request, values, index));
            var where = $"example {index} ({method} {target})";

            using var message = new HttpRequestMessage(new HttpMethod(method), target);
            if (body.Length > 0)
            {
                var contentType = headers.FirstOrDefault(h => h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value ?? "application/json";
                message.Content = new StringContent(body, Encoding.UTF8, MediaTypeHeaderValue.Parse(contentType));
            }

            foreach (var (name, value) in headers.Where(h => !h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)))
            {
                message.Headers.TryAddWithoutValidation(name, value).ShouldBeTrue($"{where}: header {name}");
            }

            using var response = await client.SendAsync(message);
            sent++;
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync();
            status.ShouldBe((int)example.Expect["status"]!, $"{where} answered: {text[..Math.Min(text.Length, 500)]}");

            var declared = operation["responses"]?[status.ToString(System.Globalization.CultureInfo.InvariantCulture)];
            declared.ShouldNotBeNull($"{where}: the OpenAPI document does not declare {status}");
            var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
            if (example.Expect["contentType"] is { } expectedType)
            {
                mediaType.ShouldBe((string)expectedType!, where);
            }

            declared["content"]?[mediaType].ShouldNotBeNull($"{where}: the OpenAPI document does not declare {mediaType} for {status}");
            if (example.Expect["bodyStartsWith"] is { } start)
            {
                text.TrimStart('\uFEFF').ShouldStartWith((string)start!, Case.Sensitive, where);
                text.Split('\n').Length.ShouldBeGreaterThan(1, $"{where}: no data rows");
            }

            if (!mediaType.EndsWith("json", StringComparison.Ordinal))
            {
                continue;
            }

            var answer = JsonNode.Parse(text);
            var schema = declared["content"]![mediaType]!["schema"];
            var errors = new List<string>();
            Conform(answer, schema, document, "$", errors, depth: 0);
            errors.ShouldBeEmpty($"{where}: the answer differs from its OpenAPI schema: {string.Join("; ", errors.Take(10))}");

            foreach (var (path, expected) in example.Expect["fields"]?.AsObject() ?? [])
            {
                var actual = Select(answer, path);
                var check = expected is JsonValue v && v.TryGetValue<string>(out var s) ? Fill(s, values, index) : null;
                switch (check)
                {
                    case "*":
                        actual.ShouldNotBeNull($"{where}: {path} is missing or null");
                        break;
                    case ">0":
                        actual.ShouldNotBeNull($"{where}: {path} is missing");
                        actual.GetValue<double>().ShouldBeGreaterThan(0, $"{where}: {path}");
                        break;
                    case not null:
                        actual?.ToString().ShouldBe(check, $"{where}: {path}");
                        break;
                    default:
                        JsonNode.DeepEquals(actual, expected).ShouldBeTrue($"{where}: {path} is {actual?.ToJsonString() ?? "missing"}, the guide says {expected?.ToJsonString()}");
                        break;
                }
            }

            foreach (var (name, path) in example.Expect["capture"]?.AsObject() ?? [])
            {
                var value = Select(answer, (string)path!);
                value.ShouldNotBeNull($"{where}: nothing at {path} to take {{{{{name}}}}} from");
                values[name] = value is JsonValue scalar && scalar.TryGetValue<string>(out var str) ? str : value.ToJsonString();
            }
        }

        sent.ShouldBeGreaterThanOrEqualTo(10);
    }

    [Test]
    public void EveryHttpBlockOfTheGuide_HasAnExpectation()
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "integrators.md"));

        var blocks = Regex.Matches(guide, "^```http$", RegexOptions.Multiline).Count;

        Parse(guide).Count.ShouldBe(blocks);
    }

    private sealed record Example(string Request, JsonObject Expect);

    private static List<Example> Parse(string markdown) =>
        [.. ExamplePattern().Matches(markdown.Replace("\r\n", "\n", StringComparison.Ordinal))
            .Select(m => new Example(m.Groups["request"].Value, JsonNode.Parse(m.Groups["expect"].Value)!.AsObject()))];

    private static string Fill(string text, Dictionary<string, string> values, int index) =>
        PlaceholderPattern().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new InvalidOperationException($"Example {index} uses {{{{{m.Groups[1].Value}}}}}, which no earlier example captured."));

    private static (string Method, string Target, List<(string Name, string Value)> Headers, string Body) Split(string request)
    {
        var parts = request.Split("\n\n", 2);
        var lines = parts[0].Split('\n');
        var requestLine = lines[0].Split(' ');
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).Select(h => (h[0].Trim(), h[1].Trim())).ToList();
        var body = parts.Length > 1 ? parts[1].Trim() : "";
        return (requestLine[0], requestLine[1], headers, body);
    }

    private static JsonNode? FindOperation(JsonNode document, string method, string path)
    {
        foreach (var (template, item) in document["paths"]!.AsObject())
        {
            var pattern = "^" + Regex.Replace(Regex.Escape(template), @"\\\{[^}]+}", "[^/]+") + "$";
            if (Regex.IsMatch(path, pattern) && item?[method.ToLowerInvariant()] is { } operation)
            {
                return operation;
            }
        }

        return null;
    }

    /// <summary>A path like items[0].client.id into a JSON answer.</summary>
    private static JsonNode? Select(JsonNode? node, string path)
    {
        foreach (var step in PathStepPattern().Matches(path).Select(m => m.Value))
        {
            node = step.StartsWith('[') ? node is JsonArray a && int.Parse(step[1..^1], System.Globalization.CultureInfo.InvariantCulture) is var i && i < a.Count ? a[i] : null
                : node is JsonObject o ? o[step.TrimStart('.')] : null;
        }

        return node;
    }

    /// <summary>Checks a JSON answer against an OpenAPI 3.0 schema: required properties, types, nullability and enum values.</summary>
    private static void Conform(JsonNode? value, JsonNode? schema, JsonNode document, string at, List<string> errors, int depth)
    {
        if (schema is null || depth > 12)
        {
            return;
        }

        if (value is null)
        {
            // nullable: true allows null whatever the type, the allOf or the reference say.
            if (schema["nullable"]?.GetValue<bool>() != true && (schema["type"] is not null || schema["$ref"] is not null || schema["allOf"] is not null))
            {
                errors.Add($"{at} is null, which the schema does not allow");
            }

            return;
        }

        if (schema["$ref"] is { } reference)
        {
            Conform(value, document["components"]!["schemas"]![((string)reference!).Split('/')[^1]], document, at, errors, depth + 1);
            return;
        }

        foreach (var part in schema["allOf"]?.AsArray() ?? [])
        {
            Conform(value, part, document, at, errors, depth + 1);
        }

        var type = (string?)schema["type"];
        var actual = value.GetValueKind() switch
        {
            JsonValueKind.Object => "object",
            JsonValueKind.Array => "array",
            JsonValueKind.String => "string",
            JsonValueKind.Number => "number",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            _ => "null",
        };
        if (type is not null && type != actual && !(type == "integer" && actual == "number"))
        {
            errors.Add($"{at} is {actual}, the schema says {type}");
            return;
        }

        if (schema["enum"] is JsonArray members && !members.Any(m => JsonNode.DeepEquals(m, value)))
        {
            errors.Add($"{at} is {value.ToJsonString()}, not one of the enum's values");
        }

        if (value is JsonObject obj)
        {
            foreach (var required in schema["required"]?.AsArray().Select(r => (string)r!) ?? [])
            {
                if (!obj.ContainsKey(required))
                {
                    errors.Add($"{at}.{required} is required but missing");
                }
            }

            foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
            {
                if (obj.TryGetPropertyValue(name, out var child))
                {
                    Conform(child, property, document, $"{at}.{name}", errors, depth + 1);
                }
            }
        }
        else if (value is JsonArray array)
        {
            foreach (var (item, i) in array.Take(3).Select((item, i) => (item, i)))
            {
                Conform(item, schema["items"], document, $"{at}[{i}]", errors, depth + 1);
            }
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AsnCompetency.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with AsnCompetency.sln) was not found above the test binaries.");
    }

    [GeneratedRegex("^```http\\n(?<request>.*?)\\n```\\n<!-- expect: (?<expect>\\{.*?\\}) -->$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex ExamplePattern();

    [GeneratedRegex(@"\{\{(\w+)\}\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"\[\d+\]|\.?[^.\[]+")]
    private static partial Regex PathStepPattern();
}
