using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace AsnCompetency.Infrastructure.Persistence;

/// <summary>
/// Where read-only reports (training-needs aggregations, compliance, exports) run: on a
/// PostgreSQL read replica when <c>ConnectionStrings:Analytics</c> names one, so that the largest
/// scans leave the primary to the day's work; otherwise on the primary. Only reads outside a
/// transaction go to the replica: a command that reads a report and then writes (generating a
/// development plan from the priorities) must see the primary's data, not the replica's slightly
/// older copy.
/// </summary>
public sealed class AnalyticsDatabase(NpgsqlDataSource? replica) : IAsyncDisposable
{
    public const string ConnectionStringName = "Analytics";

    /// <summary>Whether reports outside a transaction go to a replica.</summary>
    public bool HasReplica => replica is not null;

    /// <summary>A command for a report query, on the replica or on the request's own connection and transaction.</summary>
    public async Task<ReportCommand> CommandAsync(DbContext db, string sql, NpgsqlParameter[] parameters, int timeoutSeconds, CancellationToken cancellationToken)
    {
        NpgsqlCommand command;
        Func<ValueTask> close;
        if (replica is not null && db.Database.CurrentTransaction is null)
        {
            var connection = await replica.OpenConnectionAsync(cancellationToken);
            command = connection.CreateCommand();
            close = connection.DisposeAsync;
        }
        else
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            command = (NpgsqlCommand)db.Database.GetDbConnection().CreateCommand();
            command.Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
            close = async () => await db.Database.CloseConnectionAsync();
        }

        command.CommandText = sql;
        command.CommandTimeout = timeoutSeconds;
        command.Parameters.AddRange(parameters);
        return new ReportCommand(command, close);
    }

    public ValueTask DisposeAsync() => replica?.DisposeAsync() ?? ValueTask.CompletedTask;
}

/// <summary>A report query's command; disposing it returns its connection (to the pool, or to the DbContext).</summary>
public sealed class ReportCommand(NpgsqlCommand command, Func<ValueTask> close) : IAsyncDisposable
{
    public NpgsqlCommand Command => command;

    public async ValueTask DisposeAsync()
    {
        await command.DisposeAsync();
        await close();
    }
}
