using System.Diagnostics;
using System.Net;
using System.Text.Json;
using AsnCompetency.Testing;
using Npgsql;

namespace AsnCompetency.Api.IntegrationTests.Security;

/// <summary>
/// The database going away and coming back, simulated by cutting the TCP relay between the API
/// and PostgreSQL: data endpoints answer 503 with Retry-After within seconds (no hang, no 500),
/// readiness reports unhealthy, liveness stays up, and the API recovers without a restart.
/// </summary>
public sealed class DatabaseOutageTests : ApiTestBase
{
    [Test]
    public async Task Outage_AnswersServiceUnavailableQuicklyAndRecoversWithoutRestart()
    {
        var target = new NpgsqlConnectionStringBuilder(Environment.ConnectionString);
        await using var relay = TcpProxy.Start(target.Host!, target.Port);
        var throughRelay = new NpgsqlConnectionStringBuilder(Environment.ConnectionString) { Host = "127.0.0.1", Port = relay.Port }.ConnectionString;
        await using var factory = Environment.Factory.WithWebHostBuilder(builder => builder.UseSetting("ConnectionStrings:Default", throughRelay));
        using var client = factory.CreateClient();
        var token = await (await client.PostJsonAsync("/api/v1/auth/token", new { userName = "admin.kalianda", password = "Demo#2026" })).ShouldBeOkAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        (await client.GetAsync("/api/v1/employees")).StatusCode.ShouldBe(HttpStatusCode.OK);

        relay.Cut();

        var clock = Stopwatch.StartNew();
        var down = await client.GetAsync("/api/v1/employees");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5), "retries are short, the connect timeout is 3 s");
        var problem = await down.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        problem.GetProperty("detail").GetString()!.ShouldContain("database");
        down.Headers.GetValues("Retry-After").Single().ShouldBe("5");
        await (await client.PostJsonAsync("/api/v1/auth/token", new { userName = "admin.kalianda", password = "Demo#2026" })).ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);

        relay.Restore();

        var recovered = await RetryUntilAsync(() => client.GetAsync("/api/v1/employees"), TimeSpan.FromSeconds(15));
        recovered.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<HttpResponseMessage> RetryUntilAsync(Func<Task<HttpResponseMessage>> request, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var response = await request();
            if (response.IsSuccessStatusCode || clock.Elapsed > limit)
            {
                return response;
            }

            await Task.Delay(250);
        }
    }
}
