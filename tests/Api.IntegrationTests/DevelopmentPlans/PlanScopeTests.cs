using System.Net;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.DevelopmentPlans.PlanRequests;
using static AsnCompetency.Api.IntegrationTests.OrganisationBuilder;

namespace AsnCompetency.Api.IntegrationTests.DevelopmentPlans;

/// <summary>
/// A plan is its agency's internal work: another agency's admin neither sees nor changes it, an
/// analyst reads without changing, and a SystemAdmin works on any agency's plan.
/// </summary>
public sealed class PlanScopeTests : ApiTestBase
{
    [Test]
    public async Task Get_OtherAgencysPlan_Returns404Everywhere()
    {
        var lamsel = await LamselPlanAsync();
        using var alak = await SignInAsync("admin.alak");

        foreach (var url in new[] { Of(lamsel.PlanId), $"{Of(lamsel.PlanId)}/history", $"{Of(lamsel.PlanId)}/jp-check" })
        {
            await (await alak.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }
    }

    [Test]
    public async Task List_AsOtherAgencysAdmin_DoesNotIncludeThePlan()
    {
        var lamsel = await LamselPlanAsync();
        using var alak = await SignInAsync("admin.alak");
        var (own, _) = await alak.CreatePlanAsync();

        var page = await alak.GetJsonAsync(PlansPath);

        page.GetProperty("items").EnumerateArray().Select(p => p.Id()).ShouldBe([own.Id()]);
        (await alak.GetJsonAsync($"{PlansPath}?agencyId={lamsel.AgencyId}")).GetProperty("totalCount").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task Changes_ByOtherAgencysAdmin_Return404AndChangeNothing()
    {
        var lamsel = await LamselPlanAsync();
        using var alak = await SignInAsync("admin.alak");
        var plan = Of(lamsel.PlanId);
        var item = $"{plan}/items/{lamsel.ItemId}";

        await (await alak.SendWithIfMatchAsync(HttpMethod.Put, plan, lamsel.ETag, new { title = "Diambil alih", budgetCeiling = 1m })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await alak.SendWithIfMatchAsync(HttpMethod.Post, $"{plan}/items", lamsel.ETag, lamsel.Item)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await alak.SendWithIfMatchAsync(HttpMethod.Put, item, lamsel.ETag, lamsel.Item)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await alak.SendWithIfMatchAsync(HttpMethod.Delete, item, lamsel.ETag)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await alak.SendWithIfMatchAsync(HttpMethod.Post, $"{plan}/generate", lamsel.ETag, new { budget = 1m })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await alak.SendWithIfMatchAsync(HttpMethod.Post, $"{plan}/submit", lamsel.ETag)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await alak.SendWithIfMatchAsync(HttpMethod.Post, $"{plan}/approve", lamsel.ETag, new { })).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        using var admin = await SignInAsync("admin.kalianda");
        var response = await admin.GetAsync(plan);
        response.ETagOf().ShouldBe(lamsel.ETag);
    }

    [Test]
    public async Task Analyst_OfTheAgency_ReadsButCannotChange()
    {
        var lamsel = await LamselPlanAsync();
        using var analyst = await SignInAsync("analis.kalianda");
        var plan = Of(lamsel.PlanId);
        var item = $"{plan}/items/{lamsel.ItemId}";

        (await analyst.GetJsonAsync(plan)).Items().ShouldHaveSingleItem();
        (await analyst.GetJsonAsync(PlansPath)).GetProperty("totalCount").GetInt32().ShouldBe(1);
        (await analyst.GetJsonAsync($"{plan}/history")).GetArrayLength().ShouldBe(2);
        (await analyst.GetJsonAsync($"{plan}/jp-check")).GetProperty("pnsCount").GetInt32().ShouldBe(1);

        await (await analyst.SendWithIfMatchAsync(HttpMethod.Put, plan, lamsel.ETag, new { title = "Analis", budgetCeiling = 1m })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await analyst.SendWithIfMatchAsync(HttpMethod.Post, $"{plan}/items", lamsel.ETag, lamsel.Item)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await analyst.SendWithIfMatchAsync(HttpMethod.Put, item, lamsel.ETag, lamsel.Item)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await analyst.SendWithIfMatchAsync(HttpMethod.Delete, item, lamsel.ETag)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await analyst.SendWithIfMatchAsync(HttpMethod.Post, $"{plan}/generate", lamsel.ETag, new { budget = 1m })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await analyst.SendWithIfMatchAsync(HttpMethod.Post, $"{plan}/submit", lamsel.ETag)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await analyst.SendWithIfMatchAsync(HttpMethod.Post, $"{plan}/return", lamsel.ETag, new { reason = "Analis" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await analyst.SendWithIfMatchAsync(HttpMethod.Post, $"{plan}/approve", lamsel.ETag, new { })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await analyst.GetAsync(plan)).ETagOf().ShouldBe(lamsel.ETag);
    }

    [Test]
    public async Task Employee_OfTheAgency_CannotReadThePlan()
    {
        var lamsel = await LamselPlanAsync();
        using var employee = await SignInAsync("pegawai.kalianda");

        await (await employee.GetAsync(Of(lamsel.PlanId))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await employee.GetAsync($"{Of(lamsel.PlanId)}/history")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await employee.GetAsync($"{Of(lamsel.PlanId)}/jp-check")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Sysadmin_AnyAgency_CreatesChangesGeneratesAndApproves()
    {
        using var sysadmin = await SignInAsync("sysadmin");
        using var admin = await SignInAsync("admin.kalianda");
        var scenario = await GenerationScenario.BuildAsync(admin);
        var alak = await AgencyIdAsync("KUPANG-ALAK");

        var (plan, etag) = await sysadmin.CreatePlanAsync(budgetCeiling: 30_000_000m, agencyId: scenario.AgencyId);
        var (alakPlan, _) = await sysadmin.CreatePlanAsync(agencyId: alak);

        plan.GetProperty("agencyId").GetGuid().ShouldBe(scenario.AgencyId);
        alakPlan.GetProperty("agencyId").GetGuid().ShouldBe(alak);
        (await sysadmin.GetJsonAsync(PlansPath)).GetProperty("totalCount").GetInt32().ShouldBe(2);
        (await sysadmin.GetJsonAsync($"{PlansPath}?agencyId={alak}")).GetProperty("items").EnumerateArray().Select(p => p.Id()).ShouldBe([alakPlan.Id()]);
        (_, etag) = await sysadmin.ChangeAsync(HttpMethod.Put, Of(plan.Id()), etag, new { title = "RPK Lampung Selatan", budgetCeiling = 20_000_000m });
        (_, etag) = await sysadmin.AddItemAsync(
            plan.Id(), etag, ItemBody(scenario.Competencies["M.01"], employeeId: scenario.Employees["P1"], programId: scenario.ProgramIds["M01-DASAR"]));
        (var report, etag) = await sysadmin.GenerateAsync(plan.Id(), etag, 20_000_000m);
        report.GetProperty("candidateCount").GetInt32().ShouldBeGreaterThan(0, "the SystemAdmin's generation sees LAMSEL's people");
        report.GetProperty("chosenCount").GetInt32().ShouldBeGreaterThan(0);
        report.GetProperty("plan").GetProperty("totalCost").GetDecimal().ShouldBeLessThanOrEqualTo(20_000_000m);
        (_, etag) = await sysadmin.ChangeAsync(HttpMethod.Post, $"{Of(plan.Id())}/submit", etag);
        var (approved, _) = await sysadmin.ChangeAsync(HttpMethod.Post, $"{Of(plan.Id())}/approve", etag, new { note = "Disetujui" });

        approved.GetProperty("status").GetString().ShouldBe("Approved");
        (await admin.GetJsonAsync(Of(plan.Id()))).GetProperty("status").GetString().ShouldBe("Approved");
    }

    /// <summary>A LAMSEL draft plan with one hand-made item, made by admin.kalianda.</summary>
    private static async Task<LamselPlan> LamselPlanAsync()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var agencyId = await admin.AgencyIdAsync();
        var (_, position) = await admin.UnitWithPositionAsync(agencyId, "DINKES");
        var employee = (await admin.CreateEmployeeAsync(Nips.Pns(1), "Budi Santoso", position)).Id();
        var (_, national) = await admin.NationalStandardAsync();
        var item = ItemBody(national["M.01"], employeeId: employee, plannedJp: 8, plannedCost: 1_000_000m);
        var (plan, etag) = await admin.CreatePlanAsync();
        (var withItem, etag) = await admin.AddItemAsync(plan.Id(), etag, item);
        return new LamselPlan(agencyId, plan.Id(), etag, withItem.Items().Single().Id(), item);
    }

    private sealed record LamselPlan(Guid AgencyId, Guid PlanId, string ETag, Guid ItemId, object Item);
}
