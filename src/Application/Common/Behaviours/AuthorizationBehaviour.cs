using System.Reflection;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using Mediator;

namespace AsnCompetency.Application.Common.Behaviours;

/// <summary>
/// Enforces what a request declares: signed in unless anonymous is allowed, one of the
/// <see cref="AuthorizeAttribute"/> roles, and the agency of an <see cref="IAgencyOwnedCommand"/>.
/// </summary>
public sealed class AuthorizationBehaviour<TMessage, TResponse>(ICurrentUser user) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly AuthorizeAttribute? Requirement = typeof(TMessage).GetCustomAttribute<AuthorizeAttribute>();
    private static readonly bool AllowsAnonymous = typeof(TMessage).IsDefined(typeof(AllowAnonymousAttribute), inherit: true);

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (!user.IsSystem)
        {
            Authorize(message);
        }

        return next(message, cancellationToken);
    }

    private void Authorize(TMessage message)
    {
        if (AllowsAnonymous)
        {
            return;
        }

        if (!user.IsAuthenticated)
        {
            throw new AuthenticationFailedException("Sign in first: this request needs a bearer token.");
        }

        if (user.IsApiClient && message is IBaseCommand)
        {
            throw new ForbiddenAccessException("API clients have read-only access: this request changes data.");
        }

        if (Requirement is { Roles.Count: > 0 } && (user.Role is not { } role || !Requirement.Roles.Contains(role)))
        {
            throw new ForbiddenAccessException(
                $"This action needs the role {string.Join(" or ", Requirement.Roles)}; you are signed in as {user.Role?.ToString() ?? "no role"}.");
        }

        if (message is IAgencyOwnedCommand owned && !AccessPolicy.CanMaintain(user, owned.OwnerAgencyId))
        {
            throw new ForbiddenAccessException(owned.OwnerAgencyId is null
                ? "Without an agency id this request would change national data, which only a SystemAdmin may do."
                    + (user.AgencyId is { } own ? $" Send your agency's id ({own}) to work on your agency's data." : "")
                : "You may change only your own agency's data.");
        }
    }
}
