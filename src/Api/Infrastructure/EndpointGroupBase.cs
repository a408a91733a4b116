using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace AsnCompetency.Api.Infrastructure;

/// <summary>
/// One resource's endpoints. Handlers are named methods: the method name becomes the endpoint
/// name and the OpenAPI operationId, which the generated web client uses.
/// </summary>
public abstract class EndpointGroupBase
{
    /// <summary>The base path of the group's route; /api/v1 except for standards with their own (CASE).</summary>
    public virtual string BasePath => EndpointMappingExtensions.ApiBase;

    /// <summary>The route under the base path; by default the group's name in kebab case.</summary>
    public virtual string? Route => null;

    /// <summary>Whether every endpoint needs a signed-in caller (all but the sign-in itself).</summary>
    public virtual bool RequiresAuthentication => true;

    public abstract void Map(RouteGroupBuilder group);
}

public static class EndpointMappingExtensions
{
    public const string ApiBase = "/api/v1";

    public static WebApplication MapEndpointGroups(this WebApplication app)
    {
        var groups = Assembly.GetExecutingAssembly().GetExportedTypes()
            .Where(t => t.IsSubclassOf(typeof(EndpointGroupBase)) && !t.IsAbstract)
            .Select(t => (EndpointGroupBase)Activator.CreateInstance(t)!);
        foreach (var group in groups)
        {
            var name = group.GetType().Name;
            var route = group.Route ?? ToKebabCase(name);
            var builder = app.MapGroup(route.Length == 0 ? group.BasePath : $"{group.BasePath}/{route}").WithTags(name);
            if (group.RequiresAuthentication)
            {
                builder.RequireAuthorization()
                    .ProducesProblem(StatusCodes.Status401Unauthorized)
                    .ProducesProblem(StatusCodes.Status403Forbidden);
            }

            if (group.BasePath == ApiBase)
            {
                builder.ProducesProblem(StatusCodes.Status500InternalServerError);
            }

            group.Map(builder);
        }

        return app;
    }

    public static RouteHandlerBuilder MapGet(this IEndpointRouteBuilder builder, Delegate handler, [StringSyntax("Route")] string pattern = "") =>
        builder.MapGet(pattern, handler).WithName(NameOf(handler));

    public static RouteHandlerBuilder MapPost(this IEndpointRouteBuilder builder, Delegate handler, [StringSyntax("Route")] string pattern = "") =>
        builder.MapPost(pattern, handler).WithName(NameOf(handler));

    public static RouteHandlerBuilder MapPut(this IEndpointRouteBuilder builder, Delegate handler, [StringSyntax("Route")] string pattern) =>
        builder.MapPut(pattern, handler).WithName(NameOf(handler));

    public static RouteHandlerBuilder MapDelete(this IEndpointRouteBuilder builder, Delegate handler, [StringSyntax("Route")] string pattern) =>
        builder.MapDelete(pattern, handler).WithName(NameOf(handler));

    /// <summary>Declares the problem responses an endpoint can give besides 401/403/500.</summary>
    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder builder, params int[] statusCodes)
    {
        foreach (var status in statusCodes)
        {
            builder = status == StatusCodes.Status400BadRequest
                ? builder.ProducesValidationProblem()
                : builder.ProducesProblem(status);
        }

        return builder;
    }

    /// <summary>
    /// A read that an integrator's client-credentials token may not make: it needs a role above
    /// Analyst or the caller's own employee record. The OpenAPI document leaves the client-credentials
    /// scheme off it.
    /// </summary>
    public static RouteHandlerBuilder RefusesApiClients(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(OpenApi.ApiClientsRefused.Instance);

    private static string NameOf(Delegate handler)
    {
        if (handler.Method.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)) || handler.Method.Name.Contains('<'))
        {
            throw new InvalidOperationException("Endpoint handlers must be named methods: their names are the operationIds.");
        }

        return handler.Method.Name;
    }

    private static string ToKebabCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
