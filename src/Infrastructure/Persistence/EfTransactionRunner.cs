using AsnCompetency.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Infrastructure.Persistence;

/// <summary>
/// Runs work in a transaction under EF's execution strategy, so that a transient fault retries
/// the whole unit (not half of it) and a failure rolls everything back.
/// </summary>
public sealed class EfTransactionRunner(ApplicationDbContext db) : ITransactionRunner
{
    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work(cancellationToken);
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(
            work,
            async (_, unitOfWork, ct) =>
            {
                // A retried attempt starts from the database, not from what the failed one tracked.
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var result = await unitOfWork(ct);
                await transaction.CommitAsync(ct);
                return result;
            },
            verifySucceeded: null,
            cancellationToken);
    }
}
