using System.Net;
using System.Text.Json;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.DevelopmentPlans.PlanRequests;
using static AsnCompetency.Api.IntegrationTests.OrganisationBuilder;

namespace AsnCompetency.Api.IntegrationTests.DevelopmentPlans;

/// <summary>Draft → Submitted → Approved (or back to Draft with a reason); an approved plan never changes; every step is in the history.</summary>
public sealed class PlanWorkflowTests : ApiTestBase
{
    [Test]
    public async Task Submit_EmptyPlan_Returns409()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var (plan, etag) = await admin.CreatePlanAsync();

        var response = await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{Of(plan.Id())}/submit", etag);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await admin.GetJsonAsync(Of(plan.Id()))).GetProperty("status").GetString().ShouldBe("Draft");
    }

    [Test]
    public async Task Submit_DraftWithItems_BecomesSubmittedAndFreezesTheItems()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var setup = await DraftWithItemAsync(admin);

        var (submitted, etag) = await admin.ChangeAsync(HttpMethod.Post, $"{Of(setup.PlanId)}/submit", setup.ETag);

        submitted.GetProperty("status").GetString().ShouldBe("Submitted");
        submitted.GetProperty("submittedAt").ValueKind.ShouldBe(JsonValueKind.String);
        submitted.GetProperty("submittedBy").GetGuid().ShouldBe(await UserIdAsync("admin.kalianda"));
        await (await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{Of(setup.PlanId)}/items", etag, setup.Item)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await admin.SendWithIfMatchAsync(HttpMethod.Put, $"{Of(setup.PlanId)}/items/{setup.ItemId}", etag, setup.Item)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await admin.SendWithIfMatchAsync(HttpMethod.Delete, $"{Of(setup.PlanId)}/items/{setup.ItemId}", etag)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await admin.SendWithIfMatchAsync(HttpMethod.Put, Of(setup.PlanId), etag, new { title = "Ubah", budgetCeiling = 1m })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{Of(setup.PlanId)}/generate", etag, new { budget = 1m })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{Of(setup.PlanId)}/submit", etag)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await admin.GetJsonAsync(Of(setup.PlanId))).Items().ShouldHaveSingleItem();
    }

    [Test]
    public async Task Submit_StaleIfMatch_Returns412()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var setup = await DraftWithItemAsync(admin);
        await admin.ChangeAsync(HttpMethod.Put, Of(setup.PlanId), setup.ETag, new { title = "RPK revisi", budgetCeiling = 2_000_000m });

        var response = await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{Of(setup.PlanId)}/submit", setup.ETag);

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await admin.GetJsonAsync(Of(setup.PlanId))).GetProperty("status").GetString().ShouldBe("Draft");
    }

    [Test]
    public async Task Return_WithoutReason_Returns400NamingReason()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var setup = await DraftWithItemAsync(admin);
        var (_, etag) = await admin.ChangeAsync(HttpMethod.Post, $"{Of(setup.PlanId)}/submit", setup.ETag);

        await (await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{Of(setup.PlanId)}/return", etag, new { })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "reason");
        await (await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{Of(setup.PlanId)}/return", etag, new { reason = "  " })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "reason");

        (await admin.GetJsonAsync(Of(setup.PlanId))).GetProperty("status").GetString().ShouldBe("Submitted");
    }

    [Test]
    public async Task Return_WithReason_GoesBackToDraftAndAcceptsChangesAgain()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var setup = await DraftWithItemAsync(admin);
        var (_, etag) = await admin.ChangeAsync(HttpMethod.Post, $"{Of(setup.PlanId)}/submit", setup.ETag);

        (var returned, etag) = await admin.ChangeAsync(HttpMethod.Post, $"{Of(setup.PlanId)}/return", etag, new { reason = " Anggaran terlalu besar " });

        returned.GetProperty("status").GetString().ShouldBe("Draft");
        returned.GetProperty("decisionNote").GetString().ShouldBe("Anggaran terlalu besar");
        var (changed, _) = await admin.AddItemAsync(setup.PlanId, etag, setup.Item);
        changed.Items().Count.ShouldBe(2);
    }

    [Test]
    public async Task Return_DraftPlan_Returns409()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var setup = await DraftWithItemAsync(admin);

        var response = await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{Of(setup.PlanId)}/return", setup.ETag, new { reason = "Belum diajukan" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Approve_DraftPlan_Returns409()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var setup = await DraftWithItemAsync(admin);

        var response = await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{Of(setup.PlanId)}/approve", setup.ETag, new { note = "SK PPK" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await admin.GetJsonAsync(Of(setup.PlanId))).GetProperty("status").GetString().ShouldBe("Draft");
    }

    [Test]
    public async Task Approve_SubmittedPlan_BecomesApprovedAndNeverChangesAgain()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var setup = await DraftWithItemAsync(admin);
        var (_, etag) = await admin.ChangeAsync(HttpMethod.Post, $"{Of(setup.PlanId)}/submit", setup.ETag);

        (var approved, etag) = await admin.ChangeAsync(HttpMethod.Post, $"{Of(setup.PlanId)}/approve", etag, new { note = "SK Bupati 800/123/2026" });

        approved.GetProperty("status").GetString().ShouldBe("Approved");
        approved.GetProperty("approvedBy").GetGuid().ShouldBe(await UserIdAsync("admin.kalianda"));
        approved.GetProperty("approvedAt").ValueKind.ShouldBe(JsonValueKind.String);
        approved.GetProperty("decisionNote").GetString().ShouldBe("SK Bupati 800/123/2026");
        var plan = Of(setup.PlanId);
        var item = $"{plan}/items/{setup.ItemId}";
        await (await admin.SendWithIfMatchAsync(HttpMethod.Put, plan, etag, new { title = "Ubah", budgetCeiling = 1m })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{plan}/items", etag, setup.Item)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await admin.SendWithIfMatchAsync(HttpMethod.Put, item, etag, setup.Item)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await admin.SendWithIfMatchAsync(HttpMethod.Delete, item, etag)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{plan}/generate", etag, new { budget = 1m })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{plan}/submit", etag)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{plan}/return", etag, new { reason = "Ubah lagi" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{plan}/approve", etag, new { })).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var saved = await admin.GetAsync(plan);
        saved.ETagOf().ShouldBe(etag);
        var body = await saved.ShouldBeOkAsync<JsonElement>();
        body.GetProperty("status").GetString().ShouldBe("Approved");
        body.GetProperty("title").GetString().ShouldBe("Rencana Pengembangan Kompetensi 2026");
        body.Items().ShouldHaveSingleItem().GetProperty("plannedQuarter").GetInt32().ShouldBe(2);
    }

    [Test]
    public async Task History_AfterTheWholeWorkflow_ListsEveryStepWithUserOldestFirst()
    {
        using var admin = await SignInAsync("admin.kalianda");
        using var sysadmin = await SignInAsync("sysadmin");
        var setup = await DraftWithItemAsync(admin);
        var plan = Of(setup.PlanId);
        var (_, etag) = await admin.ChangeAsync(HttpMethod.Put, $"{plan}/items/{setup.ItemId}", setup.ETag, ItemBody(setup.CompetencyId, employeeId: setup.EmployeeId, plannedJp: 16, plannedCost: 2_000_000m, plannedQuarter: 3));
        (_, etag) = await admin.GenerateAsync(setup.PlanId, etag, 5_000_000m);
        (_, etag) = await admin.ChangeAsync(HttpMethod.Post, $"{plan}/submit", etag);
        (_, etag) = await sysadmin.ChangeAsync(HttpMethod.Post, $"{plan}/return", etag, new { reason = "Tambahkan kuartal" });
        (_, etag) = await admin.ChangeAsync(HttpMethod.Post, $"{plan}/submit", etag);
        await sysadmin.ChangeAsync(HttpMethod.Post, $"{plan}/approve", etag, new { note = "Disetujui" });

        var history = (await admin.GetJsonAsync($"{plan}/history")).EnumerateArray().ToList();

        history.Select(e => $"{e.GetProperty("kind").GetString()} by {e.GetProperty("userName").GetString()}").ShouldBe(
        [
            "Created by admin.kalianda",
            "ItemAdded by admin.kalianda",
            "ItemChanged by admin.kalianda",
            "Generated by admin.kalianda",
            "Submitted by admin.kalianda",
            "Returned by sysadmin",
            "Submitted by admin.kalianda",
            "Approved by sysadmin",
        ]);
        history.Select(e => e.GetProperty("at").GetDateTimeOffset()).ShouldBeInOrder(SortDirection.Ascending);
        history[0].GetProperty("userId").GetGuid().ShouldBe(await UserIdAsync("admin.kalianda"));

        var changed = DetailOf(history[2]);
        changed.GetProperty("before").GetProperty("plannedJp").GetInt32().ShouldBe(8);
        changed.GetProperty("before").GetProperty("plannedCost").GetDecimal().ShouldBe(1_000_000m);
        changed.GetProperty("before").GetProperty("plannedQuarter").GetInt32().ShouldBe(2);
        changed.GetProperty("after").GetProperty("plannedJp").GetInt32().ShouldBe(16);
        changed.GetProperty("after").GetProperty("plannedCost").GetDecimal().ShouldBe(2_000_000m);
        changed.GetProperty("after").GetProperty("plannedQuarter").GetInt32().ShouldBe(3);
        changed.GetProperty("after").GetProperty("id").GetGuid().ShouldBe(setup.ItemId);
        var returned = DetailOf(history[5]);
        returned.GetProperty("reason").GetString().ShouldBe("Tambahkan kuartal");
        var generated = DetailOf(history[3]);
        generated.GetProperty("budget").GetDecimal().ShouldBe(5_000_000m);
    }

    [Test]
    public async Task History_UnknownPlan_Returns404()
    {
        using var admin = await SignInAsync("admin.kalianda");

        await (await admin.GetAsync($"{Of(Guid.NewGuid())}/history")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>The detail of a history entry: a JSON object (older builds sent it as a string holding the JSON).</summary>
    private static JsonElement DetailOf(JsonElement entry)
    {
        var detail = entry.GetProperty("detail");
        return detail.ValueKind == JsonValueKind.String ? JsonDocument.Parse(detail.GetString()!).RootElement : detail;
    }

    private static async Task<Guid> UserIdAsync(string userName) =>
        await Environment.ScalarAsync<Guid>($"select id from users where user_name = '{userName}'");

    /// <summary>A LAMSEL draft plan with one hand-made item (8 JP, Rp 1,000,000, quarter 2) for one employee.</summary>
    private static async Task<DraftSetup> DraftWithItemAsync(HttpClient admin)
    {
        var (_, position) = await admin.UnitWithPositionAsync(await admin.AgencyIdAsync(), "DINKES");
        var employee = (await admin.CreateEmployeeAsync(Nips.Pns(1), "Budi Santoso", position)).Id();
        var (_, national) = await admin.NationalStandardAsync();
        var competency = national["M.02"];
        var item = ItemBody(competency, employeeId: employee, plannedJp: 8, plannedCost: 1_000_000m);
        var (plan, etag) = await admin.CreatePlanAsync();
        (var withItem, etag) = await admin.AddItemAsync(plan.Id(), etag, item);
        return new DraftSetup(plan.Id(), etag, withItem.Items().Single().Id(), employee, competency, item);
    }

    private sealed record DraftSetup(Guid PlanId, string ETag, Guid ItemId, Guid EmployeeId, Guid CompetencyId, object Item);
}
