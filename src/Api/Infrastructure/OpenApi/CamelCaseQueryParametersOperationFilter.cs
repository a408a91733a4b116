using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AsnCompetency.Api.Infrastructure.OpenApi;

/// <summary>
/// Query parameters bound from records ([AsParameters]) carry the C# names (PageSize); the API
/// binds them case-insensitively, and the document shows them as JSON does: pageSize.
/// </summary>
public sealed class CamelCaseQueryParametersOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.In == ParameterLocation.Query && parameter.Name is { Length: > 0 } name && char.IsUpper(name[0]))
            {
                parameter.Name = char.ToLowerInvariant(name[0]) + name[1..];
            }
        }
    }
}
