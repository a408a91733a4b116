using System.Net.Sockets;
using System.Text.Json;
using AsnCompetency.Api.Infrastructure;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Domain.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AsnCompetency.Api.IntegrationTests;

/// <summary>Every exception becomes a problem with the right status, a traceId, and nothing internal.</summary>
public sealed class ProblemDetailsExceptionHandlerTests : ApiTestBase
{
    private static readonly object[] Cases =
    [
        new object[] { new InvalidOperationException("select secret_column from users"), 500 },
        new object[] { new NullReferenceException("Object reference not set"), 500 },
        new object[] { new NotFoundException("Competency framework", Guid.Empty), 404 },
        new object[] { new ForbiddenAccessException("not yours"), 403 },
        new object[] { new AuthenticationFailedException("sign in"), 401 },
        new object[] { new PreconditionFailedException("stale"), 412 },
        new object[] { new BusinessRuleException("published", "code"), 409 },
        new object[] { new DomainValidationException("levels[0].level", "must be between 1 and 5"), 400 },
        new object[] { new DbUpdateConcurrencyException("stale row"), 409 },
        new object[] { new NpgsqlException("connection refused", new SocketException(111)), 503 },
        new object[] { new PostgresException("duplicate key value violates unique constraint \"ix_employees_nip\"", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation), 409 },
        new object[] { new PostgresException("invalid byte sequence for encoding \"UTF8\": 0x00", "ERROR", "ERROR", PostgresErrorCodes.CharacterNotInRepertoire), 400 },
    ];

    [TestCaseSource(nameof(Cases))]
    public async Task TryHandle_Exception_WritesProblemWithStatusAndTraceId(Exception exception, int status)
    {
        var (context, handled) = await HandleAsync(exception);

        handled.ShouldBeTrue();
        context.Response.StatusCode.ShouldBe(status);
        context.Response.ContentType.ShouldBe("application/problem+json");
        var body = ReadBody(context);
        var problem = JsonDocument.Parse(body).RootElement;
        problem.GetProperty("status").GetInt32().ShouldBe(status);
        problem.GetProperty("traceId").GetString().ShouldNotBeNullOrWhiteSpace();
        problem.GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace();
        body.ShouldNotContain("secret_column");
        body.ShouldNotContain("   at ");
    }

    [Test]
    public async Task TryHandle_UnexpectedException_SaysOnlyTheGenericText()
    {
        var (context, _) = await HandleAsync(new InvalidOperationException("select secret_column from users"));

        var problem = JsonDocument.Parse(ReadBody(context)).RootElement;
        problem.GetProperty("detail").GetString().ShouldBe(ProblemDetailsExceptionHandler.UnexpectedErrorDetail);
    }

    [Test]
    public async Task TryHandle_DatabaseUnavailable_AsksToRetryLater()
    {
        var (context, _) = await HandleAsync(new NpgsqlException("connection refused", new SocketException(111)));

        context.Response.Headers.RetryAfter.ToString().ShouldBe("5");
    }

    [Test]
    public async Task TryHandle_QueryTimeout_SaysItTookTooLongNotThatTheDatabaseIsDown()
    {
        // The exception Npgsql really throws when a command runs past its timeout.
        var timeout = await Should.ThrowAsync<NpgsqlException>(async () =>
        {
            await using var connection = new NpgsqlConnection(Environment.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT pg_sleep(5)", connection) { CommandTimeout = 1 };
            await command.ExecuteNonQueryAsync();
        });

        var (context, _) = await HandleAsync(timeout);

        context.Response.StatusCode.ShouldBe(503);
        var problem = JsonDocument.Parse(ReadBody(context)).RootElement;
        problem.GetProperty("title").GetString().ShouldBe("The request took too long.");
        problem.GetProperty("detail").GetString().ShouldBe(ProblemDetailsExceptionHandler.QueryTimeoutDetail);
        context.Response.Headers.RetryAfter.Count.ShouldBe(0);
    }

    private static async Task<(DefaultHttpContext Context, bool Handled)> HandleAsync(Exception exception)
    {
        await using var scope = Environment.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = "GET";
        context.Request.Path = "/api/v1/competency-frameworks";
        context.Response.Body = new MemoryStream();
        var handler = Environment.Services.GetServices<IExceptionHandler>().OfType<ProblemDetailsExceptionHandler>().Single();
        var handled = await handler.TryHandleAsync(context, exception, CancellationToken.None);
        return (context, handled);
    }

    private static string ReadBody(HttpContext context)
    {
        context.Response.Body.Position = 0;
        return new StreamReader(context.Response.Body).ReadToEnd();
    }
}
