using System.Net;
using System.Text.Json;
using AsnCompetency.Testing;

namespace AsnCompetency.Api.IntegrationTests;

public sealed class SmokeTests : ApiTestBase
{
    [Test]
    public async Task GetCompetencyFrameworks_SignedIn_ListsNationalStandard()
    {
        using var client = await SignInAsync("pegawai.kalianda");
        var list = await (await client.GetAsync("/api/v1/competency-frameworks")).ShouldBeOkAsync<JsonElement>();
        list.GetProperty("totalCount").GetInt32().ShouldBe(1);
        list.GetProperty("items")[0].GetProperty("code").GetString().ShouldBe("PERMENPANRB-38-2017");
    }

    [Test]
    public async Task GetCompetencyFrameworks_WithoutToken_Returns401Problem()
    {
        using var client = Environment.CreateAnonymousClient();
        var response = await client.GetAsync("/api/v1/competency-frameworks");
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}
