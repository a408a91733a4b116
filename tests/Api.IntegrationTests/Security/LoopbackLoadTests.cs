using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AsnCompetency.Api.IntegrationTests.Tna;
using AsnCompetency.Testing;

namespace AsnCompetency.Api.IntegrationTests.Security;

/// <summary>
/// A short load on the real HTTP stack: the API on Kestrel on a loopback port, several clients
/// at once for a few seconds reading profiles, lists and the gap report and recording
/// assessments. It must hold with zero errors (figures of speed belong to the benchmarks).
/// </summary>
public sealed class LoopbackLoadTests : ApiTestBase
{
    private const int Workers = 16;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(5);

    [Test]
    public async Task MixedLoad_OnLoopback_HoldsWithZeroErrors()
    {
        using (var admin = await SignInAsync("admin.kalianda"))
        {
            var (_, national) = await admin.NationalStandardAsync();
            var staff = await Training.TrainingBuilder.StaffAsync(admin, await admin.AgencyIdAsync(), "DINKES", 20);
            await using var factory = new ApiFactory(Environment.ConnectionString);
            factory.UseKestrel(0);
            factory.StartServer();

            using var http = factory.CreateClient();
            http.BaseAddress.ShouldNotBeNull().IsLoopback.ShouldBeTrue();
            var token = await (await http.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin.kalianda", password = "Demo#2026" }))
                .ShouldBeOkAsync<JsonElement>();
            http.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());

            var errors = new List<string>();
            var requests = 0;
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
            {
                var random = new Random(worker);
                var level = 1;
                while (clock.Elapsed < Duration)
                {
                    var employee = staff[random.Next(staff.Employees.Count)];
                    using var response = (random.Next(4)) switch
                    {
                        0 => await http.GetAsync($"/api/v1/employees/{employee}/competency-profile"),
                        1 => await http.GetAsync("/api/v1/employees?pageSize=50"),
                        2 => await http.GetAsync("/api/v1/tna/gaps?groupBy=unit"),
                        _ => await http.PostAsync(TnaBuilder.AssessmentsUrl, Json.Body(TnaBuilder.AssessmentBody(
                            employee, national["M.01"], level++ % 5 + 1, assessedOn: DateOnly.FromDateTime(DateTime.Today).AddDays(-random.Next(1, 3000))))),
                    };
                    Interlocked.Increment(ref requests);
                    if (!response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.Conflict)
                    {
                        lock (errors)
                        {
                            errors.Add($"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri!.PathAndQuery} → {(int)response.StatusCode}");
                        }
                    }
                }
            })));

            TestContext.Progress.WriteLine($"{requests} requests in {clock.Elapsed.TotalSeconds:0.0} s over loopback ({requests / clock.Elapsed.TotalSeconds:0} per second), {errors.Count} errors");
            requests.ShouldBeGreaterThan(100);
            errors.ShouldBeEmpty(string.Join(System.Environment.NewLine, errors.Take(20)));
        }
    }
}
