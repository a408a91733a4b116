using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Auth.Commands.IssueAccessToken;

/// <summary>Signs a user in with user name and password and returns a bearer token.</summary>
[AllowAnonymous]
public sealed record IssueAccessTokenCommand : ICommand<AccessTokenDto>
{
    /// <summary>The user name.</summary>
    public string UserName { get; init; } = "";

    /// <summary>The password.</summary>
    public string Password { get; init; } = "";
}

/// <summary>A bearer token to send as "Authorization: Bearer {accessToken}".</summary>
/// <param name="AccessToken">The JWT to send as Authorization: Bearer {accessToken}.</param>
/// <param name="TokenType">Always "Bearer".</param>
/// <param name="ExpiresIn">Seconds until the token expires.</param>
/// <param name="ExpiresAt">When the token expires (UTC).</param>
public sealed record AccessTokenDto(string AccessToken, string TokenType, int ExpiresIn, DateTimeOffset ExpiresAt);

public sealed class IssueAccessTokenCommandHandler(
    IApplicationDbContext db,
    IPasswordService passwords,
    IAccessTokenIssuer tokens,
    ISignInGuard guard,
    TimeProvider clock) : ICommandHandler<IssueAccessTokenCommand, AccessTokenDto>
{
    public const string FailureMessage = "The user name or password is incorrect.";

    /// <summary>Stands in for a missing account so that a wrong user name costs a password hashing too.</summary>
    private static readonly UserAccount UnknownUser = UserAccount.Create("unknown", "unknown", email: null, UserRole.SystemAdmin, agencyId: null);

    public async ValueTask<AccessTokenDto> Handle(IssueAccessTokenCommand command, CancellationToken cancellationToken)
    {
        var userName = UserAccount.NormaliseUserName(command.UserName);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == userName, cancellationToken);

        // Locked names are refused before the password is looked at, so guessing gains nothing.
        if (await guard.LockedForAsync(userName, cancellationToken) is { } lockedFor)
        {
            await guard.RecordFailureAsync(userName, user?.Id, user?.AgencyId, SignInFailure.Locked, cancellationToken);
            throw new TooManyRequestsException(
                $"Too many failed sign-ins with this user name. Try again in {Math.Max(1, (int)Math.Ceiling(lockedFor.TotalMinutes))} minute(s).", lockedFor);
        }

        // The same answer, after the same hashing work, for an unknown user, a wrong password and a
        // deactivated account, so that neither the answer nor its timing tells which names exist.
        if (user is null)
        {
            passwords.Hash(UnknownUser, command.Password);
            await guard.RecordFailureAsync(userName, null, null, SignInFailure.UnknownUser, cancellationToken);
            throw new AuthenticationFailedException(FailureMessage);
        }

        var check = passwords.Verify(user, command.Password);
        if (!user.IsActive || check == PasswordCheck.Failed)
        {
            await guard.RecordFailureAsync(userName, user.Id, user.AgencyId, user.IsActive ? SignInFailure.WrongPassword : SignInFailure.Inactive, cancellationToken);
            throw new AuthenticationFailedException(FailureMessage);
        }

        // Sign-ins are frequent and concurrent (several tabs, several integrator workers): they
        // update their own columns without the row-version check that guards real edits.
        var now = clock.GetUtcNow();
        var newHash = check == PasswordCheck.SucceededRehashNeeded ? passwords.Hash(user, command.Password) : user.PasswordHash;
        await db.Users
            .Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.LastSignInAt, now).SetProperty(u => u.PasswordHash, newHash), cancellationToken);

        await guard.RecordSuccessAsync(userName, user.Id, user.AgencyId, cancellationToken);
        var token = tokens.Issue(user);
        return new AccessTokenDto(token.Token, "Bearer", (int)Math.Round((token.ExpiresAt - now).TotalSeconds), token.ExpiresAt);
    }
}
