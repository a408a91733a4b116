using System.Diagnostics;
using System.Net;
using AsnCompetency.Testing;

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
        await using var api = RelayedApi.Start(Environment);
        using var client = await api.SignInAsync("admin.kalianda");
        (await client.GetAsync("/api/v1/employees")).StatusCode.ShouldBe(HttpStatusCode.OK);

        api.Relay.Cut();

        var clock = Stopwatch.StartNew();
        var down = await client.GetAsync("/api/v1/employees");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5), "retries are short, the connect timeout is 3 s");
        var problem = await down.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        problem.GetProperty("detail").GetString()!.ShouldContain("database");
        down.Headers.GetValues("Retry-After").Single().ShouldBe("5");
        await (await client.PostJsonAsync("/api/v1/auth/token", new { userName = "admin.kalianda", password = "Demo#2026" })).ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);

        api.Relay.Restore();

        var recovered = await RetryUntilAsync(() => client.GetAsync("/api/v1/employees"), TimeSpan.FromSeconds(15));
        recovered.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task Outage_InTheMiddleOfAnImport_LeavesNoRowBehind()
    {
        await using var api = RelayedApi.Start(Environment);
        using var client = await api.SignInAsync("admin.kalianda");
        var rows = Enumerable.Range(1, 60_000).Select(i => $"{Nips.Pns(i)},Pegawai {i}");
        var upload = client.ImportAsync(ImportFiles.Csv(["nip,full_name", .. rows]));

        // Cut once the rows are streaming into PostgreSQL.
        var copying = await WaitForAsync("select count(*) from pg_stat_activity where query like 'COPY employee_import%' and state = 'active'", TimeSpan.FromSeconds(60));
        copying.ShouldBeTrue("the import reached its COPY");
        api.Relay.Cut();
        var response = await upload;
        api.Relay.Restore();

        await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        (await Environment.ScalarAsync<long>("select count(*) from employees where full_name like 'Pegawai %'")).ShouldBe(0);
        (await WaitForAsync("select count(*) from pg_stat_activity where query like '%employee_import%' and pid <> pg_backend_pid()", TimeSpan.FromSeconds(10), expectNone: true))
            .ShouldBeTrue("the server ended the cut session");
    }

    /// <summary>Polls a count query until it is positive (or zero with expectNone).</summary>
    private static async Task<bool> WaitForAsync(string countSql, TimeSpan limit, bool expectNone = false)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            var count = await Environment.ScalarAsync<long>(countSql);
            if (expectNone ? count == 0 : count > 0)
            {
                return true;
            }

            await Task.Delay(20);
        }

        return false;
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
