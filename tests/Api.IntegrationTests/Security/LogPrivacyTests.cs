using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AsnCompetency.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AsnCompetency.Api.IntegrationTests.Security;

/// <summary>
/// Personal data stays out of the application logs: after creating, changing, reading, importing
/// (with a failing row), searching and exporting an employee, and failing requests about them,
/// no log line — message, state or exception — holds their name, NIP, e-mail or phone.
/// </summary>
public sealed class LogPrivacyTests : ApiTestBase
{
    private const string Name = "Sulistyowati Rahmaningrum";
    private const string Email = "sulistyowati.rahmaningrum@example.go.id";
    private const string Phone = "081298765432";

    [Test]
    public async Task PersonalData_NeverReachesTheLogs()
    {
        var lines = new ConcurrentQueue<string>();
        await using var factory = Environment.Factory.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            logging.AddProvider(new CapturingLoggerProvider(lines));
        })));
        using var client = factory.CreateClient();
        var token = await (await client.PostJsonAsync("/api/v1/auth/token", new { userName = "admin.kalianda", password = "Demo#2026" })).ShouldBeOkAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        var nip = Nips.Pns(7, female: true);

        var created = await client.PostJsonAsync("/api/v1/employees", new { nip, fullName = Name, email = Email, phone = Phone });
        var employee = (await created.ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created)).Id();
        await client.PostJsonAsync("/api/v1/employees", new { nip, fullName = Name });
        await client.GetAsync($"/api/v1/employees/{employee}");
        await client.GetAsync($"/api/v1/employees/{employee}/competency-profile");
        await client.GetAsync($"/api/v1/employees?search={Uri.EscapeDataString(Name)}");
        await client.GetAsync($"/api/v1/employees?search={nip}");
        await client.ImportAsync(ImportFiles.Csv("nip,full_name,email", $"{nip},{Name},{Email}", $"{nip[..10]}99999999,{Name},{Email}"));
        await client.GetAsync("/api/v1/exports/learning-hours");
        await client.PostJsonAsync("/api/v1/auth/token", new { userName = Email, password = Name });

        lines.ShouldContain(l => l.Contains("/api/v1/employees", StringComparison.Ordinal), "the request log was captured");
        var leaks = lines.Where(l => l.Contains(Name, StringComparison.OrdinalIgnoreCase) || l.Contains(nip, StringComparison.Ordinal)
                                     || l.Contains(Email, StringComparison.OrdinalIgnoreCase) || l.Contains(Phone, StringComparison.Ordinal)).ToList();
        leaks.ShouldBeEmpty(string.Join(System.Environment.NewLine, leaks.Take(5)));
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, lines);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            lines.Enqueue($"{category} scope: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join("; ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            lines.Enqueue($"{category} {logLevel}: {formatter(state, exception)} [{values}] {exception}");
        }
    }
}
