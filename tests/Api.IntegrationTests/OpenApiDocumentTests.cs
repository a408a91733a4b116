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
    /// operationIds are the handler names in camelCase, and a read that answers a list (a page or
    /// an array) starts with list: what a generated client calls its functions.
    /// </summary>
    [Test]
    public async Task OperationIds_AreUniqueCamelCase_AndListExactlyForLists()
    {
        var document = await LoadAsync();
        var schemas = document.GetProperty("components").GetProperty("schemas");

        var operations = Operations(document).ToList();

        operations.Select(o => o.Operation.GetProperty("operationId").GetString()).ShouldBeUnique();
        foreach (var (path, method, operation) in operations)
        {
            var id = operation.GetProperty("operationId").GetString()!;
            var where = $"{method.ToUpperInvariant()} {path} ({id})";
            id.ShouldMatch("^[a-z][A-Za-z0-9]*$", where);
            var success = operation.GetProperty("responses").EnumerateObject().First(r => r.Name.StartsWith('2')).Value;
            var isList = success.TryGetProperty("content", out var content) && content.TryGetProperty("application/json", out var json)
                && IsList(json.GetProperty("schema"), schemas);
            id.StartsWith("list", StringComparison.Ordinal).ShouldBe(method == "get" && isList, where);
        }

        Operations(document).Single(o => o.Path == "/api/v1/employees" && o.Method == "get").Operation.GetProperty("operationId").GetString().ShouldBe("listEmployees");
        Operations(document).Single(o => o.Path == "/api/v1/employees/{id}" && o.Method == "get").Operation.GetProperty("operationId").GetString().ShouldBe("getEmployee");
    }

    /// <summary>Every error answer, whatever its status, is the one ProblemDetails schema (an import's 422 extends it with the rows).</summary>
    [Test]
    public async Task EveryErrorResponse_IsProblemDetails_WithTheStatusesTheOperationCanAnswer()
    {
        var document = await LoadAsync();
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var problem = schemas.GetProperty("ProblemDetails");
        problem.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ShouldBe(["status", "title", "traceId", "type"], ignoreOrder: true);
        problem.GetProperty("properties").TryGetProperty("errors", out _).ShouldBeTrue();
        schemas.GetProperty("ImportProblemDetails").GetProperty("allOf")[0].GetProperty("$ref").GetString().ShouldBe("#/components/schemas/ProblemDetails");
        schemas.TryGetProperty("HttpValidationProblemDetails", out _).ShouldBeFalse();

        // The API's own operations; a standard's (CASE) answer errors in that standard's form.
        foreach (var (path, method, operation) in Operations(document).Where(o => o.Path.StartsWith("/api/", StringComparison.Ordinal)))
        {
            var where = $"{method.ToUpperInvariant()} {path}";
            var responses = operation.GetProperty("responses");
            var statuses = responses.EnumerateObject().Select(r => r.Name).ToHashSet();
            foreach (var error in responses.EnumerateObject().Where(r => r.Name[0] is '4' or '5'))
            {
                var media = error.Value.GetProperty("content").EnumerateObject().ShouldHaveSingleItem($"{where} {error.Name}");
                media.Name.ShouldBe("application/problem+json", $"{where} {error.Name}");
                media.Value.GetProperty("schema").GetProperty("$ref").GetString()
                    .ShouldBeOneOf("#/components/schemas/ProblemDetails", "#/components/schemas/ImportProblemDetails");
                error.Value.GetProperty("description").GetString()!.Length.ShouldBeGreaterThan(20, $"{where} {error.Name} says what it means");
            }

            statuses.ShouldContain("500", where);
            statuses.ShouldContain("503", where);
            var parameters = operation.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToList() : [];
            if (operation.TryGetProperty("security", out var security) && security.GetArrayLength() > 0)
            {
                statuses.ShouldContain("403", where);
            }

            if (parameters.Any(x => x.GetProperty("in").GetString() == "path"))
            {
                statuses.ShouldContain("404", where);
            }

            if (parameters.Any(x => x.GetProperty("name").GetString() == "If-Match"))
            {
                statuses.ShouldContain("412", where);
            }

            if (operation.TryGetProperty("requestBody", out var body))
            {
                statuses.ShouldContain("400", where);
                statuses.ShouldContain("415", where);
                if (body.GetProperty("content").TryGetProperty("multipart/form-data", out _))
                {
                    statuses.ShouldContain("413", where);
                    responses.GetProperty("422").GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString()
                        .ShouldBe("#/components/schemas/ImportProblemDetails", where);
                }
            }
        }

        var signIn = document.GetProperty("paths").GetProperty("/api/v1/auth/token").GetProperty("post").GetProperty("responses");
        signIn.GetProperty("429").GetProperty("headers").TryGetProperty("Retry-After", out _).ShouldBeTrue();
    }

    /// <summary>Every paged list is the PagedList schema plus its items, and its page and pageSize parameters carry their bounds.</summary>
    [Test]
    public async Task EveryPagedList_ExtendsThePagedListSchema()
    {
        var document = await LoadAsync();
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var paged = schemas.GetProperty("PagedList");
        paged.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ShouldBe(["page", "pageSize", "totalCount"], ignoreOrder: true);
        paged.GetProperty("properties").GetProperty("pageSize").GetProperty("maximum").GetInt32().ShouldBe(500);

        var lists = 0;
        foreach (var (path, method, operation) in Operations(document).Where(o => o.Method == "get"))
        {
            var parameters = operation.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToDictionary(x => x.GetProperty("name").GetString()!) : [];
            if (!parameters.TryGetValue("pageSize", out var pageSize))
            {
                continue;
            }

            var where = $"GET {path}";
            lists++;
            pageSize.GetProperty("schema").GetProperty("maximum").GetInt32().ShouldBe(500, where);
            pageSize.GetProperty("schema").GetProperty("default").GetInt32().ShouldBe(50, where);
            parameters["page"].GetProperty("schema").GetProperty("minimum").GetInt32().ShouldBe(1, where);
            var reference = operation.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()!;
            var list = schemas.GetProperty(reference.Split('/')[^1]);
            list.GetProperty("allOf")[0].GetProperty("$ref").GetString().ShouldBe("#/components/schemas/PagedList", where);
            list.GetProperty("allOf")[1].GetProperty("properties").GetProperty("items").GetProperty("type").GetString().ShouldBe("array", where);
        }

        lists.ShouldBeGreaterThanOrEqualTo(10);
    }

    [Test]
    public async Task SecuritySchemes_AreBearerAndOAuth2ClientCredentials_OfferedOnReadsOnly()
    {
        var document = await LoadAsync();
        var schemes = document.GetProperty("components").GetProperty("securitySchemes");

        var flow = schemes.GetProperty("ClientCredentials");
        flow.GetProperty("type").GetString().ShouldBe("oauth2");
        var clientCredentials = flow.GetProperty("flows").GetProperty("clientCredentials");
        clientCredentials.GetProperty("tokenUrl").GetString().ShouldBe("/api/v1/auth/client-token");
        clientCredentials.GetProperty("scopes").TryGetProperty("read", out _).ShouldBeTrue();
        document.GetProperty("paths").TryGetProperty("/api/v1/auth/client-token", out _).ShouldBeTrue();

        var offered = Operations(document)
            .Where(o => o.Operation.TryGetProperty("security", out var security)
                && security.EnumerateArray().Any(r => r.TryGetProperty("ClientCredentials", out _)))
            .ToList();
        offered.Count.ShouldBeGreaterThan(50);
        offered.ShouldAllBe(o => o.Method == "get");
    }

    /// <summary>The main create and change bodies have an example, with only fields the schema has.</summary>
    [TestCase("createEmployee")]
    [TestCase("updateEmployee")]
    [TestCase("createCompetencyFramework")]
    [TestCase("updateCompetencyFramework")]
    [TestCase("addCompetency")]
    [TestCase("updateCompetency")]
    [TestCase("createAgency")]
    [TestCase("updateAgency")]
    [TestCase("createPosition")]
    [TestCase("updatePosition")]
    [TestCase("replacePositionStandards")]
    [TestCase("recordAssessment")]
    [TestCase("createTrainingProgram")]
    [TestCase("createTrainingSession")]
    [TestCase("createApiClient")]
    [TestCase("issueAccessToken")]
    [TestCase("issueClientToken")]
    public async Task MainRequestBodies_HaveExamplesOfTheirOwnSchema(string operationId)
    {
        var document = await LoadAsync();
        var schemas = document.GetProperty("components").GetProperty("schemas");

        var operation = Operations(document).Single(o => o.Operation.GetProperty("operationId").GetString() == operationId).Operation;

        var media = operation.GetProperty("requestBody").GetProperty("content").EnumerateObject().Single().Value;
        var example = media.GetProperty("example");
        var body = media.GetProperty("schema");
        var reference = body.TryGetProperty("$ref", out var direct) ? direct : body.GetProperty("allOf")[0].GetProperty("$ref");
        var schema = schemas.GetProperty(reference.GetString()!.Split('/')[^1]);
        var properties = schema.GetProperty("properties");
        example.EnumerateObject().ShouldNotBeEmpty(operationId);
        foreach (var field in example.EnumerateObject())
        {
            properties.TryGetProperty(field.Name, out _).ShouldBeTrue($"{operationId}: the example's {field.Name} is not in the schema");
        }
    }

    /// <summary>
    /// Descriptions from the XML comments: every tag, schema and operation has one, and so has every
    /// property of what integrators read (employees, profiles, gaps, frameworks, assessments, tokens).
    /// </summary>
    [Test]
    public async Task TagsSchemasAndIntegratorFacingProperties_AreDescribed()
    {
        var document = await LoadAsync();
        var schemas = document.GetProperty("components").GetProperty("schemas");

        document.GetProperty("tags").EnumerateArray().ShouldAllBe(t => !string.IsNullOrWhiteSpace(t.GetProperty("description").GetString()));
        var undescribed = schemas.EnumerateObject().Where(s => !s.Value.TryGetProperty("description", out _)).Select(s => s.Name).ToList();
        undescribed.ShouldBeEmpty("schemas without a description: " + string.Join(", ", undescribed));

        var missing = IntegratorSchemas
            .SelectMany(name => schemas.GetProperty(name).TryGetProperty("properties", out var properties)
                ? properties.EnumerateObject().Where(p => !p.Value.TryGetProperty("description", out _)).Select(p => $"{name}.{p.Name}")
                : [])
            .ToList();
        missing.ShouldBeEmpty("properties without a description: " + string.Join(", ", missing));
    }

    private static readonly string[] IntegratorSchemas =
    [
        "AccessTokenDto", "ClientTokenDto", "ClientTokenForm", "ApiClientDto", "ApiClientSecretDto", "CreateApiClientCommand", "IssueAccessTokenCommand",
        "EmployeeSummaryDto", "EmployeeDto", "AgencyReferenceDto", "UnitReferenceDto", "PositionReferenceDto", "GradeReferenceDto",
        "CompetencyProfileDto", "ProfileItemDto", "ProfileLevelDto", "ProfileSummaryDto", "JobPersonMatchDto",
        "GapReportDto", "GapGroupDto", "AssessmentDto",
        "CompetencyFrameworkSummaryDto", "CompetencyFrameworkDto", "ProficiencyLevelDto", "CompetencyTreeDto", "CompetencyNodeDto", "CompetencyDto", "CompetencyLevelDto",
        "AgencyDto", "UnitDto", "PositionDto", "PositionStandardsDto", "PositionStandardItemDto",
        "PagedList", "ProblemDetails", "ImportProblemDetails", "ImportRowMessage",
    ];

    private static bool IsList(JsonElement schema, JsonElement schemas)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var target = schemas.GetProperty(reference.GetString()!.Split('/')[^1]);
            return target.TryGetProperty("allOf", out var allOf) && allOf[0].TryGetProperty("$ref", out var baseRef)
                && baseRef.GetString() == "#/components/schemas/PagedList";
        }

        return schema.TryGetProperty("type", out var type) && type.GetString() == "array";
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
