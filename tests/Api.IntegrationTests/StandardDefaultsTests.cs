using System.Net;
using System.Text.Json;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.OrganisationBuilder;

namespace AsnCompetency.Api.IntegrationTests;

/// <summary>The levels new positions are proposed with: national defaults, overridden per agency.</summary>
public sealed class StandardDefaultsTests : ApiTestBase
{
    private static JsonElement ItemFor(JsonElement defaults, string positionType) =>
        defaults.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("positionType").GetString() == positionType);

    private static async Task<IReadOnlyList<int>> ProposedLevelsAsync(HttpClient client, Guid agencyId, string unitCode)
    {
        var (_, position) = await client.UnitWithPositionAsync(agencyId, unitCode, "Administrator");
        var standards = await client.GetJsonAsync($"{Positions}/{position}/standards");
        return [.. standards.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("requiredLevel").GetInt32())];
    }

    [Test]
    public async Task GetStandardDefaults_National_ListsEveryPositionTypeWithPermenpanLevels()
    {
        using var client = await SignInAsync("analis.kalianda");

        var defaults = await client.GetJsonAsync(StandardDefaults);

        defaults.GetProperty("agencyId").ValueKind.ShouldBe(JsonValueKind.Null);
        defaults.GetProperty("items").GetArrayLength().ShouldBe(14);
        ItemFor(defaults, "Administrator").GetProperty("requiredLevel").GetInt32().ShouldBe(3);
        ItemFor(defaults, "Pelaksana").GetProperty("requiredLevel").GetInt32().ShouldBe(1);
        ItemFor(defaults, "JptUtama").GetProperty("requiredLevel").GetInt32().ShouldBe(5);
        ItemFor(defaults, "Administrator").GetProperty("category").GetString().ShouldBe("Manajerial");
        ItemFor(defaults, "Administrator").GetProperty("isAgencyOverride").GetBoolean().ShouldBeFalse();
    }

    [Test]
    public async Task UpdateStandardDefaults_AgencyOverride_ChangesTheProposalForThatAgencyOnly()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var lamsel = await admin.AgencyIdAsync();

        var response = await admin.PutAsync(StandardDefaults, Json.Body(new
        {
            agencyId = lamsel,
            items = new[] { new { positionType = "Administrator", requiredLevel = (int?)4 } },
        }));

        var updated = await response.ShouldBeOkAsync<JsonElement>();
        var administrator = ItemFor(updated, "Administrator");
        administrator.GetProperty("requiredLevel").GetInt32().ShouldBe(4);
        administrator.GetProperty("nationalLevel").GetInt32().ShouldBe(3);
        administrator.GetProperty("isAgencyOverride").GetBoolean().ShouldBeTrue();
        ItemFor(updated, "Pelaksana").GetProperty("isAgencyOverride").GetBoolean().ShouldBeFalse();

        (await ProposedLevelsAsync(admin, lamsel, "DINKES")).ShouldAllBe(level => level == 4);
        using var sysadmin = await SignInAsync("sysadmin");
        (await ProposedLevelsAsync(sysadmin, await AgencyIdAsync("MEDAN"), "DINKES")).ShouldAllBe(level => level == 3);
        ItemFor(await sysadmin.GetJsonAsync(StandardDefaults), "Administrator").GetProperty("requiredLevel").GetInt32().ShouldBe(3);
        ItemFor(await sysadmin.GetJsonAsync($"{StandardDefaults}?agencyId={lamsel}"), "Administrator").GetProperty("requiredLevel").GetInt32().ShouldBe(4);
    }

    [Test]
    public async Task UpdateStandardDefaults_AgencyOverrideSetToNull_RestoresTheNationalLevel()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var lamsel = await admin.AgencyIdAsync();
        (await admin.PutAsync(StandardDefaults, Json.Body(new { agencyId = lamsel, items = new[] { new { positionType = "Administrator", requiredLevel = (int?)5 } } })))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await admin.PutAsync(StandardDefaults, Json.Body(new { agencyId = lamsel, items = new[] { new { positionType = "Administrator", requiredLevel = (int?)null } } }));

        var administrator = ItemFor(await response.ShouldBeOkAsync<JsonElement>(), "Administrator");
        administrator.GetProperty("requiredLevel").GetInt32().ShouldBe(3);
        administrator.GetProperty("isAgencyOverride").GetBoolean().ShouldBeFalse();
        (await ProposedLevelsAsync(admin, lamsel, "DINKES")).ShouldAllBe(level => level == 3);
    }

    [Test]
    public async Task UpdateStandardDefaults_NationalBySystemAdmin_ChangesProposalsOfAgenciesWithoutOverride()
    {
        using var sysadmin = await SignInAsync("sysadmin");

        var response = await sysadmin.PutAsync(StandardDefaults, Json.Body(new { items = new[] { new { positionType = "Administrator", requiredLevel = (int?)2 } } }));

        ItemFor(await response.ShouldBeOkAsync<JsonElement>(), "Administrator").GetProperty("requiredLevel").GetInt32().ShouldBe(2);
        (await ProposedLevelsAsync(sysadmin, await AgencyIdAsync("MEDAN"), "DINKES")).ShouldAllBe(level => level == 2);
    }

    [Test]
    public async Task UpdateStandardDefaults_NationalByAgencyAdmin_Returns403()
    {
        using var admin = await SignInAsync("admin.kalianda");

        var response = await admin.PutAsync(StandardDefaults, Json.Body(new { items = new[] { new { positionType = "Administrator", requiredLevel = (int?)4 } } }));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        ItemFor(await admin.GetJsonAsync(StandardDefaults), "Administrator").GetProperty("requiredLevel").GetInt32().ShouldBe(3);
    }

    [TestCase("admin.medan")]
    [TestCase("analis.kalianda")]
    public async Task UpdateStandardDefaults_ForLamselByOtherThanItsAdmin_Returns403(string userName)
    {
        var lamsel = await AgencyIdAsync("LAMSEL");
        using var client = await SignInAsync(userName);

        var response = await client.PutAsync(StandardDefaults, Json.Body(new { agencyId = lamsel, items = new[] { new { positionType = "Administrator", requiredLevel = (int?)4 } } }));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await Environment.ScalarAsync<long>("select count(*) from standard_defaults where agency_id is not null")).ShouldBe(0);
    }

    [TestCase(6)]
    [TestCase(0)]
    public async Task UpdateStandardDefaults_LevelOutsideOneToFive_Returns400(int level)
    {
        using var admin = await SignInAsync("admin.kalianda");

        var response = await admin.PutAsync(StandardDefaults, Json.Body(new
        {
            agencyId = await admin.AgencyIdAsync(),
            items = new[] { new { positionType = "Administrator", requiredLevel = (int?)level } },
        }));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "items[0].requiredLevel");
    }
}
