using System.Reflection;
using Microsoft.OpenApi;

namespace AsnCompetency.Api.Infrastructure.OpenApi;

public static class OpenApiExtensions
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddOpenApiDocument(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "AsnCompetency API",
                Version = "v1",
                Description =
                    "Competency management for Indonesian civil servants (ASN): competency frameworks, position standards (SKJ), " +
                    "training needs, training programmes and the before/after scores that show whether training worked. " +
                    "People sign in with POST /api/v1/auth/token; integrating systems get a read-only token with the OAuth 2.0 client-credentials grant " +
                    "at POST /api/v1/auth/client-token (docs/integrators.md). Send either as 'Authorization: Bearer {token}'. " +
                    "JSON with camelCase names, enums as their names, dates ISO 8601, ids UUID. Lists are paged (PagedList). " +
                    "Every error is RFC 9457 problem details (ProblemDetails).",
            });
            // Relative: the API is at the host that serves this document.
            options.AddServer(new OpenApiServer { Url = "/", Description = "The host serving this document." });
            options.AddSecurityDefinition(SecurityRequirementsOperationFilter.SchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A token from POST /api/v1/auth/token (a person) or POST /api/v1/auth/client-token (an integrating system), as 'Authorization: Bearer {token}'.",
            });
            options.AddSecurityDefinition(SecurityRequirementsOperationFilter.ClientCredentialsSchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.OAuth2,
                Description =
                    "OAuth 2.0 client credentials for integrating systems: a client registered by a SystemAdmin (POST /api/v1/api-clients) " +
                    "gets a read-only token that lives 15 minutes, reads as an Analyst of the client's agency (or national), and is refused by every change.",
                Flows = new OpenApiOAuthFlows
                {
                    ClientCredentials = new OpenApiOAuthFlow
                    {
                        TokenUrl = new Uri("/api/v1/auth/client-token", UriKind.Relative),
                        Scopes = new Dictionary<string, string> { [SecurityRequirementsOperationFilter.ReadScope] = "Read the data of the client's agency (or all, for a national client)." },
                    },
                },
            });
            options.OperationFilter<SecurityRequirementsOperationFilter>();
            options.OperationFilter<CamelCaseQueryParametersOperationFilter>();
            options.OperationFilter<IdempotencyKeyOperationFilter>();
            options.OperationFilter<PagingParametersOperationFilter>();
            options.OperationFilter<OperationIdFilter>();
            options.OperationFilter<RequestBodyExamplesFilter>();
            // Last: it reads what the filters above declared (security, parameters, body).
            options.OperationFilter<ProblemResponsesOperationFilter>();
            options.SchemaFilter<PagedListSchemaFilter>();
            options.SchemaFilter<ResponsePropertiesRequiredSchemaFilter>();
            options.DocumentFilter<ProblemDetailsSchemas>();
            options.DocumentFilter<TagDescriptionsDocumentFilter>();
            // A property of an enum or object type keeps its own description and nullability
            // (OpenAPI 3.0 allows no siblings beside $ref): allOf with the one reference.
            options.UseAllOfToExtendReferenceSchemas();
            options.DocumentFilter<NullableReferencesDocumentFilter>();
            options.SupportNonNullableReferenceTypes();
            options.CustomSchemaIds(SchemaId);
            foreach (var assembly in new[] { Assembly.GetExecutingAssembly(), typeof(Application.DependencyInjection).Assembly, typeof(Domain.Common.Entity).Assembly })
            {
                var xml = Path.Combine(AppContext.BaseDirectory, $"{assembly.GetName().Name}.xml");
                if (File.Exists(xml))
                {
                    options.IncludeXmlComments(xml, includeControllerXmlComments: false);
                }
            }
        });
        return services;
    }

    /// <summary>Schema names without generic noise: PagedList of X becomes XPagedList.</summary>
    private static string SchemaId(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var name = type.Name[..type.Name.IndexOf('`')];
        return string.Concat(type.GetGenericArguments().Select(SchemaId)) + name;
    }
}
