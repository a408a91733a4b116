using System.Security.Cryptography;
using System.Text;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Application.Common.Validation;
using AsnCompetency.Domain.Identity;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ValidationException = AsnCompetency.Application.Common.Exceptions.ValidationException;

namespace AsnCompetency.Application.ApiClients;

/// <summary>Registers an integrating system; the answer holds its secret, shown this once.</summary>
/// <param name="ClientId">The public client_id, unique: up to 50 letters, digits and . _ - /, starting with a letter or digit.</param>
/// <param name="Name">A name people recognise, e.g. the system and its owner.</param>
/// <param name="AgencyId">The agency whose data the client reads; omit for national access.</param>
[Authorize(UserRole.SystemAdmin)]
public sealed record CreateApiClientCommand(string ClientId, string Name, Guid? AgencyId = null) : ICommand<ApiClientSecretDto>;

[Authorize(UserRole.SystemAdmin)]
public sealed record GetApiClientsQuery : IQuery<IReadOnlyList<ApiClientDto>>;

/// <summary>Replaces the secret (the old one stops working at once); the answer holds the new one.</summary>
[Authorize(UserRole.SystemAdmin)]
public sealed record RotateApiClientSecretCommand(Guid Id) : ICommand<ApiClientSecretDto>;

[Authorize(UserRole.SystemAdmin)]
public sealed record SetApiClientActiveCommand(Guid Id, bool Active) : ICommand<ApiClientDto>;

/// <summary>The OAuth 2.0 client-credentials grant (RFC 6749 §4.4): a short-lived read-only token.</summary>
[AllowAnonymous]
public sealed record IssueClientTokenCommand(string? GrantType, string? ClientId, string? ClientSecret, string? Scope) : ICommand<ClientTokenDto>;

/// <summary>An integrating system registered for client-credentials access.</summary>
/// <param name="AgencyId">The agency whose data it reads; null for national access.</param>
/// <param name="Id">Identifier of the registration (used in the management paths).</param>
/// <param name="ClientId">The public client_id the system sends when asking for a token.</param>
/// <param name="Name">A name people recognise, e.g. the system and its owner.</param>
/// <param name="Scope">What its tokens may do: "read".</param>
/// <param name="IsActive">False once deactivated: it gets no more tokens.</param>
/// <param name="CreatedAt">When it was registered (UTC).</param>
/// <param name="LastTokenAt">When it last got a token (UTC); null if never.</param>
public sealed record ApiClientDto(Guid Id, string ClientId, string Name, Guid? AgencyId, string Scope, bool IsActive, DateTimeOffset CreatedAt, DateTimeOffset? LastTokenAt);

/// <summary>A registered client with its secret, shown only in this answer.</summary>
/// <param name="ClientSecret">Shown only in this answer: store it in the integrating system's secret store.</param>
/// <param name="Client">The registration.</param>
public sealed record ApiClientSecretDto(ApiClientDto Client, string ClientSecret);

/// <summary>RFC 6749 token response.</summary>
/// <param name="AccessToken">The JWT to send as Authorization: Bearer {accessToken}.</param>
/// <param name="TokenType">Always "Bearer".</param>
/// <param name="ExpiresIn">Seconds until the token expires (900: ask for a new one then).</param>
/// <param name="Scope">The granted scope: "read".</param>
public sealed record ClientTokenDto(string AccessToken, string TokenType, int ExpiresIn, string Scope);

public sealed class CreateApiClientCommandValidator : AbstractValidator<CreateApiClientCommand>
{
    public CreateApiClientCommandValidator()
    {
        RuleFor(c => c.ClientId).ValidCode();
        RuleFor(c => c.Name).RequiredName();
        RuleFor(c => c.AgencyId).NotEqual(Guid.Empty);
    }
}

public sealed class IssueClientTokenCommandValidator : AbstractValidator<IssueClientTokenCommand>
{
    public IssueClientTokenCommandValidator()
    {
        RuleFor(c => c.GrantType).NotEmpty().Equal("client_credentials").WithMessage("'grant_type' must be client_credentials.").OverridePropertyName("grant_type");
        RuleFor(c => c.ClientId).NotEmpty().MaximumLength(100).OverridePropertyName("client_id");
        RuleFor(c => c.ClientSecret).NotEmpty().MaximumLength(200).OverridePropertyName("client_secret");
        RuleFor(c => c.Scope).Must(s => s is null || s.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(x => x == ApiClient.ReadScope))
            .WithMessage($"'scope' may only be {ApiClient.ReadScope}.").OverridePropertyName("scope");
    }
}

public sealed class ApiClientHandlers(IApplicationDbContext db, IAccessTokenIssuer tokens, TimeProvider clock) :
    ICommandHandler<CreateApiClientCommand, ApiClientSecretDto>,
    IQueryHandler<GetApiClientsQuery, IReadOnlyList<ApiClientDto>>,
    ICommandHandler<RotateApiClientSecretCommand, ApiClientSecretDto>,
    ICommandHandler<SetApiClientActiveCommand, ApiClientDto>,
    ICommandHandler<IssueClientTokenCommand, ClientTokenDto>
{
    public const string Resource = "API client";
    public const string InvalidClient = "The client id or secret is incorrect, or the client is deactivated.";

    public async ValueTask<ApiClientSecretDto> Handle(CreateApiClientCommand command, CancellationToken cancellationToken)
    {
        if (command.AgencyId is { } agencyId && !await db.Agencies.AnyAsync(a => a.Id == agencyId, cancellationToken))
        {
            throw new ValidationException("agencyId", $"There is no agency {agencyId}.");
        }

        var clientId = command.ClientId.Trim().ToLowerInvariant();
        if (await db.ApiClients.AnyAsync(c => c.ClientId == clientId, cancellationToken))
        {
            throw new Domain.Common.BusinessRuleException($"There is already an API client {clientId}.", "clientId");
        }

        var secret = NewSecret();
        var client = ApiClient.Register(clientId, command.Name, command.AgencyId, Hash(secret));
        db.ApiClients.Add(client);
        await db.SaveChangesAsync(cancellationToken);
        return new ApiClientSecretDto(ToDto(client), secret);
    }

    public async ValueTask<IReadOnlyList<ApiClientDto>> Handle(GetApiClientsQuery query, CancellationToken cancellationToken) =>
        [.. (await db.ApiClients.AsNoTracking().OrderBy(c => c.ClientId).ToListAsync(cancellationToken)).Select(ToDto)];

    public async ValueTask<ApiClientSecretDto> Handle(RotateApiClientSecretCommand command, CancellationToken cancellationToken)
    {
        var client = await FindAsync(command.Id, cancellationToken);
        var secret = NewSecret();
        client.ReplaceSecret(Hash(secret));
        await db.SaveChangesAsync(cancellationToken);
        return new ApiClientSecretDto(ToDto(client), secret);
    }

    public async ValueTask<ApiClientDto> Handle(SetApiClientActiveCommand command, CancellationToken cancellationToken)
    {
        var client = await FindAsync(command.Id, cancellationToken);
        if (command.Active)
        {
            client.Activate();
        }
        else
        {
            client.Deactivate();
        }

        await db.SaveChangesAsync(cancellationToken);
        return ToDto(client);
    }

    public async ValueTask<ClientTokenDto> Handle(IssueClientTokenCommand command, CancellationToken cancellationToken)
    {
        var clientId = command.ClientId!.Trim().ToLowerInvariant();
        var client = await db.ApiClients.AsNoTracking().FirstOrDefaultAsync(c => c.ClientId == clientId, cancellationToken);
        var given = Encoding.ASCII.GetBytes(Hash(command.ClientSecret!));
        var expected = Encoding.ASCII.GetBytes(client?.SecretHash ?? new string('0', 64));
        if (client is null || !client.IsActive || !CryptographicOperations.FixedTimeEquals(given, expected))
        {
            throw new AuthenticationFailedException(InvalidClient);
        }

        var now = clock.GetUtcNow();
        await db.ApiClients.Where(c => c.Id == client.Id).ExecuteUpdateAsync(set => set.SetProperty(c => c.LastTokenAt, now), cancellationToken);
        var token = tokens.Issue(client);
        return new ClientTokenDto(token.Token, "Bearer", (int)Math.Round((token.ExpiresAt - now).TotalSeconds), ApiClient.ReadScope);
    }

    private async Task<ApiClient> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.ApiClients.FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException(Resource, id);

    /// <summary>256 random bits, URL-safe.</summary>
    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static ApiClientDto ToDto(ApiClient c) => new(c.Id, c.ClientId, c.Name, c.AgencyId, ApiClient.ReadScope, c.IsActive, c.CreatedAt, c.LastTokenAt);
}
