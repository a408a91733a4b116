using System.Globalization;
using System.Net;
using System.Text.Json;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.OrganisationBuilder;

namespace AsnCompetency.Api.IntegrationTests;

/// <summary>Positions get a competency standard (SKJ) proposed from the defaults for their type, edited as a whole with If-Match.</summary>
public sealed class PositionTests : ApiTestBase
{
    [TestCase("Administrator", 3)]
    [TestCase("Pelaksana", 1)]
    [TestCase("JptPratama", 4)]
    [TestCase("Pengawas", 2)]
    [TestCase("FungsionalAhliMadya", 3)]
    public async Task CreatePosition_OfAType_ProposesTheNineNationalCompetenciesAtItsDefaultLevel(string type, int level)
    {
        using var client = await SignInAsync("admin.kalianda");
        var unit = (await client.CreateUnitAsync(await client.AgencyIdAsync(), "DINKES")).Id();

        var response = await client.PostJsonAsync(Positions, PositionBody(unit, "dinkes-kabid", type));

        var position = await response.ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"{Positions}/{position.Id()}");
        position.GetProperty("code").GetString().ShouldBe("DINKES-KABID");
        position.GetProperty("type").GetString().ShouldBe(type);
        position.GetProperty("unit").GetProperty("code").GetString().ShouldBe("DINKES");
        position.GetProperty("standardCount").GetInt32().ShouldBe(9);
        var standards = await client.GetJsonAsync($"{Positions}/{position.Id()}/standards");
        var items = standards.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("competencyCode").GetString()!).ShouldBe(NationalCompetencyCodes);
        items.ShouldAllBe(i => i.GetProperty("requiredLevel").GetInt32() == level);
        items.ShouldAllBe(i => i.GetProperty("frameworkCode").GetString() == NationalFrameworkCode);
        items.ShouldAllBe(i => i.GetProperty("weight").GetDecimal() == 1m);
    }

    [TestCase("Administrator", "Manajerial")]
    [TestCase("Pelaksana", "Nonmanajerial")]
    public async Task CreatePosition_OfAType_ReportsItsCategory(string type, string category)
    {
        using var client = await SignInAsync("admin.kalianda");
        var unit = (await client.CreateUnitAsync(await client.AgencyIdAsync(), "DINKES")).Id();

        var position = await client.CreatePositionAsync(unit, "JAB-1", type);

        position.GetProperty("category").GetString().ShouldBe(category);
    }

    [Test]
    public async Task CreatePosition_WithoutProposal_StartsWithAnEmptyStandard()
    {
        using var client = await SignInAsync("admin.kalianda");
        var unit = (await client.CreateUnitAsync(await client.AgencyIdAsync(), "DINKES")).Id();

        var position = await client.CreatePositionAsync(unit, "DINKES-KABID", "Administrator", proposeStandard: false);

        position.GetProperty("standardCount").GetInt32().ShouldBe(0);
        (await client.GetJsonAsync($"{Positions}/{position.Id()}/standards")).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task CreatePosition_DuplicateCodeInTheAgency_Returns409NamingCode()
    {
        using var client = await SignInAsync("admin.kalianda");
        var agencyId = await client.AgencyIdAsync();
        await client.UnitWithPositionAsync(agencyId, "DINKES");
        var other = (await client.CreateUnitAsync(agencyId, "BAPPEDA")).Id();

        var response = await client.PostJsonAsync(Positions, PositionBody(other, "dinkes-staf"));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "code");
    }

    [Test]
    public async Task CreatePosition_UnknownUnit_Returns400NamingUnitId()
    {
        using var client = await SignInAsync("admin.kalianda");

        await (await client.PostJsonAsync(Positions, PositionBody(Guid.NewGuid(), "JAB-1"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "unitId");
    }

    [Test]
    public async Task ReplaceStandards_WithCurrentIfMatch_ReplacesTheStandardAndListsFrameworkCodes()
    {
        using var client = await SignInAsync("admin.kalianda");
        var agencyId = await client.AgencyIdAsync();
        var (_, position) = await client.UnitWithPositionAsync(agencyId, "DINKES", "Administrator");
        var (_, national) = await client.NationalStandardAsync();
        var technical = await client.PublishedTechnicalFrameworkAsync("TEKNIS-KES", agencyId);
        var etag = (await client.GetAsync($"{Positions}/{position}/standards")).ETagOf();

        var response = await client.SendWithIfMatchAsync(HttpMethod.Put, $"{Positions}/{position}/standards", etag, new
        {
            items = new object[]
            {
                new { competencyId = national["SK.01"], requiredLevel = 2 },
                new { competencyId = technical["KES.02"], requiredLevel = 5, weight = 2.5m },
                new { competencyId = national["M.01"], requiredLevel = 4, weight = 3m },
            },
        });

        var standards = await response.ShouldBeOkAsync<JsonElement>();
        response.ETagOf().ShouldNotBe(etag);
        standards.GetProperty("eTag").GetString().ShouldBe(response.ETagOf());
        var items = standards.GetProperty("items").EnumerateArray()
            .Select(i => $"{i.GetProperty("frameworkCode").GetString()} {i.GetProperty("competencyCode").GetString()} level {i.GetProperty("requiredLevel").GetInt32()} weight {i.GetProperty("weight").GetDecimal().ToString("0.0", CultureInfo.InvariantCulture)}")
            .ToList();
        items.ShouldBe([$"{NationalFrameworkCode} M.01 level 4 weight 3.0", $"{NationalFrameworkCode} SK.01 level 2 weight 1.0", "TEKNIS-KES KES.02 level 5 weight 2.5"]);
        (await client.GetJsonAsync($"{Positions}/{position}")).GetProperty("standardCount").GetInt32().ShouldBe(3);
        (await client.GetJsonAsync($"{Positions}/{position}/standards")).GetProperty("items").GetArrayLength().ShouldBe(3);
    }

    [Test]
    public async Task ReplaceStandards_WithStaleIfMatch_Returns412AndKeepsTheFirstEdit()
    {
        using var client = await SignInAsync("admin.kalianda");
        var (_, position) = await client.UnitWithPositionAsync(await client.AgencyIdAsync(), "DINKES", "Administrator");
        var (_, national) = await client.NationalStandardAsync();
        var url = $"{Positions}/{position}/standards";
        var stale = (await client.GetAsync(url)).ETagOf();
        (await client.SendWithIfMatchAsync(HttpMethod.Put, url, stale, new { items = new[] { new { competencyId = national["M.01"], requiredLevel = 4 } } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await client.SendWithIfMatchAsync(HttpMethod.Put, url, stale, new { items = new[] { new { competencyId = national["M.02"], requiredLevel = 2 } } });

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await client.GetJsonAsync(url)).GetProperty("items").EnumerateArray().ShouldHaveSingleItem()
            .GetProperty("competencyCode").GetString().ShouldBe("M.01");
    }

    [Test]
    public async Task ReplaceStandards_AfterThePositionChanged_EtagOfThePositionIsStale()
    {
        using var client = await SignInAsync("admin.kalianda");
        var (unit, position) = await client.UnitWithPositionAsync(await client.AgencyIdAsync(), "DINKES", "Administrator");
        var stale = (await client.GetAsync($"{Positions}/{position}/standards")).ETagOf();
        (await client.SendWithIfMatchAsync(HttpMethod.Put, $"{Positions}/{position}", stale, PositionBody(unit, "DINKES-KABID", "Administrator")))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await client.SendWithIfMatchAsync(HttpMethod.Put, $"{Positions}/{position}/standards", stale, new { items = Array.Empty<object>() });

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await client.GetJsonAsync($"{Positions}/{position}/standards")).GetProperty("items").GetArrayLength().ShouldBe(9);
    }

    [TestCase(6)]
    [TestCase(0)]
    public async Task ReplaceStandards_LevelOutsideOneToFive_Returns400NamingTheItemsLevel(int level)
    {
        using var client = await SignInAsync("admin.kalianda");
        var (_, position) = await client.UnitWithPositionAsync(await client.AgencyIdAsync(), "DINKES", "Administrator");
        var (_, national) = await client.NationalStandardAsync();

        var response = await client.SendWithIfMatchAsync(HttpMethod.Put, $"{Positions}/{position}/standards", null, new
        {
            items = new[] { new { competencyId = national["M.01"], requiredLevel = 3 }, new { competencyId = national["M.02"], requiredLevel = level } },
        });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "items[1].requiredLevel");
        (await client.GetJsonAsync($"{Positions}/{position}/standards")).GetProperty("items").GetArrayLength().ShouldBe(9);
    }

    [Test]
    public async Task ReplaceStandards_GroupInsteadOfCompetency_Returns400NamingTheItem()
    {
        using var client = await SignInAsync("admin.kalianda");
        var (_, position) = await client.UnitWithPositionAsync(await client.AgencyIdAsync(), "DINKES", "Administrator");
        var (_, national) = await client.NationalStandardAsync();

        var response = await client.SendWithIfMatchAsync(HttpMethod.Put, $"{Positions}/{position}/standards", null, new
        {
            items = new[] { new { competencyId = national["M"], requiredLevel = 3 } },
        });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "items[0].competencyId");
        problem.GetProperty("errors").GetProperty("items[0].competencyId")[0].GetString()!.ShouldContain("group");
    }

    [Test]
    public async Task ReplaceStandards_CompetencyOfAnotherAgencysFramework_Returns400NamingTheItem()
    {
        using var client = await SignInAsync("sysadmin");
        var (_, position) = await client.UnitWithPositionAsync(await AgencyIdAsync("LAMSEL"), "DINKES", "Administrator");
        var medan = await client.PublishedTechnicalFrameworkAsync("TEKNIS-MEDAN", await AgencyIdAsync("MEDAN"));

        var response = await client.SendWithIfMatchAsync(HttpMethod.Put, $"{Positions}/{position}/standards", null, new
        {
            items = new[] { new { competencyId = medan["KES.01"], requiredLevel = 3 } },
        });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "items[0].competencyId");
        problem.GetProperty("errors").GetProperty("items[0].competencyId")[0].GetString()!.ShouldContain("another agency");
    }

    [Test]
    public async Task ReplaceStandards_AgencyAdminUsingAnotherAgencysCompetency_Returns400NamingTheItem()
    {
        using var sysadmin = await SignInAsync("sysadmin");
        var medan = await sysadmin.PublishedTechnicalFrameworkAsync("TEKNIS-MEDAN", await AgencyIdAsync("MEDAN"));
        using var client = await SignInAsync("admin.kalianda");
        var (_, position) = await client.UnitWithPositionAsync(await client.AgencyIdAsync(), "DINKES", "Administrator");

        var response = await client.SendWithIfMatchAsync(HttpMethod.Put, $"{Positions}/{position}/standards", null, new
        {
            items = new[] { new { competencyId = medan["KES.01"], requiredLevel = 3 } },
        });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "items[0].competencyId");
    }

    [Test]
    public async Task ReplaceStandards_CompetencyOfADraftFramework_Returns400NamingTheItem()
    {
        using var client = await SignInAsync("admin.kalianda");
        var agencyId = await client.AgencyIdAsync();
        var (_, position) = await client.UnitWithPositionAsync(agencyId, "DINKES", "Administrator");
        var draft = await client.CompetencyIdsAsync((await client.CreateFrameworkAsync(FrameworkBodies.Technical("TEKNIS-KES", agencyId))).Id());

        var response = await client.SendWithIfMatchAsync(HttpMethod.Put, $"{Positions}/{position}/standards", null, new
        {
            items = new[] { new { competencyId = draft["KES.01"], requiredLevel = 3 } },
        });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "items[0].competencyId");
        problem.GetProperty("errors").GetProperty("items[0].competencyId")[0].GetString()!.ShouldContain("draft");
    }

    [Test]
    public async Task ReplaceStandards_SameCompetencyTwice_Returns400NamingTheRepeat()
    {
        using var client = await SignInAsync("admin.kalianda");
        var (_, position) = await client.UnitWithPositionAsync(await client.AgencyIdAsync(), "DINKES", "Administrator");
        var (_, national) = await client.NationalStandardAsync();

        var response = await client.SendWithIfMatchAsync(HttpMethod.Put, $"{Positions}/{position}/standards", null, new
        {
            items = new[] { new { competencyId = national["M.01"], requiredLevel = 3 }, new { competencyId = national["M.01"], requiredLevel = 4 } },
        });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "items[1].competencyId");
    }

    [Test]
    public async Task UpdatePosition_ToAnotherUnit_MovesItsHoldersWithIt()
    {
        using var client = await SignInAsync("admin.kalianda");
        var agencyId = await client.AgencyIdAsync();
        var (dinkes, position) = await client.UnitWithPositionAsync(agencyId, "DINKES");
        var bappeda = (await client.CreateUnitAsync(agencyId, "BAPPEDA")).Id();
        var employee = (await client.CreateEmployeeAsync(Nips.Pns(1), "Budi Santoso", position)).Id();

        var response = await client.SendWithIfMatchAsync(HttpMethod.Put, $"{Positions}/{position}", null, PositionBody(bappeda, "DINKES-STAF"));

        (await response.ShouldBeOkAsync<JsonElement>()).GetProperty("unit").Id().ShouldBe(bappeda);
        (await client.GetJsonAsync($"{Employees}/{employee}")).GetProperty("unit").Id().ShouldBe(bappeda);
        (await client.GetJsonAsync($"{Employees}?unitId={bappeda}")).GetProperty("totalCount").GetInt32().ShouldBe(1);
        (await client.GetJsonAsync($"{Employees}?unitId={dinkes}")).GetProperty("totalCount").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task DeletePosition_NobodyHoldsIt_Returns204()
    {
        using var client = await SignInAsync("admin.kalianda");
        var (_, position) = await client.UnitWithPositionAsync(await client.AgencyIdAsync(), "DINKES");

        (await client.DeleteAsync($"{Positions}/{position}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await (await client.GetAsync($"{Positions}/{position}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task DeletePosition_HeldByAnEmployee_Returns409AndKeepsIt()
    {
        using var client = await SignInAsync("admin.kalianda");
        var (_, position) = await client.UnitWithPositionAsync(await client.AgencyIdAsync(), "DINKES");
        await client.CreateEmployeeAsync(Nips.Pns(1), "Budi Santoso", position);

        await (await client.DeleteAsync($"{Positions}/{position}")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        (await client.GetAsync($"{Positions}/{position}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task GetPositions_UnitWithSubunitsAndType_FiltersPositions()
    {
        using var client = await SignInAsync("admin.kalianda");
        var agencyId = await client.AgencyIdAsync();
        var dinkes = (await client.CreateUnitAsync(agencyId, "DINKES")).Id();
        var bidang = (await client.CreateUnitAsync(agencyId, "DINKES-P2P", dinkes)).Id();
        await client.CreatePositionAsync(dinkes, "KADIS", "JptPratama");
        await client.CreatePositionAsync(bidang, "KABID", "Administrator");
        await client.CreatePositionAsync(bidang, "STAF", "Pelaksana");

        (await client.GetJsonAsync($"{Positions}?unitId={dinkes}&sort=code")).Values("code").ShouldBe(["KABID", "KADIS", "STAF"]);
        (await client.GetJsonAsync($"{Positions}?unitId={dinkes}&includeSubunits=false")).Values("code").ShouldBe(["KADIS"]);
        (await client.GetJsonAsync($"{Positions}?category=Manajerial&sort=-code")).Values("code").ShouldBe(["KADIS", "KABID"]);
        (await client.GetJsonAsync($"{Positions}?type=Pelaksana")).Values("code").ShouldBe(["STAF"]);
    }
}
