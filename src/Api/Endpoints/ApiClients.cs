using AsnCompetency.Api.Infrastructure;
using AsnCompetency.Application.ApiClients;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AsnCompetency.Api.Endpoints;

/// <summary>Integrating systems with read-only client-credentials access, managed by a SystemAdmin.</summary>
public sealed class ApiClients : EndpointGroupBase
{
    public const string Path = EndpointMappingExtensions.ApiBase + "/api-clients";

    public override void Map(RouteGroupBuilder group)
    {
        group.MapGet(GetApiClients)
            .RefusesApiClients()
            .WithSummary("List API clients");
        group.MapPost(CreateApiClient)
            .WithSummary("Register an API client")
            .WithDescription("clientId (the public identifier), name, and agencyId for a client that reads one agency's data (none: national). The answer holds the secret, shown only this once.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status415UnsupportedMediaType);
        group.MapPost(RotateApiClientSecret, "{id:guid}/rotate-secret")
            .WithSummary("Replace an API client's secret")
            .WithDescription("The old secret stops working at once; tokens already issued run out within 15 minutes.")
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPost(DeactivateApiClient, "{id:guid}/deactivate")
            .WithSummary("Deactivate an API client")
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPost(ActivateApiClient, "{id:guid}/activate")
            .WithSummary("Activate an API client again")
            .ProducesProblems(StatusCodes.Status404NotFound);
    }

    public static async Task<Ok<IReadOnlyList<ApiClientDto>>> GetApiClients(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetApiClientsQuery(), cancellationToken));

    public static async Task<Created<ApiClientSecretDto>> CreateApiClient(ISender sender, CreateApiClientCommand command, CancellationToken cancellationToken)
    {
        var created = await sender.Send(command, cancellationToken);
        return TypedResults.Created($"{Path}/{created.Client.Id}", created);
    }

    public static async Task<Ok<ApiClientSecretDto>> RotateApiClientSecret(ISender sender, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new RotateApiClientSecretCommand(id), cancellationToken));

    public static async Task<Ok<ApiClientDto>> DeactivateApiClient(ISender sender, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new SetApiClientActiveCommand(id, false), cancellationToken));

    public static async Task<Ok<ApiClientDto>> ActivateApiClient(ISender sender, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new SetApiClientActiveCommand(id, true), cancellationToken));
}
