using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Interchange.Case;
using AsnCompetency.Domain.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AsnCompetency.Api.Infrastructure;

/// <summary>
/// The one place where exceptions become HTTP answers: RFC 9457 problem details with a status,
/// a title, a detail a person can act on, the field errors when there are any, and a traceId.
/// Nothing internal (stack traces, SQL, constraint names) reaches the client.
/// </summary>
public sealed partial class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetailsService,
    ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public const string UnexpectedErrorDetail = "An unexpected error occurred. Quote the traceId when you report it.";

    public const string QueryTimeoutDetail =
        "The database did not finish this request within its time limit. Narrow it (for example to one agency or unit), or try again when the system is less busy.";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
            httpContext.Response.StatusCode = 499;
            return true;
        }

        if (exception is CaseRequestException || httpContext.Request.Path.StartsWithSegments(Endpoints.Case.Base))
        {
            return await WriteCaseStatusAsync(httpContext, exception, cancellationToken);
        }

        var problem = ToProblem(httpContext, exception);
        if (problem.Status >= StatusCodes.Status500InternalServerError && problem.Status != StatusCodes.Status503ServiceUnavailable)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }
        else if (problem.Status == StatusCodes.Status503ServiceUnavailable && IsQueryTimeout(exception))
        {
            // No Retry-After: asking again at once would only take as long.
            logger.LogWarning(exception, "Database query timed out for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }
        else if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            logger.LogWarning(exception, "Database unavailable for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            httpContext.Response.Headers.RetryAfter = "5";
        }

        if (exception is TooManyRequestsException tooMany)
        {
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds(tooMany.RetryAfter);
        }

        if (problem.Status == StatusCodes.Status401Unauthorized)
        {
            httpContext.Response.Headers.WWWAuthenticate = "Bearer";
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problemDetailsService.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails ToProblem(HttpContext httpContext, Exception exception) => exception switch
    {
        ValidationException e => Validation(e.Errors),
        DomainValidationException e => Validation(new Dictionary<string, string[]> { [e.Field ?? "body"] = [Sentence(e.Message)] }),
        BusinessRuleException e => WithErrors(Problem(StatusCodes.Status409Conflict, "The change conflicts with the current state.", e.Message), e.Field, e.Message),
        NotFoundException e => Problem(StatusCodes.Status404NotFound, "Not found.", e.Message),
        ForbiddenAccessException e => Problem(StatusCodes.Status403Forbidden, "Not allowed.", e.Message),
        AuthenticationFailedException e => Problem(StatusCodes.Status401Unauthorized, "Not signed in.", e.Message),
        TooManyRequestsException e => Problem(StatusCodes.Status429TooManyRequests, "Too many requests.", e.Message),
        PreconditionFailedException e => Problem(StatusCodes.Status412PreconditionFailed, "The resource has changed.", e.Message),
        ImportRejectedException e => ImportRejected(e),
        UnsupportedFileException { IsUnreadable: true } e => Validation(new Dictionary<string, string[]> { ["file"] = [e.Message] }),
        UnsupportedFileException e => Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported file type.", e.Message),
        DbUpdateConcurrencyException => httpContext.Request.Headers.IfMatch.Count > 0
            ? Problem(StatusCodes.Status412PreconditionFailed, "The resource has changed.", "Someone else changed this record while you were saving. Reload it and apply your change again.")
            : Problem(StatusCodes.Status409Conflict, "The resource has changed.", "Someone else changed this record while you were saving. Reload it and apply your change again."),
        _ when PostgresError(exception) is { SqlState: PostgresErrorCodes.UniqueViolation } =>
            Problem(StatusCodes.Status409Conflict, "Duplicate.", "A record with the same code or key already exists (perhaps saved by someone else just now). Reload and try again."),
        _ when PostgresError(exception) is { SqlState: PostgresErrorCodes.ForeignKeyViolation } =>
            Problem(StatusCodes.Status409Conflict, "Related record missing or still in use.", "The change refers to a record that does not exist, or removes one that other records still refer to."),
        _ when PostgresError(exception) is { SqlState: PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter } =>
            Validation(new Dictionary<string, string[]> { ["body"] = ["Text may not contain control characters such as NUL (\\u0000)."] }),
        BadHttpRequestException e => FromBadRequest(e),
        _ when IsQueryTimeout(exception) =>
            Problem(StatusCodes.Status503ServiceUnavailable, "The request took too long.", QueryTimeoutDetail),
        _ when IsDatabaseUnavailable(exception) =>
            Problem(StatusCodes.Status503ServiceUnavailable, "Service temporarily unavailable.", "The database cannot be reached right now. Try again in a few seconds."),
        _ => Problem(StatusCodes.Status500InternalServerError, "Internal server error.", UnexpectedErrorDetail),
    };

    /// <summary>
    /// The CASE provider answers errors as CASE defines them (imsx_StatusInfo), not as problem
    /// details: integrators' CASE clients read that form.
    /// </summary>
    private async ValueTask<bool> WriteCaseStatusAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        int status;
        string codeMinor;
        string description;
        if (exception is CaseRequestException caseError)
        {
            (status, codeMinor, description) = (caseError.Status, caseError.CodeMinor, caseError.Message);
        }
        else
        {
            var problem = ToProblem(httpContext, exception);
            status = problem.Status ?? StatusCodes.Status500InternalServerError;
            codeMinor = status switch
            {
                StatusCodes.Status400BadRequest => CaseRequestException.InvalidSelectionField,
                StatusCodes.Status401Unauthorized => CaseRequestException.Unauthorised,
                StatusCodes.Status403Forbidden => "forbidden",
                StatusCodes.Status404NotFound => CaseRequestException.UnknownObject,
                StatusCodes.Status429TooManyRequests or StatusCodes.Status503ServiceUnavailable => CaseRequestException.ServerBusy,
                _ => CaseRequestException.InternalServerError,
            };
            description = problem.Detail ?? problem.Title ?? "The request failed.";
            if (status >= StatusCodes.Status500InternalServerError && status != StatusCodes.Status503ServiceUnavailable)
            {
                logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            }
            else if (status == StatusCodes.Status503ServiceUnavailable)
            {
                httpContext.Response.Headers.RetryAfter = "5";
            }
        }

        if (status == StatusCodes.Status401Unauthorized)
        {
            httpContext.Response.Headers.WWWAuthenticate = "Bearer";
        }

        httpContext.Response.StatusCode = status;
        await httpContext.Response.WriteAsJsonAsync(CaseStatusInfo.Failure(codeMinor, description), CaseJson.Options, cancellationToken);
        return true;
    }

    /// <summary>Whole seconds, rounded up and at least one, as Retry-After wants them.</summary>
    public static string RetryAfterSeconds(TimeSpan wait) =>
        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static ProblemDetails FromBadRequest(BadHttpRequestException exception)
    {
        var status = exception.StatusCode;
        if (status == StatusCodes.Status415UnsupportedMediaType)
        {
            // The framework says which kind it expected: "a supported form media type" for uploads.
            var upload = exception.Message.Contains("form media type", StringComparison.OrdinalIgnoreCase);
            return Problem(status, "Unsupported content type.", upload ? ProblemDefaults.UploadExpected : ProblemDefaults.JsonExpected);
        }

        if (status == StatusCodes.Status413PayloadTooLarge)
        {
            return Problem(status, "Request body too large.", "The request body is larger than this endpoint accepts.");
        }

        if (exception.InnerException is JsonException json)
        {
            var field = FieldFromJsonPath(json.Path);
            return Validation(new Dictionary<string, string[]> { [field] = [DescribeJsonError(json)] });
        }

        var binding = BindFailurePattern().Match(exception.Message);
        if (binding.Success)
        {
            var name = binding.Groups["name"].Value;
            var field = char.ToLowerInvariant(name[0]) + name[1..];
            return Validation(new Dictionary<string, string[]>
            {
                [field] = [$"'{field}' must be {DescribeType(binding.Groups["type"].Value)}; \"{binding.Groups["value"].Value}\" is not."],
            });
        }

        var missing = MissingParameterPattern().Match(exception.Message);
        if (missing.Success && missing.Groups["source"].Value != "body")
        {
            var name = missing.Groups["name"].Value;
            var field = char.ToLowerInvariant(name[0]) + name[1..];
            return Validation(new Dictionary<string, string[]> { [field] = [$"'{field}' is required."] });
        }

        if (exception.Message.Contains("was not provided from body", StringComparison.Ordinal)
            || exception.Message.Contains("no body was provided", StringComparison.Ordinal))
        {
            return Validation(new Dictionary<string, string[]> { ["body"] = ["A JSON request body is required."] });
        }

        return Problem(status, "Bad request.", "The request could not be read.");
    }

    private static string FieldFromJsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "body";
        }

        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }

    private static string DescribeJsonError(JsonException exception)
    {
        var conversion = ConversionPattern().Match(exception.Message);
        if (conversion.Success)
        {
            return $"Must be {DescribeType(conversion.Groups["type"].Value)}.";
        }

        if (exception.Message.Contains("missing required properties", StringComparison.Ordinal))
        {
            return "Required properties are missing.";
        }

        // A syntax error: keep the reader's explanation, drop its internal path suffix.
        var message = exception.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var where = exception.LineNumber is { } line ? $" (line {line + 1}, position {exception.BytePositionInLine + 1})" : "";
        return $"The body is not valid JSON{where}: {(cut > 0 ? message[..cut] : message).TrimEnd('.')}.";
    }

    /// <summary>Says in words what a .NET type expects, for messages about wrong types.</summary>
    private static string DescribeType(string typeName)
    {
        var nullable = NullablePattern().Match(typeName);
        var name = nullable.Success ? nullable.Groups["inner"].Value : typeName.TrimEnd('?');
        if (name.StartsWith("Nullable<", StringComparison.Ordinal))
        {
            name = name["Nullable<".Length..].TrimEnd('>');
        }

        var simple = name[(name.LastIndexOf('.') + 1)..];
        switch (simple)
        {
            case "Int32" or "Int64" or "Int16" or "int" or "long" or "short" or "UInt32" or "uint":
                return "a whole number";
            case "Decimal" or "Double" or "Single" or "decimal" or "double" or "float":
                return "a number";
            case "Boolean" or "bool":
                return "true or false";
            case "Guid":
                return "a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6";
            case "DateTime" or "DateTimeOffset":
                return "an ISO 8601 date and time such as 2026-01-31T08:00:00+07:00";
            case "DateOnly":
                return "an ISO 8601 date such as 2026-01-31";
            case "String" or "string":
                return "a text string";
        }

        if (name.StartsWith("System.Collections", StringComparison.Ordinal) || name.EndsWith("[]", StringComparison.Ordinal))
        {
            return "an array";
        }

        var enumType = FindEnum(name, simple);
        return enumType is null ? "a value of another type" : $"one of {string.Join(", ", Enum.GetNames(enumType))}";
    }

    private static Type? FindEnum(string fullName, string simpleName) =>
        typeof(Domain.Common.Entity).Assembly.GetTypes()
            .Concat(typeof(Application.DependencyInjection).Assembly.GetTypes())
            .FirstOrDefault(t => t.IsEnum && (t.FullName == fullName || t.Name == simpleName));

    /// <summary>The exception and the ones it wraps, outermost first.</summary>
    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }

    private static PostgresException? PostgresError(Exception exception) => Chain(exception).OfType<PostgresException>().FirstOrDefault();

    /// <summary>
    /// A command that ran past its timeout: the database is up but the work took too long.
    /// Npgsql reports it as a transient NpgsqlException around a TimeoutException, which must
    /// not read as "the database cannot be reached".
    /// </summary>
    private static bool IsQueryTimeout(Exception exception) => Chain(exception).Any(e => e is TimeoutException);

    private static bool IsDatabaseUnavailable(Exception exception) =>
        Chain(exception).Any(e => e is NpgsqlException { IsTransient: true } or SocketException
            || e is InvalidOperationException { Message: var m } && m.Contains("transient failure", StringComparison.OrdinalIgnoreCase));

    private static ProblemDetails Validation(IReadOnlyDictionary<string, string[]> errors) =>
        new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more fields are invalid.",
            Detail = string.Join(" ", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")).Take(5)),
        };

    /// <summary>422 with every failing row: what a user needs to fix the file in one go.</summary>
    private static ProblemDetails ImportRejected(ImportRejectedException exception)
    {
        var problem = Problem(
            StatusCodes.Status422UnprocessableEntity,
            "The file was not imported.",
            $"{exception.ErrorCount} error(s) in the file; nothing was imported. Correct the rows listed and upload the whole file again.");
        problem.Extensions["errorCount"] = exception.ErrorCount;
        problem.Extensions["rowErrors"] = exception.Errors;
        problem.Extensions["truncated"] = exception.Errors.Count < exception.ErrorCount;
        return problem;
    }

    private static ProblemDetails WithErrors(ProblemDetails problem, string? field, string message)
    {
        if (field is not null)
        {
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [message] };
        }

        return problem;
    }

    private static ProblemDetails Problem(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };

    private static string Sentence(string message) =>
        message.Length == 0 ? message : char.ToUpperInvariant(message[0]) + message[1..];

    [GeneratedRegex(@"could not be converted to (?<type>[^.\s]+(\.[^.\s]+)*?)\. Path", RegexOptions.CultureInvariant)]
    private static partial Regex ConversionPattern();

    [GeneratedRegex(@"Failed to bind parameter ""(?<type>\S+) (?<name>[^""]+)"" from ""(?<value>.*)""", RegexOptions.CultureInvariant)]
    private static partial Regex BindFailurePattern();

    [GeneratedRegex(@"Required parameter ""(?<type>\S+) (?<name>[^""]+)"" was not provided from (?<source>\w+)", RegexOptions.CultureInvariant)]
    private static partial Regex MissingParameterPattern();

    [GeneratedRegex(@"^System\.Nullable`1\[(?<inner>[^\]]+)\]$", RegexOptions.CultureInvariant)]
    private static partial Regex NullablePattern();
}
