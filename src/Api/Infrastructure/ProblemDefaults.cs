namespace AsnCompetency.Api.Infrastructure;

/// <summary>
/// Details for the problems that the framework answers by itself (no token, unknown route, wrong
/// method or content type), so that every problem tells the caller what to do.
/// </summary>
public static class ProblemDefaults
{
    public static string? DetailFor(int? status, HttpRequest request) => status switch
    {
        StatusCodes.Status401Unauthorized => "Sign in first: send 'Authorization: Bearer {token}' with a token from POST /api/v1/auth/token.",
        StatusCodes.Status403Forbidden => "Your role or agency does not allow this.",
        StatusCodes.Status404NotFound => $"There is nothing at {request.Path}.",
        StatusCodes.Status405MethodNotAllowed => $"{request.Path} does not accept {request.Method}.",
        StatusCodes.Status415UnsupportedMediaType => ExpectsUpload(request) ? UploadExpected : JsonExpected,
        _ => null,
    };

    /// <summary>
    /// Uploads are the API's ".../import" endpoints. Routing answers a wrong content type before
    /// the endpoint is chosen, so the path, not the endpoint's metadata, tells which one was meant.
    /// </summary>
    private static bool ExpectsUpload(HttpRequest request) =>
        request.Path.Value?.EndsWith("/import", StringComparison.OrdinalIgnoreCase) == true;

    public const string JsonExpected = "Send the request body as JSON with the header Content-Type: application/json.";

    public const string UploadExpected = "Upload the file as multipart/form-data, in the form field 'file'.";
}
