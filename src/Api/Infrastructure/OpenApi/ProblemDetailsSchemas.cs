using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AsnCompetency.Api.Infrastructure.OpenApi;

/// <summary>
/// The RFC 9457 problem details every error answers with, as the exception handler writes them:
/// the framework's own ProblemDetails type knows nothing of traceId, field errors or an import's
/// row errors, so the schemas are written here.
/// </summary>
public sealed class ProblemDetailsSchemas : IDocumentFilter
{
    public const string ContentType = "application/problem+json";
    public const string ProblemDetails = "ProblemDetails";
    public const string ImportProblemDetails = "ImportProblemDetails";

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        var schemas = document.Components.Schemas;
        schemas.Remove("HttpValidationProblemDetails");
        schemas[ProblemDetails] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "An error, as RFC 9457 problem details. No stack trace or SQL is ever included.",
            Required = new HashSet<string> { "type", "title", "status", "traceId" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = String("A URI reference naming the kind of problem (the RFC 9110 section of the status)."),
                ["title"] = String("A short summary of the problem, the same for every problem of its kind."),
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "400", Maximum = "599", Description = "The HTTP status code." },
                ["detail"] = String("What went wrong in this case and what to do about it."),
                ["instance"] = String("The path of the request."),
                ["traceId"] = String("Identifies the request in the server's logs; quote it when reporting a problem."),
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "400 (and some 409): each field or parameter that failed, as a JSON path like competencies[0].levels[0].level, with its messages.",
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            },
            Example = JsonNode.Parse("""
                {
                  "type": "https://tools.ietf.org/html/rfc9110#section-15.5.1",
                  "title": "One or more fields are invalid.",
                  "status": 400,
                  "detail": "nip: 'nip' must be 18 digits.",
                  "instance": "/api/v1/employees",
                  "traceId": "0HNA1B2C3D4E5:00000001",
                  "errors": { "nip": ["'nip' must be 18 digits."] }
                }
                """),
        };
        schemas[ImportProblemDetails] = new OpenApiSchema
        {
            Description = "422 of an import: the problem details with every failing row. Nothing was written.",
            AllOf =
            [
                new OpenApiSchemaReference(ProblemDetails, document),
                new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["errorCount"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "How many errors the file has in all." },
                        ["rowErrors"] = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Array,
                            Description = "The first 1,000 errors, by row.",
                            Items = new OpenApiSchemaReference(nameof(Application.Common.Models.ImportRowMessage), document),
                        },
                        ["truncated"] = new OpenApiSchema { Type = JsonSchemaType.Boolean, Description = "True when rowErrors lists fewer errors than errorCount." },
                    },
                },
            ],
        };
    }

    private static OpenApiSchema String(string description) => new() { Type = JsonSchemaType.String, Description = description };
}
