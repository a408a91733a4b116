using System.Text.Json;
using System.Text.Json.Nodes;
using AsnCompetency.Testing;
using Microsoft.OpenApi;

namespace AsnCompetency.Api.IntegrationTests;

/// <summary>The OpenAPI document integrators and the web client rely on.</summary>
public sealed class OpenApiDocumentTests : ApiTestBase
{
    private const string DocumentUrl = "/swagger/v1/swagger.json";
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Test]
    public async Task Document_IsValidOpenApi3WithoutReaderOrRuleErrors()
    {
        var text = await Environment.CreateAnonymousClient().GetStringAsync(DocumentUrl);

        var result = OpenApiDocument.Parse(text, "json");

        result.Diagnostic!.Errors.ShouldBeEmpty(string.Join("; ", result.Diagnostic.Errors.Select(e => $"{e.Pointer}: {e.Message}")));
        result.Diagnostic.SpecificationVersion.ShouldBeOneOf(OpenApiSpecVersion.OpenApi3_0, OpenApiSpecVersion.OpenApi3_1);
        var ruleErrors = result.Document!.Validate(ValidationRuleSet.GetDefaultRuleSet())!.ToList();
        ruleErrors.ShouldBeEmpty(string.Join("; ", ruleErrors.Select(e => $"{e.Pointer}: {e.Message}")));
    }

    [Test]
    public async Task EveryOperation_HasUniqueOperationIdSummaryAndTypedResponses()
    {
        var document = await LoadAsync();
        var operations = Operations(document).ToList();
        operations.Count.ShouldBeGreaterThanOrEqualTo(15);

        var operationIds = operations.Select(o => o.Operation.GetProperty("operationId").GetString()).ToList();
        operationIds.ShouldBeUnique();
        foreach (var (path, method, operation) in operations)
        {
            var where = $"{method.ToUpperInvariant()} {path}";
            operation.GetProperty("summary").GetString().ShouldNotBeNullOrWhiteSpace(where);
            var responses = operation.GetProperty("responses").EnumerateObject().ToList();
            responses.ShouldContain(r => r.Name.StartsWith('2'), where);
            foreach (var response in responses.Where(r => r.Name[0] is '4' or '5'))
            {
                // The CASE provider answers errors in CASE's own form (imsx_StatusInfo), as the standard requires.
                var errorType = path.StartsWith("/ims/case/", StringComparison.Ordinal) ? "application/json" : "application/problem+json";
                response.Value.GetProperty("content").TryGetProperty(errorType, out _)
                    .ShouldBeTrue($"{where} {response.Name} is a {errorType} error response");
            }
        }
    }

    [Test]
    public async Task ApiOperations_DeclareBearerSecurityAnd401_ExceptSignIn()
    {
        var document = await LoadAsync();
        document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString().ShouldBe("bearer");

        foreach (var (path, method, operation) in Operations(document).Where(o => o.Path.StartsWith("/api/", StringComparison.Ordinal)))
        {
            var where = $"{method.ToUpperInvariant()} {path}";
            var secured = operation.TryGetProperty("security", out var security) && security.GetArrayLength() > 0;
            secured.ShouldBe(path is not ("/api/v1/auth/token" or "/api/v1/auth/client-token"), where);
            if (secured)
            {
                operation.GetProperty("responses").TryGetProperty("401", out _).ShouldBeTrue(where);
            }
        }
    }

    [Test]
    public async Task Enums_AreNamedStrings()
    {
        var document = await LoadAsync();
        var schemas = document.GetProperty("components").GetProperty("schemas");

        var status = schemas.GetProperty("FrameworkStatus");
        status.GetProperty("type").GetString().ShouldBe("string");
        status.GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ShouldBe(["Draft", "Published", "Retired"]);
        schemas.GetProperty("CompetencyGroupKind").GetProperty("enum").EnumerateArray().Select(e => e.GetString())
            .ShouldBe(["Manajerial", "SosialKultural", "Teknis"]);
    }

    /// <summary>
    /// docs/openapi.json is the contract integrators and the web client build on: a change of the
    /// served document must be reviewed as such. Run the tests with ASN_UPDATE_OPENAPI=1 to write
    /// the served document there (keys sorted, so the file's diff shows only real changes).
    /// </summary>
    [Test]
    public async Task Document_MatchesTheCommittedCopy()
    {
        var served = Canonical(JsonNode.Parse(await Environment.CreateAnonymousClient().GetStringAsync(DocumentUrl))!);
        var file = Path.Combine(RepositoryRoot(), "docs", "openapi.json");
        if (System.Environment.GetEnvironmentVariable("ASN_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(file, served + "\n");
        }

        File.Exists(file).ShouldBeTrue($"{file} is missing: run the tests once with ASN_UPDATE_OPENAPI=1 and commit it.");
        var committed = Canonical(JsonNode.Parse(await File.ReadAllTextAsync(file))!);
        (committed == served).ShouldBeTrue(
            "The served OpenAPI document differs from docs/openapi.json. If the API change is intended, run the tests with ASN_UPDATE_OPENAPI=1 and commit the file. " +
            $"First difference near: {FirstDifference(committed, served)}");
    }

    private static string Canonical(JsonNode node) => Sorted(node)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Sorted)]),
        null => null,
        _ => node.DeepClone(),
    };

    private static string FirstDifference(string expected, string actual)
    {
        var index = expected.Zip(actual).TakeWhile(p => p.First == p.Second).Count();
        var line = actual[..Math.Min(index, actual.Length)].Count(c => c == '\n') + 1;
        return $"line {line}: {actual.Split('\n').ElementAtOrDefault(line - 1)?.Trim()}";
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

    private static async Task<JsonElement> LoadAsync() =>
        JsonDocument.Parse(await Environment.CreateAnonymousClient().GetStringAsync(DocumentUrl)).RootElement;

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(item => Methods.Contains(item.Name))
                .Select(item => (path.Name, item.Name, item.Value)));
}
