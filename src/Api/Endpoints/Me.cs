using AsnCompetency.Api.Infrastructure;
using AsnCompetency.Application.Auth.Queries.GetCurrentUser;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AsnCompetency.Api.Endpoints;

/// <summary>The signed-in user.</summary>
public sealed class Me : EndpointGroupBase
{
    public override void Map(RouteGroupBuilder group)
    {
        group.MapGet(GetCurrentUser)
            .WithSummary("Who am I")
            .WithDescription("The signed-in user's name, role and agency.");
    }

    public static async Task<Ok<CurrentUserDto>> GetCurrentUser(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetCurrentUserQuery(), cancellationToken));
}
