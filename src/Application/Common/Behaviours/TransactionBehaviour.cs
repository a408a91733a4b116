using AsnCompetency.Application.Common.Interfaces;
using Mediator;

namespace AsnCompetency.Application.Common.Behaviours;

/// <summary>
/// Runs every command in one database transaction: all of its rows are written, or none. Queries
/// pass straight through.
/// </summary>
public sealed class TransactionBehaviour<TMessage, TResponse>(ITransactionRunner transactions) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IBaseCommand)
        {
            return next(message, cancellationToken);
        }

        return new ValueTask<TResponse>(transactions.ExecuteAsync(ct => next(message, ct).AsTask(), cancellationToken));
    }
}
