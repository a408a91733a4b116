using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using AsnCompetency.Domain.Common;
using AsnCompetency.Infrastructure.Identity;
using AsnCompetency.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AsnCompetency.Api.Infrastructure;

/// <summary>
/// Idempotency keys for the API's POSTs (creations, imports, workflow steps): a client that
/// sends "Idempotency-Key: {unique value}" and retries after a lost answer gets the first
/// answer again (with "Idempotent-Replayed: true") instead of the work being done twice. The key
/// is the user's own; reusing it for a different request is refused (422), and a retry while the
/// first is still running gets 409. Answers that are errors raised by the request (problem
/// details from an exception) or 5xx/429 are not kept, so such a request can simply be retried.
/// Kept for a day.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string KeyHeader = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    private const int MaxKeyLength = 200;
    private const int MaxKeptBody = 1024 * 1024;
    private static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    public async Task InvokeAsync(HttpContext context, ApplicationDbContext db, TimeProvider clock)
    {
        if (!HttpMethods.IsPost(context.Request.Method)
            || !context.Request.Headers.TryGetValue(KeyHeader, out var keys)
            || context.User.FindFirstValue(AsnClaimTypes.Subject) is not { } userId)
        {
            await next(context);
            return;
        }

        var key = keys.ToString();
        if (key.Length is 0 or > MaxKeyLength || key.Any(ch => ch is < '!' or > '~'))
        {
            await WriteProblemAsync(context, StatusCodes.Status400BadRequest, "Invalid Idempotency-Key.",
                $"The Idempotency-Key header must be 1 to {MaxKeyLength} visible ASCII characters, e.g. a UUID.");
            return;
        }

        var hash = await HashRequestAsync(context.Request);
        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(context.RequestAborted);
        var now = clock.GetUtcNow();
        if (!await ClaimAsync(connection, userId, key, hash, now))
        {
            await AnswerRepeatAsync(context, connection, userId, key, hash);
            return;
        }

        var original = context.Response.Body;
        await using var captured = new MemoryStream();
        context.Response.Body = captured;
        var kept = false;
        try
        {
            await next(context);
            var status = context.Response.StatusCode;
            kept = status < 500 && status != StatusCodes.Status429TooManyRequests && captured.Length <= MaxKeptBody;
            if (kept)
            {
                await KeepAsync(connection, userId, key, context.Response, captured.ToArray());
            }
        }
        finally
        {
            context.Response.Body = original;
            if (!kept)
            {
                await ForgetAsync(connection, userId, key);
            }
        }

        captured.Position = 0;
        await captured.CopyToAsync(original, context.RequestAborted);
    }

    /// <summary>
    /// SHA-256 of method, path, query and content: the body as sent, or for an upload its fields
    /// and files (a retried upload has a new multipart boundary but the same content). The
    /// endpoint reads the body, or the form, again afterwards.
    /// </summary>
    private static async Task<string> HashRequestAsync(HttpRequest request)
    {
        var aborted = request.HttpContext.RequestAborted;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(aborted);
            foreach (var field in form.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                sha.AppendData(Encoding.UTF8.GetBytes($"{field.Key}={field.Value}\n"));
            }

            foreach (var file in form.Files.OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                sha.AppendData(Encoding.UTF8.GetBytes($"{file.Name}:{file.FileName}:{file.Length}\n"));
                await using var content = file.OpenReadStream();
                await AppendAsync(content);
            }
        }
        else
        {
            request.EnableBuffering();
            sha.AppendData(Encoding.UTF8.GetBytes($"{request.ContentType}\n"));
            await AppendAsync(request.Body);
            request.Body.Position = 0;
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());

        async Task AppendAsync(Stream stream)
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(buffer, aborted)) > 0)
            {
                sha.AppendData(buffer, 0, read);
            }
        }
    }

    /// <summary>Records the key as taken (forgetting day-old keys first); false when it already was.</summary>
    private static async Task<bool> ClaimAsync(NpgsqlConnection connection, string userId, string key, string hash, DateTimeOffset now)
    {
        await using var command = new NpgsqlCommand(
            """
            DELETE FROM idempotency_records WHERE created_at < @expired;
            INSERT INTO idempotency_records (scope, key, request_hash, created_at) VALUES (@scope, @key, @hash, @now) ON CONFLICT DO NOTHING
            """,
            connection);
        command.Parameters.AddWithValue("expired", now - KeptFor);
        command.Parameters.AddWithValue("scope", userId);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("hash", hash);
        command.Parameters.AddWithValue("now", now);
        return await command.ExecuteNonQueryAsync() > 0;
    }

    private static async Task AnswerRepeatAsync(HttpContext context, NpgsqlConnection connection, string userId, string key, string hash)
    {
        await using var command = new NpgsqlCommand(
            "SELECT request_hash, status_code, content_type, location, e_tag, body FROM idempotency_records WHERE scope = @scope AND key = @key", connection);
        command.Parameters.AddWithValue("scope", userId);
        command.Parameters.AddWithValue("key", key);
        await using var reader = await command.ExecuteReaderAsync(context.RequestAborted);
        if (!await reader.ReadAsync(context.RequestAborted))
        {
            // Forgotten between the claim and now (the first request failed): try again.
            await WriteProblemAsync(context, StatusCodes.Status409Conflict, "Retry the request.", "The first request with this Idempotency-Key has just ended without an answer to keep; send it again.", retryAfter: true);
            return;
        }

        if (reader.GetString(0) != hash)
        {
            await WriteProblemAsync(context, StatusCodes.Status422UnprocessableEntity, "Idempotency-Key already used.",
                "This Idempotency-Key was used for a different request. Use a new key for a new request.");
            return;
        }

        if (reader.IsDBNull(1))
        {
            await WriteProblemAsync(context, StatusCodes.Status409Conflict, "Request still running.",
                "The first request with this Idempotency-Key is still running; ask again in a moment.", retryAfter: true);
            return;
        }

        var response = context.Response;
        response.StatusCode = reader.GetInt32(1);
        response.Headers[ReplayedHeader] = "true";
        if (!reader.IsDBNull(3))
        {
            response.Headers.Location = reader.GetString(3);
        }

        if (!reader.IsDBNull(4))
        {
            response.Headers.ETag = reader.GetString(4);
        }

        if (!reader.IsDBNull(2))
        {
            response.ContentType = reader.GetString(2);
        }

        if (!reader.IsDBNull(5))
        {
            var body = (byte[])reader.GetValue(5);
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private static async Task KeepAsync(NpgsqlConnection connection, string userId, string key, HttpResponse response, byte[] body)
    {
        await using var command = new NpgsqlCommand(
            """
            UPDATE idempotency_records SET status_code = @status, content_type = @type, location = @location, e_tag = @etag, body = @body
            WHERE scope = @scope AND key = @key
            """,
            connection);
        command.Parameters.AddWithValue("status", response.StatusCode);
        command.Parameters.AddWithValue("type", (object?)response.ContentType ?? DBNull.Value);
        command.Parameters.AddWithValue("location", (object?)Text.OrNull(response.Headers.Location.ToString()) ?? DBNull.Value);
        command.Parameters.AddWithValue("etag", (object?)Text.OrNull(response.Headers.ETag.ToString()) ?? DBNull.Value);
        command.Parameters.AddWithValue("body", body);
        command.Parameters.AddWithValue("scope", userId);
        command.Parameters.AddWithValue("key", key);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task ForgetAsync(NpgsqlConnection connection, string userId, string key)
    {
        await using var command = new NpgsqlCommand("DELETE FROM idempotency_records WHERE scope = @scope AND key = @key", connection);
        command.Parameters.AddWithValue("scope", userId);
        command.Parameters.AddWithValue("key", key);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task WriteProblemAsync(HttpContext context, int status, string title, string detail, bool retryAfter = false)
    {
        context.Response.StatusCode = status;
        if (retryAfter)
        {
            context.Response.Headers.RetryAfter = "1";
        }

        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
