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
        StatusCodes.Status415UnsupportedMediaType => "Send the request body as JSON with the header Content-Type: application/json.",
        _ => null,
    };
}
