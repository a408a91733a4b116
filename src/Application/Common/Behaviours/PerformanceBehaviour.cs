using System.Diagnostics;
using AsnCompetency.Application.Common.Interfaces;
using Mediator;
using Microsoft.Extensions.Logging;

namespace AsnCompetency.Application.Common.Behaviours;

/// <summary>Warns about requests slower than the threshold, so slow queries show up in the logs.</summary>
public sealed class PerformanceBehaviour<TMessage, TResponse>(ILogger<PerformanceBehaviour<TMessage, TResponse>> logger, ICurrentUser user)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public static readonly TimeSpan WarningThreshold = TimeSpan.FromMilliseconds(500);

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next(message, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (elapsed > WarningThreshold)
        {
            logger.LogWarning(
                "Slow request {RequestName} took {ElapsedMilliseconds} ms for user {UserId}",
                typeof(TMessage).Name,
                (long)elapsed.TotalMilliseconds,
                user.UserId);
        }

        return response;
    }
}
