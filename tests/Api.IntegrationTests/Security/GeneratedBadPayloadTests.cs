using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AsnCompetency.Testing;

namespace AsnCompetency.Api.IntegrationTests.Security;

/// <summary>
/// Robustness generated from the OpenAPI document: every write endpoint (POST, PUT, PATCH)
/// gets bodies built from its own request schema and then broken — wrong types, missing and null
/// fields, huge strings, unicode edge cases, negative and huge numbers, unknown enum values,
/// deep and malformed JSON; uploads get missing, empty and garbage files. Every answer must be a
/// 4xx (or 2xx) with problem details for errors; never a 5xx. New endpoints are covered as soon
/// as they are in the document.
/// </summary>
public sealed class GeneratedBadPayloadTests : ApiTestBase
{
    private const string Placeholder = "__bad_value__";

    private static readonly string[] WriteMethods = ["post", "put", "patch"];

    /// <summary>Values that break a field: each replaces one property of an otherwise well-formed body.</summary>
    private static readonly (string Name, string Json)[] BadValues =
    [
        ("null", "null"),
        ("wrong type: string", "\"not what you expect\""),
        ("wrong type: object", "{\"a\":1}"),
        ("wrong type: array", "[1,2,3]"),
        ("wrong type: boolean", "true"),
        ("negative", "-1"),
        ("huge integer", "123456789012345678901234567890"),
        ("huge negative number", "-9.99e307"),
        ("number overflow", "1e400"),
        ("fraction", "0.0001"),
        ("huge string", JsonSerializer.Serialize(new string('x', 100_000))),
        ("NUL character", "\"a\\u0000b\""),
        ("lone surrogate", "\"\\ud800\""),
        ("emoji and joiners", "\"👩🏽‍💻✓\""),
        ("right-to-left override", "\"\\u202eabc\""),
        ("unknown enum value", "\"NotAValueOfThisEnum\""),
        ("empty string", "\"\""),
        ("zero UUID", "\"00000000-0000-0000-0000-000000000000\""),
        ("impossible date", "\"2026-02-30\""),
        ("far date", "\"9999-12-31\""),
    ];

    /// <summary>Bodies broken as a whole.</summary>
    private static readonly (string Name, string Json)[] BadBodies =
    [
        ("empty body", ""),
        ("null body", "null"),
        ("array body", "[]"),
        ("number body", "42"),
        ("empty object", "{}"),
        ("malformed", "{\"a\":"),
        ("deep nesting", new string('[', 5_000) + new string(']', 5_000)),
        ("deep objects", string.Concat(Enumerable.Repeat("{\"a\":", 2_000)) + "1" + new string('}', 2_000)),
        ("many unknown properties", "{" + string.Join(",", Enumerable.Range(0, 5_000).Select(i => $"\"p{i}\":{i}")) + "}"),
    ];

    /// <summary>As national admin, and as an agency admin, whose requests reach the handlers that need an agency of their own.</summary>
    [TestCase("sysadmin")]
    [TestCase("admin.kalianda")]
    public async Task EveryWriteEndpoint_BrokenBodies_GetAProblemNeverA5xx(string userName)
    {
        using var client = await SignInAsync(userName);
        var document = await client.GetJsonAsync("/swagger/v1/swagger.json");
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var failures = new List<string>();
        var sent = 0;

        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => WriteMethods.Contains(o.Name)))
            {
                var url = Url(path.Name);
                var method = new HttpMethod(operation.Name.ToUpperInvariant());
                foreach (var (name, content) in Requests(operation.Value, schemas))
                {
                    using var request = new HttpRequestMessage(method, url) { Content = content };
                    using var response = await client.SendAsync(request);
                    sent++;
                    var status = (int)response.StatusCode;
                    if (status >= 500 || (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json"))
                    {
                        failures.Add($"{method} {path.Name} [{name}] → {status}");
                    }
                }
            }
        }

        TestContext.Progress.WriteLine($"{sent} generated bad requests sent");
        sent.ShouldBeGreaterThan(1_000);
        failures.ShouldBeEmpty(string.Join(System.Environment.NewLine, failures.Take(50)));
    }

    /// <summary>Route parameters become ids that exist nowhere (the body is checked before the lookup).</summary>
    private static string Url(string template) =>
        System.Text.RegularExpressions.Regex.Replace(template, "{[^}]+}", _ => Guid.NewGuid().ToString());

    private static IEnumerable<(string Name, HttpContent Content)> Requests(JsonElement operation, JsonElement schemas)
    {
        if (!operation.TryGetProperty("requestBody", out var requestBody))
        {
            yield return ("no body", Json("{}"));
            yield return ("garbage body", Json("{\"a\":"));
            yield break;
        }

        var content = requestBody.GetProperty("content");
        if (content.TryGetProperty("multipart/form-data", out _))
        {
            foreach (var upload in Uploads())
            {
                yield return upload;
            }

            yield break;
        }

        foreach (var (name, json) in BadBodies)
        {
            yield return (name, Json(json));
        }

        if (!content.TryGetProperty("application/json", out var json1) || !json1.TryGetProperty("schema", out var schema))
        {
            yield break;
        }

        var valid = Example(schema, schemas, depth: 0) as JsonObject;
        if (valid is null)
        {
            yield break;
        }

        yield return ("well-formed", Json(valid.ToJsonString()));
        foreach (var property in valid.Select(p => p.Key).ToList())
        {
            foreach (var (badName, badJson) in BadValues)
            {
                yield return ($"{property}: {badName}", Json(Replace(valid, property, badJson)));
            }

            yield return ($"{property}: missing", Json(Without(valid, property)));

            // One level down: the first item of a list, or a nested object's fields.
            var nested = valid[property] is JsonArray { Count: > 0 } array ? array[0] as JsonObject : valid[property] as JsonObject;
            foreach (var inner in nested?.Select(p => p.Key).ToList() ?? [])
            {
                var copy = JsonNode.Parse(valid.ToJsonString())!.AsObject();
                var target = copy[property] is JsonArray a ? (JsonObject)a[0]! : (JsonObject)copy[property]!;
                target[inner] = Placeholder;
                var template = copy.ToJsonString();
                foreach (var (badName, badJson) in BadValues.Take(10))
                {
                    yield return ($"{property}.{inner}: {badName}", Json(template.Replace($"\"{Placeholder}\"", badJson, StringComparison.Ordinal)));
                }
            }
        }
    }

    private static IEnumerable<(string Name, HttpContent Content)> Uploads()
    {
        yield return ("no file", new MultipartFormDataContent { { new StringContent("x"), "other" } });
        yield return ("empty file", File([], "kosong.csv", "text/csv"));
        yield return ("header only", File(Encoding.UTF8.GetBytes("a,b,c\n"), "data.csv", "text/csv"));
        yield return ("binary garbage as csv", File([.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 % 256))], "data.csv", "text/csv"));
        yield return ("binary garbage as xlsx", File([.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 13 % 256))], "data.xlsx", "application/octet-stream"));
        yield return ("zip that is not a workbook", File([0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0], "data.xlsx", "application/octet-stream"));
        yield return ("unsupported extension", File(Encoding.UTF8.GetBytes("MZ"), "virus.exe", "application/octet-stream"));
        yield return ("huge header line", File(Encoding.UTF8.GetBytes(new string('a', 1_000_000) + "\n1\n"), "data.csv", "text/csv"));
        yield return ("NUL in cells", File(Encoding.UTF8.GetBytes("nip,full_name\n1\0,x\0\n"), "data.csv", "text/csv"));
        yield return ("unbalanced quotes", File(Encoding.UTF8.GetBytes("nip,full_name\n\"1,\"x\n"), "data.csv", "text/csv"));
        yield return ("json instead of multipart", Json("{}"));
    }

    private static HttpContent File(byte[] bytes, string fileName, string contentType)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>
    /// The body with one property's value replaced by raw JSON text (by text, since some of the
    /// bad values — a lone surrogate, a number beyond double — cannot pass through a JSON model).
    /// </summary>
    private static string Replace(JsonObject valid, string property, string json)
    {
        var copy = JsonNode.Parse(valid.ToJsonString())!.AsObject();
        copy[property] = Placeholder;
        return copy.ToJsonString().Replace($"\"{Placeholder}\"", json, StringComparison.Ordinal);
    }

    private static string Without(JsonObject valid, string property)
    {
        var copy = JsonNode.Parse(valid.ToJsonString())!.AsObject();
        copy.Remove(property);
        return copy.ToJsonString();
    }

    /// <summary>A plausible value for a schema: every property filled, enums their first member.</summary>
    private static JsonNode? Example(JsonElement schema, JsonElement schemas, int depth)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return depth > 4 ? null : Example(schemas.GetProperty(reference.GetString()!.Split('/')[^1]), schemas, depth + 1);
        }

        foreach (var combinator in (string[])["allOf", "oneOf", "anyOf"])
        {
            if (schema.TryGetProperty(combinator, out var options))
            {
                var first = options.EnumerateArray().FirstOrDefault(o => !(o.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null"));
                return first.ValueKind == JsonValueKind.Undefined ? null : Example(first, schemas, depth);
            }
        }

        if (schema.TryGetProperty("enum", out var members))
        {
            return members.EnumerateArray().Where(m => m.ValueKind != JsonValueKind.Null).Select(m => JsonNode.Parse(m.GetRawText())).FirstOrDefault();
        }

        var type = schema.TryGetProperty("type", out var t) ? t.ValueKind == JsonValueKind.Array ? t.EnumerateArray().Select(x => x.GetString()).FirstOrDefault(x => x != "null") : t.GetString() : null;
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        if (type is null && schema.TryGetProperty("properties", out _))
        {
            type = "object";
        }

        return type switch
        {
            "object" => ObjectExample(schema, schemas, depth),
            "array" when schema.TryGetProperty("items", out var items) => Example(items, schemas, depth + 1) is { } item ? new JsonArray(item) : new JsonArray(),
            "string" => format switch
            {
                "uuid" => JsonValue.Create(Guid.NewGuid()),
                "date" => JsonValue.Create("2026-03-02"),
                "date-time" => JsonValue.Create("2026-03-02T08:00:00Z"),
                _ => JsonValue.Create("Contoh"),
            },
            "integer" => JsonValue.Create(1),
            "number" => JsonValue.Create(1.5),
            "boolean" => JsonValue.Create(true),
            _ => null,
        };
    }

    private static JsonObject ObjectExample(JsonElement schema, JsonElement schemas, int depth)
    {
        var result = new JsonObject();
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                result[property.Name] = Example(property.Value, schemas, depth + 1);
            }
        }

        return result;
    }
}
