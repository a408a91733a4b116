using AsnCompetency.Application.Common.Interfaces;
using Mediator;
using Microsoft.Extensions.Logging;

namespace AsnCompetency.Application.Common.Behaviours;

/// <summary>
/// Logs which request runs for which user. Only the request's name and the user's id are logged:
/// request bodies hold personal data (names, NIPs, scores) that must not reach the logs.
/// </summary>
public sealed class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger, ICurrentUser user)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            logger.LogDebug("Handling {RequestName} for user {UserId}", typeof(TMessage).Name, user.UserId?.ToString() ?? (user.IsSystem ? "system" : "anonymous"));
        }

        return next(message, cancellationToken);
    }
}
