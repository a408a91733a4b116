using AsnCompetency.Application.Common.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AsnCompetency.Api.Infrastructure;

/// <summary>HTTP conditional-request helpers.</summary>
public static class ConditionalRequests
{
    public const string IfMatchHeader = "If-Match";

    /// <summary>200 with the representation, and its version in the ETag header for a later If-Match.</summary>
    public static Ok<T> OkWithETag<T>(this HttpResponse response, T resource)
        where T : IVersioned
    {
        response.Headers.ETag = resource.ETag;
        return TypedResults.Ok(resource);
    }

    /// <summary>201 with the new resource's address, the representation and its ETag.</summary>
    public static Created<T> CreatedWithETag<T>(this HttpResponse response, string location, T resource)
        where T : IVersioned
    {
        response.Headers.ETag = resource.ETag;
        return TypedResults.Created(location, resource);
    }
}
