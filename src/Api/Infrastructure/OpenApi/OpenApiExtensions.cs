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
                    "Sign in with POST /api/v1/auth/token and send the token as 'Authorization: Bearer {token}'. " +
                    "Errors are RFC 9457 problem details.",
            });
            options.AddSecurityDefinition(SecurityRequirementsOperationFilter.SchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A token from POST /api/v1/auth/token.",
            });
            options.OperationFilter<SecurityRequirementsOperationFilter>();
            options.OperationFilter<CamelCaseQueryParametersOperationFilter>();
            options.OperationFilter<IdempotencyKeyOperationFilter>();
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
