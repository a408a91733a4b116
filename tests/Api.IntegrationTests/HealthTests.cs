using System.Net;
using System.Text.Json;
using AsnCompetency.Testing;

namespace AsnCompetency.Api.IntegrationTests;

public sealed class HealthTests : ApiTestBase
{
    [Test]
    public async Task Liveness_AnswersWithoutToken()
    {
        using var client = Environment.CreateAnonymousClient();

        var live = await (await client.GetAsync("/health/live")).ShouldBeOkAsync<JsonElement>();

        live.GetProperty("status").GetString().ShouldBe("Healthy");
    }

    [Test]
    public async Task Readiness_ChecksTheDatabase()
    {
        using var client = Environment.CreateAnonymousClient();

        var ready = await (await client.GetAsync("/health/ready")).ShouldBeOkAsync<JsonElement>();

        ready.GetProperty("status").GetString().ShouldBe("Healthy");
        ready.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ShouldContain("database");
    }
}
