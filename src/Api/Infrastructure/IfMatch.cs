namespace AsnCompetency.Api.Infrastructure;

/// <summary>HTTP conditional-request helpers.</summary>
public static class ConditionalRequests
{
    public const string IfMatchHeader = "If-Match";

    /// <summary>Sets the ETag response header so clients can send it back in If-Match.</summary>
    public static void SetETag(this HttpResponse response, string etag) => response.Headers.ETag = etag;
}
