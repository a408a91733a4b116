using System.Net;
using System.Text.Json;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.DevelopmentPlans.PlanRequests;

namespace AsnCompetency.Api.IntegrationTests.DevelopmentPlans;

/// <summary>A plan starts as a draft, one per agency and year, created by the agency's admin.</summary>
public sealed class CreateDevelopmentPlanTests : ApiTestBase
{
    [Test]
    public async Task Create_AsAgencyAdmin_Returns201WithETagAndLocation()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var agencyId = await admin.AgencyIdAsync();

        var response = await admin.PostJsonAsync(PlansPath, PlanBody(budgetCeiling: 75_000_000m));

        var plan = await response.ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe(Of(plan.Id()));
        plan.GetProperty("eTag").GetString().ShouldBe(response.ETagOf());
        plan.GetProperty("agencyId").GetGuid().ShouldBe(agencyId);
        plan.GetProperty("year").GetInt32().ShouldBe(Year);
        plan.GetProperty("status").GetString().ShouldBe("Draft");
        plan.GetProperty("budgetCeiling").GetDecimal().ShouldBe(75_000_000m);
        plan.GetProperty("totalCost").GetDecimal().ShouldBe(0m);
        plan.GetProperty("budgetRemaining").GetDecimal().ShouldBe(75_000_000m);
        plan.Items().ShouldBeEmpty();
        (await admin.GetAsync(Of(plan.Id()))).ETagOf().ShouldBe(response.ETagOf());
    }

    [Test]
    public async Task Create_SecondPlanForTheSameAgencyAndYear_Returns409()
    {
        using var admin = await SignInAsync("admin.kalianda");
        await admin.CreatePlanAsync();

        var response = await admin.PostJsonAsync(PlansPath, PlanBody(title: "Rencana kedua"));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "year");
        (await admin.GetJsonAsync(PlansPath)).GetProperty("totalCount").GetInt32().ShouldBe(1);
    }

    [Test]
    public async Task Create_SameYearInAnotherAgencyOrAnotherYear_IsAllowed()
    {
        using var lamsel = await SignInAsync("admin.kalianda");
        using var alak = await SignInAsync("admin.alak");
        await lamsel.CreatePlanAsync();

        await lamsel.CreatePlanAsync(year: Year + 1);
        await alak.CreatePlanAsync();
    }

    [TestCase(1999)]
    [TestCase(2101)]
    public async Task Create_YearOutOfRange_Returns400NamingYear(int year)
    {
        using var admin = await SignInAsync("admin.kalianda");

        var response = await admin.PostJsonAsync(PlansPath, PlanBody(year));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "year");
    }

    [Test]
    public async Task Create_NegativeCeilingOrNoTitle_Returns400()
    {
        using var admin = await SignInAsync("admin.kalianda");

        await (await admin.PostJsonAsync(PlansPath, PlanBody(budgetCeiling: -1m))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "budgetCeiling");
        await (await admin.PostJsonAsync(PlansPath, PlanBody(title: " "))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "title");
    }

    [Test]
    public async Task Create_AsAnalyst_Returns403()
    {
        using var analyst = await SignInAsync("analis.kalianda");

        var response = await analyst.PostJsonAsync(PlansPath, PlanBody());

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await Environment.ScalarAsync<long>("select count(*) from development_plans")).ShouldBe(0);
    }

    [Test]
    public async Task Create_ForAnotherAgency_Returns403()
    {
        using var alak = await SignInAsync("admin.alak");

        var response = await alak.PostJsonAsync(PlansPath, PlanBody(agencyId: await OrganisationBuilder.AgencyIdAsync("LAMSEL")));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Create_AsSysadminWithoutAgency_Returns400NamingAgencyId()
    {
        using var sysadmin = await SignInAsync("sysadmin");

        var response = await sysadmin.PostJsonAsync(PlansPath, PlanBody());

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "agencyId");
    }

    [Test]
    public async Task List_AsEmployee_Returns403()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var (plan, _) = await admin.CreatePlanAsync();
        using var employee = await SignInAsync("pegawai.kalianda");

        await (await employee.GetAsync(PlansPath)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await employee.GetAsync(Of(plan.Id()))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task List_FilteredByYearAndStatus_ShowsTheMatchingPlans()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var (plan, _) = await admin.CreatePlanAsync(budgetCeiling: 1_000m);
        await admin.CreatePlanAsync(year: Year + 1);

        var page = await admin.GetJsonAsync($"{PlansPath}?year={Year}&status=Draft");

        page.GetProperty("totalCount").GetInt32().ShouldBe(1);
        var summary = page.GetProperty("items")[0];
        summary.Id().ShouldBe(plan.Id());
        summary.GetProperty("itemCount").GetInt32().ShouldBe(0);
        summary.GetProperty("totalCost").GetDecimal().ShouldBe(0m);
        (await admin.GetJsonAsync($"{PlansPath}?status=Approved")).GetProperty("totalCount").GetInt32().ShouldBe(0);
        (await admin.GetJsonAsync(PlansPath)).Values("title").Count.ShouldBe(2);
    }

    [Test]
    public async Task Update_DraftPlan_ChangesTitleAndCeilingAndTheETag()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var (plan, etag) = await admin.CreatePlanAsync(budgetCeiling: 10_000_000m);

        var (updated, newETag) = await admin.ChangeAsync(HttpMethod.Put, Of(plan.Id()), etag, new { title = "RPK revisi", budgetCeiling = 12_000_000m });

        newETag.ShouldNotBe(etag);
        updated.GetProperty("title").GetString().ShouldBe("RPK revisi");
        updated.GetProperty("budgetRemaining").GetDecimal().ShouldBe(12_000_000m);
        var stale = await admin.SendWithIfMatchAsync(HttpMethod.Put, Of(plan.Id()), etag, new { title = "Basi", budgetCeiling = 1m });
        await stale.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await admin.GetJsonAsync(Of(plan.Id()))).GetProperty("title").GetString().ShouldBe("RPK revisi");
    }
}
