using System.Text.Json;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Domain.Auditing;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace AsnCompetency.Infrastructure.Identity;

/// <summary>Limits on password guessing (configuration section "SignIn").</summary>
public sealed class SignInOptions
{
    public const string Section = "SignIn";

    /// <summary>Failed sign-ins of one user name within the window that lock it.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    public int FailureWindowMinutes { get; set; } = 15;

    public int LockoutMinutes { get; set; } = 15;
}

/// <summary>
/// Sign-in throttling in PostgreSQL, so every API instance sees the same counts. Failures are
/// written on a connection of their own and committed at once: the sign-in command's own
/// transaction rolls back when the sign-in fails.
/// </summary>
public sealed class SignInGuard(ApplicationDbContext db, IOptions<SignInOptions> options, TimeProvider clock) : ISignInGuard
{
    private static readonly JsonSerializerOptions DetailJson = new(JsonSerializerDefaults.Web);

    public async Task<TimeSpan?> LockedForAsync(string userName, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var lockedUntil = await db.Set<SignInThrottle>().AsNoTracking()
            .Where(t => t.UserName == userName && t.LockedUntil > now)
            .Select(t => t.LockedUntil)
            .FirstOrDefaultAsync(cancellationToken);
        return lockedUntil - now;
    }

    public async Task RecordFailureAsync(string userName, Guid? userId, Guid? agencyId, SignInFailure failure, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var now = clock.GetUtcNow();
        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // Old entries go first, so names tried once long ago do not pile up.
        await ExecuteAsync(
            "DELETE FROM sign_in_throttles WHERE first_failed_at < @stale AND (locked_until IS NULL OR locked_until < @now)",
            [new("stale", now.AddDays(-1)), new("now", now)]);
        await ExecuteAsync(
            "INSERT INTO sign_in_throttles (user_name, failed_count, first_failed_at) VALUES (@name, 0, @now) ON CONFLICT DO NOTHING",
            [new("name", userName), new("now", now)]);

        int failedCount;
        DateTimeOffset firstFailedAt;
        DateTimeOffset? lockedUntil;
        await using (var read = new NpgsqlCommand(
            "SELECT failed_count, first_failed_at, locked_until FROM sign_in_throttles WHERE user_name = @name FOR UPDATE", connection, transaction))
        {
            read.Parameters.AddWithValue("name", userName);
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            (failedCount, firstFailedAt, lockedUntil) = (reader.GetInt32(0), reader.GetFieldValue<DateTimeOffset>(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2));
        }

        if (failure != SignInFailure.Locked)
        {
            // A lock that ran out, or failures older than the window, start the count again.
            if (lockedUntil <= now || firstFailedAt < now.AddMinutes(-limits.FailureWindowMinutes) || failedCount == 0)
            {
                (failedCount, firstFailedAt, lockedUntil) = (0, now, null);
            }

            failedCount++;
            if (failedCount >= limits.MaxFailedAttempts)
            {
                lockedUntil = now.AddMinutes(limits.LockoutMinutes);
            }

            await ExecuteAsync(
                "UPDATE sign_in_throttles SET failed_count = @count, first_failed_at = @first, locked_until = @locked WHERE user_name = @name",
                [new("count", failedCount), new("first", firstFailedAt), new("locked", (object?)lockedUntil ?? DBNull.Value), new("name", userName)]);
        }

        var detail = JsonSerializer.Serialize(new { reason = failure.ToString(), failedCount, lockedUntil }, DetailJson);
        await ExecuteAsync(
            "INSERT INTO audit_events (id, user_id, agency_id, subject_agency_id, action, target, detail, at) VALUES (@id, @user, @agency, @agency, @action, @target, @detail::jsonb, @now)",
            [
                new("id", Guid.CreateVersion7()), new("user", (object?)userId ?? DBNull.Value) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid },
                new("agency", (object?)agencyId ?? DBNull.Value) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid },
                new("action", AuditActions.SignInFailed), new("target", userName), new("detail", detail), new("now", now),
            ]);
        await transaction.CommitAsync(cancellationToken);

        async Task ExecuteAsync(string sql, NpgsqlParameter[] parameters)
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            command.Parameters.AddRange(parameters);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task RecordSuccessAsync(string userName, Guid userId, Guid? agencyId, CancellationToken cancellationToken)
    {
        await db.Set<SignInThrottle>().Where(t => t.UserName == userName).ExecuteDeleteAsync(cancellationToken);
        db.AuditEvents.Add(new AuditEvent(userId, agencyId, AuditActions.SignIn, userName, "{}", clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }
}
