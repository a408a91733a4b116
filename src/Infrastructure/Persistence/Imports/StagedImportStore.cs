using System.Globalization;
using AsnCompetency.Application.Common.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace AsnCompetency.Infrastructure.Persistence.Imports;

/// <summary>
/// What the file imports share: SQL on the command's connection and transaction (so a staging
/// table lives exactly as long as the transaction), binary COPY of optional values, and the
/// collection of a check's failing rows into the import's messages.
/// </summary>
public abstract class StagedImportStore(ApplicationDbContext db)
{
    /// <summary>Opens the command's connection (the transaction already holds it open).</summary>
    protected async Task<NpgsqlConnection> ConnectionAsync(CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        return (NpgsqlConnection)db.Database.GetDbConnection();
    }

    protected static Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : class =>
        value is null ? writer.WriteNullAsync(cancellationToken) : writer.WriteAsync(value, type, cancellationToken);

    protected static Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : struct =>
        value is { } present ? writer.WriteAsync(present, type, cancellationToken) : writer.WriteNullAsync(cancellationToken);

    /// <summary>
    /// Adds the first rows a check finds (as many as may still be kept) and counts them all. The
    /// query returns row_number and message.
    /// </summary>
    protected async Task CollectAsync(string sql, string column, ImportMessages errors, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        await using var command = CreateCommand(
            $"SELECT row_number, message, count(*) OVER () FROM ({sql}) found ORDER BY row_number LIMIT @room",
            [.. parameters, new NpgsqlParameter("room", Math.Max(errors.Room, 1))]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var listed = 0;
        var total = 0L;
        while (await reader.ReadAsync(cancellationToken))
        {
            total = reader.GetInt64(2);
            if (errors.Room > 0)
            {
                errors.Add(reader.GetInt32(0), column, reader.GetString(1));
                listed++;
            }
        }

        errors.AddUnlisted((int)total - listed);
    }

    protected async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        await using var command = CreateCommand(sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    protected async Task<int> CountAsync(string sql, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        await using var command = CreateCommand(sql, parameters);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private NpgsqlCommand CreateCommand(string sql, NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection())
        {
            Transaction = db.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction,
            CommandTimeout = 600,
        };
        command.Parameters.AddRange(parameters);
        return command;
    }
}
