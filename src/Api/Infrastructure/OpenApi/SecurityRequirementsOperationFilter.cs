using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AsnCompetency.Api.Infrastructure.OpenApi;

/// <summary>
/// Marks every operation that needs a signed-in caller with the bearer security requirement, and
/// the reads an integrator's client-credentials token may make with that scheme as an alternative
/// (client tokens read as an Analyst and are refused by every command).
/// </summary>
public sealed class SecurityRequirementsOperationFilter : IOperationFilter
{
    public const string SchemeName = "Bearer";

    public const string ClientCredentialsSchemeName = "ClientCredentials";

    public const string ReadScope = "read";

    /// <summary>Whether the operation is one of the API's own (under /api/v1), not a standard's such as CASE.</summary>
    public static bool IsUnderApiBase(OperationFilterContext context) =>
        ("/" + context.ApiDescription.RelativePath).StartsWith(EndpointMappingExtensions.ApiBase + "/", StringComparison.OrdinalIgnoreCase);

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var secured = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        if (!secured)
        {
            operation.Security = IsUnderApiBase(context)
                // Declared as open on purpose: the token endpoints take credentials in the request itself.
                ? []
                // Outside /api/v1 (the CASE provider): a token is optional. Public data needs none;
                // with one, its holder reads what they may. {} is OpenAPI's "no credentials".
                :
                [
                    new OpenApiSecurityRequirement(),
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] },
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ClientCredentialsSchemeName, context.Document)] = [ReadScope] },
                ];
            return;
        }

        operation.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] },
        ];
        var read = string.Equals(context.ApiDescription.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase);
        if (read && !metadata.OfType<ApiClientsRefused>().Any())
        {
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(ClientCredentialsSchemeName, context.Document)] = [ReadScope],
            });
        }
    }
}

/// <summary>Endpoint metadata: a read that an integrator's client token may not make (its role or its caller's own record is needed).</summary>
public sealed class ApiClientsRefused
{
    public static readonly ApiClientsRefused Instance = new();

    private ApiClientsRefused()
    {
    }
}
