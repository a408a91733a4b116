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
    public string UserName { get; init; } = "";

    public string Password { get; init; } = "";
}

/// <summary>A bearer token to send as "Authorization: Bearer {accessToken}".</summary>
public sealed record AccessTokenDto(string AccessToken, string TokenType, int ExpiresIn, DateTimeOffset ExpiresAt);

public sealed class IssueAccessTokenCommandHandler(
    IApplicationDbContext db,
    IPasswordService passwords,
    IAccessTokenIssuer tokens,
    TimeProvider clock) : ICommandHandler<IssueAccessTokenCommand, AccessTokenDto>
{
    public const string FailureMessage = "The user name or password is incorrect.";

    public async ValueTask<AccessTokenDto> Handle(IssueAccessTokenCommand command, CancellationToken cancellationToken)
    {
        var userName = UserAccount.NormaliseUserName(command.UserName);
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == userName, cancellationToken);

        // The same answer for an unknown user, a wrong password and a deactivated account, so
        // that the response does not tell which user names exist.
        if (user is null || !user.IsActive)
        {
            throw new AuthenticationFailedException(FailureMessage);
        }

        var check = passwords.Verify(user, command.Password);
        if (check == PasswordCheck.Failed)
        {
            throw new AuthenticationFailedException(FailureMessage);
        }

        if (check == PasswordCheck.SucceededRehashNeeded)
        {
            user.SetPasswordHash(passwords.Hash(user, command.Password));
        }

        var now = clock.GetUtcNow();
        user.RecordSignIn(now);
        await db.SaveChangesAsync(cancellationToken);

        var token = tokens.Issue(user);
        return new AccessTokenDto(token.Token, "Bearer", (int)Math.Round((token.ExpiresAt - now).TotalSeconds), token.ExpiresAt);
    }
}
