using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AsnCompetency.Api.Infrastructure.OpenApi;

/// <summary>
/// Every error an operation can answer, each as application/problem+json with the one
/// <see cref="ProblemDetailsSchemas.ProblemDetails"/> schema (imports' 422 with its row errors):
/// those its endpoint declares, and those that follow from its shape — 503 and 500 everywhere,
/// 401/403 when signed in, 404 with a route parameter, 400 with parameters or a body, 415 with a
/// body, 413/422 for uploads, 412 with If-Match, 429 when rate limited, and the Idempotency-Key's
/// 400/409/422 on signed-in POSTs. Only for the API's own operations under /api/v1.
/// </summary>
public sealed class ProblemResponsesOperationFilter : IOperationFilter
{
    private static readonly Dictionary<int, string> Descriptions = new()
    {
        [400] = "Bad input: malformed JSON, a wrong type, or a field or parameter that fails validation. `errors` maps each field to its messages.",
        [401] = "No token, or an invalid or expired one: sign in again (POST /api/v1/auth/token) or fetch a new client token (POST /api/v1/auth/client-token).",
        [403] = "The caller's role or agency does not allow this (client-credentials tokens may only read).",
        [404] = "Not found, or outside what the caller may see.",
        [409] = "Conflicts with the current state: a duplicate code or NIP, a record in a state that forbids the change, or a request with the same Idempotency-Key still running.",
        [412] = "If-Match does not match the current ETag: someone else changed the resource. Reload it and apply the change again.",
        [413] = "The upload is larger than this endpoint accepts.",
        [415] = "The body has the wrong content type: application/json, or multipart/form-data (field 'file') for uploads.",
        [422] = "The Idempotency-Key was already used for a different request.",
        [429] = "Too many requests (sign-in attempts, imports): wait the seconds given in Retry-After.",
        [500] = "An unexpected error. Quote the traceId when you report it.",
        [503] = "The database cannot be reached: try again after the seconds given in Retry-After.",
    };

    private const string WrongCredentials = "The credentials are wrong, or the account or client is inactive.";

    private const string ImportRejected = "The file was not imported: `rowErrors` lists every failing row with its column and message (up to 1,000; `errorCount` counts all).";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        // Standards with their own error form (CASE's imsx_StatusInfo) declare their errors themselves.
        if (!SecurityRequirementsOperationFilter.IsUnderApiBase(context))
        {
            return;
        }

        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var parameters = operation.Parameters ?? [];
        var content = operation.RequestBody?.Content ?? new Dictionary<string, OpenApiMediaType>();
        var upload = content.ContainsKey("multipart/form-data");
        var secured = operation.Security is { Count: > 0 };
        var post = string.Equals(context.ApiDescription.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase);

        var statuses = new SortedSet<int> { 500, 503 };
        statuses.UnionWith(operation.Responses?.Keys.Select(int.Parse).Where(s => s >= 400) ?? []);
        if (secured)
        {
            statuses.UnionWith([401, 403]);
        }

        if (parameters.Any(p => p.In == ParameterLocation.Path))
        {
            statuses.Add(404);
        }

        if (parameters.Any(p => p.In == ParameterLocation.Query) || content.Count > 0)
        {
            statuses.Add(400);
        }

        if (content.Count > 0)
        {
            statuses.Add(415);
        }

        if (upload)
        {
            statuses.UnionWith([413, 422]);
        }

        if (parameters.Any(p => p.In == ParameterLocation.Header && string.Equals(p.Name, ConditionalRequests.IfMatchHeader, StringComparison.OrdinalIgnoreCase)))
        {
            statuses.Add(412);
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            statuses.Add(429);
        }

        if (post && secured)
        {
            statuses.UnionWith([400, 409, 422]);
        }

        operation.Responses ??= [];
        foreach (var status in statuses)
        {
            var import = status == 422 && upload;
            operation.Responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new OpenApiResponse
            {
                Description = (status, secured, import) switch
                {
                    (422, _, true) => ImportRejected + " Or: " + Descriptions[422],
                    (401, false, _) => WrongCredentials,
                    _ => Descriptions.GetValueOrDefault(status) ?? Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status),
                },
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    [ProblemDetailsSchemas.ContentType] = new()
                    {
                        Schema = new OpenApiSchemaReference(import ? ProblemDetailsSchemas.ImportProblemDetails : ProblemDetailsSchemas.ProblemDetails, context.Document),
                    },
                },
                Headers = Headers(status),
            };
        }

        if (operation.Responses.TryGetValue("201", out var response) && response is OpenApiResponse created)
        {
            created.Headers ??= new Dictionary<string, IOpenApiHeader>();
            created.Headers["Location"] = Header("The address of the created resource.", JsonSchemaType.String);
        }
    }

    private static Dictionary<string, IOpenApiHeader>? Headers(int status) => status switch
    {
        401 => new() { ["WWW-Authenticate"] = Header("Bearer: the scheme to authenticate with.", JsonSchemaType.String) },
        429 or 503 => new() { ["Retry-After"] = Header("Seconds to wait before trying again.", JsonSchemaType.Integer) },
        _ => null,
    };

    private static OpenApiHeader Header(string description, JsonSchemaType type) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = type } };
}
