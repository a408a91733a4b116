using AsnCompetency.Api.Infrastructure;
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
    }

    public static async Task<Ok<AccessTokenDto>> IssueAccessToken(ISender sender, IssueAccessTokenCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command, cancellationToken));
}
