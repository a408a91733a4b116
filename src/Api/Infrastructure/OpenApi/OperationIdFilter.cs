using System.Collections;
using AsnCompetency.Application.Common.Models;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AsnCompetency.Api.Infrastructure.OpenApi;

/// <summary>
/// operationIds for generated clients, derived from the endpoint's handler name alone so that they
/// change only when a handler is renamed: the name in camelCase (CreateEmployee → createEmployee),
/// and a Get handler whose answer is a list (a page or an array) starts with list instead
/// (GetEmployees → listEmployees, GetEmployee → getEmployee).
/// </summary>
public sealed class OperationIdFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        // Every endpoint group names its endpoints (EndpointMappingExtensions); one without a name
        // keeps no operationId, which the tests and the linter report.
        var name = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName;
        if (name is null)
        {
            return;
        }

        var returnsList = context.ApiDescription.SupportedResponseTypes
            .Where(r => r.StatusCode is >= 200 and < 300)
            .Any(r => IsList(r.Type));
        operation.OperationId = For(name, returnsList);
    }

    public static string For(string handlerName, bool returnsList)
    {
        if (returnsList && handlerName.StartsWith("Get", StringComparison.Ordinal) && handlerName.Length > 3)
        {
            return "list" + handlerName[3..];
        }

        return char.ToLowerInvariant(handlerName[0]) + handlerName[1..];
    }

    private static bool IsList(Type? type) =>
        type is not null && type != typeof(string)
        && ((type.IsGenericType && type.GetGenericTypeDefinition() == typeof(PagedList<>)) || typeof(IEnumerable).IsAssignableFrom(type));
}
