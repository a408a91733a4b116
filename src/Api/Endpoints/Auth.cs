using System.Text.Json.Serialization;
using AsnCompetency.Api.Infrastructure;
using AsnCompetency.Application.ApiClients;
using AsnCompetency.Application.Auth.Commands.IssueAccessToken;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AsnCompetency.Api.Endpoints;

/// <summary>Signing in.</summary>
public sealed class Auth : EndpointGroupBase
{
    public override bool RequiresAuthentication => false;

    public override void Map(RouteGroupBuilder group)
    {
        group.MapPost(IssueAccessToken, "token")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimiting.SignInPolicy)
            .WithSummary("Sign in and get a bearer token")
            .WithDescription("Exchanges a user name and password for a JWT bearer token. Send it as 'Authorization: Bearer {accessToken}'. After 5 failed attempts within 15 minutes the user name is locked for 15 minutes (429 with Retry-After); sign-in attempts are also limited per client address.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status429TooManyRequests);
        group.MapPost(IssueClientToken, "client-token")
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimiting.SignInPolicy)
            .Accepts<ClientTokenForm>("application/x-www-form-urlencoded")
            .WithSummary("Get a token for an integrating system (client credentials)")
            .WithDescription(
                "OAuth 2.0 client-credentials grant: grant_type=client_credentials, client_id, client_secret (or HTTP Basic), optional scope=read. " +
                "The token is read-only (an Analyst of the client's agency, or national) and lives 15 minutes; fetch a new one when it expires.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status429TooManyRequests);
    }

    /// <summary>
    /// The OAuth 2.0 token endpoint for integrators (RFC 6749 §4.4): a form with grant_type,
    /// client_id and client_secret (or the client in HTTP Basic), as every OAuth client library sends it.
    /// </summary>
    public static async Task<Results<Ok<ClientTokenDto>, ProblemHttpResult>> IssueClientToken(ISender sender, HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return TypedResults.Problem(
                "Send the token request as application/x-www-form-urlencoded: grant_type=client_credentials, client_id and client_secret.",
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported content type.");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var (clientId, clientSecret) = BasicCredentials(request) ?? (form["client_id"].ToString(), form["client_secret"].ToString());
        var command = new IssueClientTokenCommand(form["grant_type"].ToString(), clientId, clientSecret, form["scope"].Count > 0 ? form["scope"].ToString() : null);
        return TypedResults.Ok(await sender.Send(command, cancellationToken));
    }

    private static (string, string)? BasicCredentials(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var decoded = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? null : (Uri.UnescapeDataString(decoded[..colon]), Uri.UnescapeDataString(decoded[(colon + 1)..]));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static async Task<Ok<AccessTokenDto>> IssueAccessToken(ISender sender, IssueAccessTokenCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command, cancellationToken));
}

/// <summary>The token request form of the client-credentials grant (for the OpenAPI document).</summary>
/// <param name="GrantType">Always client_credentials.</param>
/// <param name="ClientId">The client_id given at registration (or send it in HTTP Basic).</param>
/// <param name="ClientSecret">The secret shown at registration or rotation (or send it in HTTP Basic).</param>
/// <param name="Scope">Optional; "read" is the only scope.</param>
public sealed record ClientTokenForm(
    [property: JsonPropertyName("grant_type")] string GrantType,
    [property: JsonPropertyName("client_id")] string ClientId,
    [property: JsonPropertyName("client_secret")] string ClientSecret,
    [property: JsonPropertyName("scope")] string? Scope);
