using System.Net;
using System.Text.Json;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.OrganisationBuilder;

namespace AsnCompetency.Api.IntegrationTests;

/// <summary>Agencies are registered by the SystemAdmin; their codes are unique; each reports the size of its organisation.</summary>
public sealed class AgencyTests : ApiTestBase
{
    private static object AgencyBody(string code) =>
        new { code, name = $"Pemerintah {code}", region = $"Wilayah {code}", kind = "PemerintahKota" };

    [Test]
    public async Task CreateAgency_AsSystemAdmin_Returns201WithLocationAndUppercaseCode()
    {
        using var client = await SignInAsync("sysadmin");

        var response = await client.PostJsonAsync(Agencies, AgencyBody("kupang"));

        var created = await response.ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"{Agencies}/{created.Id()}");
        response.ETagOf().ShouldBe(created.GetProperty("eTag").GetString());
        created.GetProperty("code").GetString().ShouldBe("KUPANG");
        created.GetProperty("kind").GetString().ShouldBe("PemerintahKota");
        created.GetProperty("unitCount").GetInt32().ShouldBe(0);
        var listed = await client.GetJsonAsync(Agencies);
        listed.GetProperty("totalCount").GetInt32().ShouldBe(4);
        listed.Values("code").ShouldContain("KUPANG");
    }

    [TestCase("LAMSEL")]
    [TestCase("lamsel")]
    public async Task CreateAgency_DuplicateCode_Returns409NamingCode(string code)
    {
        using var client = await SignInAsync("sysadmin");

        var response = await client.PostJsonAsync(Agencies, AgencyBody(code));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "code");
        problem.GetProperty("detail").GetString()!.ShouldContain("LAMSEL");
        (await Environment.ScalarAsync<long>("select count(*) from agencies")).ShouldBe(3);
    }

    [TestCase("admin.kalianda")]
    [TestCase("analis.nasional")]
    [TestCase("pegawai.kalianda")]
    public async Task CreateAgency_AsOtherThanSystemAdmin_Returns403(string userName)
    {
        using var client = await SignInAsync(userName);

        var response = await client.PostJsonAsync(Agencies, AgencyBody("KUPANG"));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await Environment.ScalarAsync<long>("select count(*) from agencies")).ShouldBe(3);
    }

    [TestCase("BAD CODE", "code")]
    [TestCase("", "code")]
    public async Task CreateAgency_InvalidCode_Returns400(string code, string field)
    {
        using var client = await SignInAsync("sysadmin");

        await (await client.PostJsonAsync(Agencies, AgencyBody(code))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, field);
    }

    [Test]
    public async Task GetAgency_WithOrganisation_CountsUnitsPositionsAndEmployees()
    {
        using var client = await SignInAsync("admin.kalianda");
        var agencyId = await client.AgencyIdAsync();
        var (unit, position) = await client.UnitWithPositionAsync(agencyId, "DINKES");
        await client.CreateUnitAsync(agencyId, "DINKES-P2P", unit);
        await client.CreateEmployeeAsync(Nips.Pns(1), "Budi Santoso", position);

        var agency = await client.GetJsonAsync($"{Agencies}/{agencyId}");

        agency.GetProperty("code").GetString().ShouldBe("LAMSEL");
        agency.GetProperty("unitCount").GetInt32().ShouldBe(2);
        agency.GetProperty("positionCount").GetInt32().ShouldBe(1);
        agency.GetProperty("employeeCount").GetInt32().ShouldBe(1);
    }

    [Test]
    public async Task UpdateAgency_AsItsAgencyAdmin_Returns403()
    {
        using var client = await SignInAsync("admin.kalianda");
        var agencyId = await client.AgencyIdAsync();

        var response = await client.SendWithIfMatchAsync(HttpMethod.Put, $"{Agencies}/{agencyId}", null, new
        {
            name = "Pemkab Lampung Selatan",
            region = "Kabupaten Lampung Selatan",
            kind = "Kecamatan",
        });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task UpdateAgency_AsSystemAdmin_ChangesNameAndKeepsCode()
    {
        using var client = await SignInAsync("sysadmin");
        var agencyId = await AgencyIdAsync("LAMSEL");
        var etag = (await client.GetAsync($"{Agencies}/{agencyId}")).ETagOf();

        var response = await client.SendWithIfMatchAsync(HttpMethod.Put, $"{Agencies}/{agencyId}", etag, new
        {
            name = "Pemkab Lampung Selatan",
            region = "Kabupaten Lampung Selatan",
            kind = "PemerintahKabupaten",
            code = "CHANGED",
        });

        var updated = await response.ShouldBeOkAsync<JsonElement>();
        updated.GetProperty("name").GetString().ShouldBe("Pemkab Lampung Selatan");
        updated.GetProperty("code").GetString().ShouldBe("LAMSEL");
        response.ETagOf().ShouldNotBe(etag);
    }

    [Test]
    public async Task UpdateAgency_WithStaleIfMatch_Returns412()
    {
        using var client = await SignInAsync("sysadmin");
        var agencyId = await AgencyIdAsync("MEDAN");
        var stale = (await client.GetAsync($"{Agencies}/{agencyId}")).ETagOf();
        var body = new { name = "Pemkot Medan", region = "Kota Medan", kind = "PemerintahKota" };
        (await client.SendWithIfMatchAsync(HttpMethod.Put, $"{Agencies}/{agencyId}", stale, body)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await client.SendWithIfMatchAsync(HttpMethod.Put, $"{Agencies}/{agencyId}", stale, body with { name = "Kota Medan" });

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await client.GetJsonAsync($"{Agencies}/{agencyId}")).GetProperty("name").GetString().ShouldBe("Pemkot Medan");
    }
}
