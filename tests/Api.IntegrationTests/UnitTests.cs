using System.Net;
using System.Text.Json;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.OrganisationBuilder;

namespace AsnCompetency.Api.IntegrationTests;

/// <summary>An agency's units form a tree: created under a parent, moved with their subtree, deleted only when empty.</summary>
public sealed class UnitTests : ApiTestBase
{
    [Test]
    public async Task CreateUnit_UnderParent_AppearsAsChildInTheTree()
    {
        using var client = await SignInAsync("admin.kalianda");
        var agencyId = await client.AgencyIdAsync();
        var dinkes = await client.CreateUnitAsync(agencyId, "DINKES");

        var response = await client.PostJsonAsync($"{Agencies}/{agencyId}/units", UnitBody("dinkes-p2p", dinkes.Id(), "Bidang"));

        var bidang = await response.ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"{Units}/{bidang.Id()}");
        bidang.GetProperty("code").GetString().ShouldBe("DINKES-P2P");
        bidang.GetProperty("parentId").GetGuid().ShouldBe(dinkes.Id());
        bidang.GetProperty("agencyId").GetGuid().ShouldBe(agencyId);
        var tree = await client.GetJsonAsync($"{Agencies}/{agencyId}/units");
        tree.GetProperty("unitCount").GetInt32().ShouldBe(2);
        tree.GetProperty("agency").GetProperty("code").GetString().ShouldBe("LAMSEL");
        var root = tree.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        root.GetProperty("code").GetString().ShouldBe("DINKES");
        root.GetProperty("children").EnumerateArray().ShouldHaveSingleItem().GetProperty("code").GetString().ShouldBe("DINKES-P2P");
    }

    [Test]
    public async Task UpdateUnit_NewParent_MovesTheUnitWithItsSubtree()
    {
        using var client = await SignInAsync("admin.kalianda");
        var agencyId = await client.AgencyIdAsync();
        var dinkes = (await client.CreateUnitAsync(agencyId, "DINKES")).Id();
        var bappeda = (await client.CreateUnitAsync(agencyId, "BAPPEDA", kind: "Badan")).Id();
        var bidang = await client.CreateUnitAsync(agencyId, "BIDANG-DATA", dinkes, "Bidang");
        var seksi = (await client.CreateUnitAsync(agencyId, "SEKSI-STAT", bidang.Id(), "Seksi")).Id();
        await client.CreatePositionAsync(seksi, "STAT-STAF");

        var response = await client.SendWithIfMatchAsync(
            HttpMethod.Put, $"{Units}/{bidang.Id()}", bidang.GetProperty("eTag").GetString(), UnitBody("BIDANG-DATA", bappeda, "Bidang"));

        (await response.ShouldBeOkAsync<JsonElement>()).GetProperty("parentId").GetGuid().ShouldBe(bappeda);
        var tree = await client.GetJsonAsync($"{Agencies}/{agencyId}/units");
        var roots = tree.GetProperty("items").EnumerateArray().ToDictionary(u => u.GetProperty("code").GetString()!);
        roots["DINKES"].GetProperty("children").GetArrayLength().ShouldBe(0);
        var moved = roots["BAPPEDA"].GetProperty("children").EnumerateArray().ShouldHaveSingleItem();
        moved.GetProperty("code").GetString().ShouldBe("BIDANG-DATA");
        moved.GetProperty("children").EnumerateArray().ShouldHaveSingleItem().Id().ShouldBe(seksi);

        // The subtree's paths moved too: "BAPPEDA and below" now finds the position two levels down.
        (await client.GetJsonAsync($"{Positions}?unitId={bappeda}")).Values("code").ShouldBe(["STAT-STAF"]);
        (await client.GetJsonAsync($"{Positions}?unitId={dinkes}")).GetProperty("totalCount").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task UpdateUnit_UnderItsOwnDescendant_Returns400AndLeavesTheTree()
    {
        using var client = await SignInAsync("admin.kalianda");
        var agencyId = await client.AgencyIdAsync();
        var dinkes = (await client.CreateUnitAsync(agencyId, "DINKES")).Id();
        var bidang = (await client.CreateUnitAsync(agencyId, "DINKES-P2P", dinkes)).Id();
        var seksi = (await client.CreateUnitAsync(agencyId, "DINKES-P2P-SURV", bidang)).Id();

        var response = await client.SendWithIfMatchAsync(HttpMethod.Put, $"{Units}/{dinkes}", null, UnitBody("DINKES", seksi));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "parentId");
        (await client.GetJsonAsync($"{Units}/{dinkes}")).GetProperty("parentId").ValueKind.ShouldBe(JsonValueKind.Null);
        (await client.GetJsonAsync($"{Units}/{seksi}")).GetProperty("parentId").GetGuid().ShouldBe(bidang);
    }

    [Test]
    public async Task DeleteUnit_Empty_Returns204AndTheUnitIsGone()
    {
        using var client = await SignInAsync("admin.kalianda");
        var unit = await client.CreateUnitAsync(await client.AgencyIdAsync(), "DINKES");

        var response = await client.SendWithIfMatchAsync(HttpMethod.Delete, $"{Units}/{unit.Id()}", unit.GetProperty("eTag").GetString());

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await client.GetAsync($"{Units}/{unit.Id()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task DeleteUnit_WithSubUnits_Returns409AndKeepsIt()
    {
        using var client = await SignInAsync("admin.kalianda");
        var agencyId = await client.AgencyIdAsync();
        var dinkes = (await client.CreateUnitAsync(agencyId, "DINKES")).Id();
        await client.CreateUnitAsync(agencyId, "DINKES-P2P", dinkes);

        var response = await client.DeleteAsync($"{Units}/{dinkes}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("sub-units");
        (await client.GetAsync($"{Units}/{dinkes}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task DeleteUnit_WithPositions_Returns409AndKeepsIt()
    {
        using var client = await SignInAsync("admin.kalianda");
        var (unit, _) = await client.UnitWithPositionAsync(await client.AgencyIdAsync(), "DINKES");

        var response = await client.DeleteAsync($"{Units}/{unit}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("positions");
        (await client.GetAsync($"{Units}/{unit}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task DeleteUnit_WithStaleIfMatch_Returns412()
    {
        using var client = await SignInAsync("admin.kalianda");
        var unit = await client.CreateUnitAsync(await client.AgencyIdAsync(), "DINKES");
        var stale = unit.GetProperty("eTag").GetString();
        (await client.SendWithIfMatchAsync(HttpMethod.Put, $"{Units}/{unit.Id()}", stale, UnitBody("DINKES", sortOrder: 2))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await client.SendWithIfMatchAsync(HttpMethod.Delete, $"{Units}/{unit.Id()}", stale);

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [TestCase("DINKES")]
    [TestCase("dinkes")]
    public async Task CreateUnit_DuplicateCodeInTheAgency_Returns409NamingCode(string code)
    {
        using var client = await SignInAsync("admin.kalianda");
        var agencyId = await client.AgencyIdAsync();
        var dinkes = (await client.CreateUnitAsync(agencyId, "DINKES")).Id();

        var response = await client.PostJsonAsync($"{Agencies}/{agencyId}/units", UnitBody(code, dinkes));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "code");
        (await client.GetJsonAsync($"{Agencies}/{agencyId}/units")).GetProperty("unitCount").GetInt32().ShouldBe(1);
    }

    [Test]
    public async Task CreateUnit_SameCodeInAnotherAgency_IsAccepted()
    {
        using var client = await SignInAsync("sysadmin");
        await client.CreateUnitAsync(await AgencyIdAsync("LAMSEL"), "DINKES");

        var medan = await client.CreateUnitAsync(await AgencyIdAsync("MEDAN"), "DINKES");

        medan.GetProperty("code").GetString().ShouldBe("DINKES");
    }

    [Test]
    public async Task CreateUnit_ParentOfAnotherAgency_Returns400NamingParentId()
    {
        using var client = await SignInAsync("sysadmin");
        var medanUnit = (await client.CreateUnitAsync(await AgencyIdAsync("MEDAN"), "DINKES")).Id();
        var lamsel = await AgencyIdAsync("LAMSEL");

        var response = await client.PostJsonAsync($"{Agencies}/{lamsel}/units", UnitBody("BIDANG", medanUnit));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "parentId");
        (await client.GetJsonAsync($"{Agencies}/{lamsel}/units")).GetProperty("unitCount").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task UpdateUnit_MoveUnderUnitOfAnotherAgency_Returns400NamingParentId()
    {
        using var client = await SignInAsync("sysadmin");
        var medanUnit = (await client.CreateUnitAsync(await AgencyIdAsync("MEDAN"), "DINKES")).Id();
        var lamselUnit = (await client.CreateUnitAsync(await AgencyIdAsync("LAMSEL"), "DINKES")).Id();

        var response = await client.SendWithIfMatchAsync(HttpMethod.Put, $"{Units}/{lamselUnit}", null, UnitBody("DINKES", medanUnit));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "parentId");
    }

    [Test]
    public async Task CreateUnit_UnknownAgency_Returns404()
    {
        using var client = await SignInAsync("sysadmin");

        await (await client.PostJsonAsync($"{Agencies}/{Guid.NewGuid()}/units", UnitBody("DINKES"))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
