using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AsnCompetency.Infrastructure.Persistence.Seeding;
using AsnCompetency.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using static AsnCompetency.Api.IntegrationTests.DevelopmentPlans.PlanRequests;

namespace AsnCompetency.Api.IntegrationTests.Tna;

/// <summary>
/// With <c>ConnectionStrings:Analytics</c> naming a read replica, reports outside a transaction
/// read the replica, while a command that reads a report and then writes (plan generation) reads
/// the primary. The "replica" here is the test database seen through a schema whose employees
/// table is empty, so that an answer read there is recognisably different.
/// </summary>
[NonParallelizable]
public sealed class AnalyticsReplicaTests : ApiTestBase
{
    private const string ProbeSchema = "replica_probe";

    [OneTimeSetUp]
    public async Task CreateTheProbeSchemaAsync() => await ExecuteAsync(
        $"DROP SCHEMA IF EXISTS {ProbeSchema} CASCADE; CREATE SCHEMA {ProbeSchema}; " +
        $"CREATE TABLE {ProbeSchema}.employees (LIKE public.employees INCLUDING ALL);");

    [OneTimeTearDown]
    public async Task DropTheProbeSchemaAsync() => await ExecuteAsync($"DROP SCHEMA IF EXISTS {ProbeSchema} CASCADE;");

    [Test]
    public async Task Reports_ReadTheReplica_WhileAPlanGeneratedFromThemReadsThePrimary()
    {
        using var primaryAdmin = await SignInAsync("admin.kalianda");
        await DevelopmentPlans.GenerationScenario.BuildAsync(primaryAdmin);
        var onPrimary = await primaryAdmin.GetJsonAsync("/api/v1/tna/gaps?groupBy=unit");
        onPrimary.GetProperty("total").GetProperty("headcount").GetInt32().ShouldBeGreaterThan(0);

        var replica = new NpgsqlConnectionStringBuilder(Environment.ConnectionString) { SearchPath = $"{ProbeSchema},public" }.ConnectionString;
        await using var factory = Environment.Factory.WithWebHostBuilder(builder => builder.UseSetting("ConnectionStrings:Analytics", replica));
        using var admin = await SignInAsync(factory, "admin.kalianda");

        var onReplica = await admin.GetJsonAsync("/api/v1/tna/gaps?groupBy=unit");
        onReplica.GetProperty("total").GetProperty("headcount").GetInt32().ShouldBe(0);

        var (plan, etag) = await admin.CreatePlanAsync(100_000_000m);
        var (report, _) = await admin.GenerateAsync(plan.Id(), etag, 12_000_000m);
        report.GetProperty("chosenCount").GetInt32().ShouldBeGreaterThan(0, "generation reads the priorities in its transaction, on the primary");
    }

    private static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> factory, string userName)
    {
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = DemoDataSeeder.DemoPassword });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Environment.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
