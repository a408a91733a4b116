using System.Text.Json;
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
                response.Value.GetProperty("content").TryGetProperty("application/problem+json", out _)
                    .ShouldBeTrue($"{where} {response.Name} is a problem details response");
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

    private static async Task<JsonElement> LoadAsync() =>
        JsonDocument.Parse(await Environment.CreateAnonymousClient().GetStringAsync(DocumentUrl)).RootElement;

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(item => Methods.Contains(item.Name))
                .Select(item => (path.Name, item.Name, item.Value)));
}
