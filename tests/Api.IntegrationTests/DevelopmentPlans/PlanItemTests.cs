using System.Net;
using System.Text.Json;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.DevelopmentPlans.PlanRequests;
using static AsnCompetency.Api.IntegrationTests.OrganisationBuilder;

namespace AsnCompetency.Api.IntegrationTests.DevelopmentPlans;

/// <summary>Hand-made items: for one employee or a unit's group, with the programme's JP and cost as defaults, and the plan's totals.</summary>
public sealed class PlanItemTests : ApiTestBase
{
    private const decimal Ceiling = 20_000_000m;
    private const decimal ProgramCost = 3_000_000m;
    private const int ProgramJp = 24;

    [Test]
    public async Task AddItem_ForAnEmployeeWithAProgramme_TakesJpAndCostFromTheProgramme()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var lamsel = await LamselAsync(admin);
        var (plan, etag) = await admin.CreatePlanAsync(Ceiling);

        var (updated, newETag) = await admin.AddItemAsync(
            plan.Id(), etag, ItemBody(lamsel.M01, employeeId: lamsel.Employee, programId: lamsel.Program, plannedQuarter: 3, note: " Diklat PIM "));

        newETag.ShouldNotBe(etag);
        updated.GetProperty("eTag").GetString().ShouldBe(newETag);
        var item = updated.Items().ShouldHaveSingleItem();
        item.GetProperty("employee").Id().ShouldBe(lamsel.Employee);
        item.GetProperty("employee").GetProperty("nip").GetString().ShouldBe(Nips.Pns(1));
        item.GetProperty("unit").ValueKind.ShouldBe(JsonValueKind.Null);
        item.GetProperty("participantCount").GetInt32().ShouldBe(1);
        item.GetProperty("competency").GetProperty("code").GetString().ShouldBe("M.01");
        item.GetProperty("program").GetProperty("code").GetString().ShouldBe("PIM-M01");
        item.GetProperty("plannedJp").GetInt32().ShouldBe(ProgramJp);
        item.GetProperty("plannedCost").GetDecimal().ShouldBe(ProgramCost);
        item.GetProperty("plannedQuarter").GetInt32().ShouldBe(3);
        item.GetProperty("source").GetString().ShouldBe("Manual");
        item.GetProperty("note").GetString().ShouldBe("Diklat PIM");
        updated.GetProperty("totalCost").GetDecimal().ShouldBe(ProgramCost);
        updated.GetProperty("budgetRemaining").GetDecimal().ShouldBe(Ceiling - ProgramCost);
        updated.GetProperty("participantCount").GetInt32().ShouldBe(1);
    }

    [Test]
    public async Task AddItem_ForAUnitGroup_CostsTheProgrammeTimesParticipantsAndAddsToTheTotals()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var lamsel = await LamselAsync(admin);
        var (plan, etag) = await admin.CreatePlanAsync(Ceiling);
        (_, etag) = await admin.AddItemAsync(plan.Id(), etag, ItemBody(lamsel.M01, employeeId: lamsel.Employee, programId: lamsel.Program));

        var (updated, _) = await admin.AddItemAsync(plan.Id(), etag, ItemBody(lamsel.M01, unitId: lamsel.Unit, participantCount: 5, programId: lamsel.Program));

        var group = updated.Items().Single(i => i.GetProperty("employee").ValueKind == JsonValueKind.Null);
        group.GetProperty("unit").Id().ShouldBe(lamsel.Unit);
        group.GetProperty("participantCount").GetInt32().ShouldBe(5);
        group.GetProperty("plannedJp").GetInt32().ShouldBe(ProgramJp);
        group.GetProperty("plannedCost").GetDecimal().ShouldBe(5 * ProgramCost);
        updated.GetProperty("totalCost").GetDecimal().ShouldBe(6 * ProgramCost);
        updated.GetProperty("budgetRemaining").GetDecimal().ShouldBe(Ceiling - (6 * ProgramCost));
        updated.GetProperty("participantCount").GetInt32().ShouldBe(6);
        var summary = (await admin.GetJsonAsync(PlansPath)).GetProperty("items")[0];
        summary.GetProperty("itemCount").GetInt32().ShouldBe(2);
        summary.GetProperty("totalCost").GetDecimal().ShouldBe(6 * ProgramCost);
    }

    [Test]
    public async Task AddItem_WithOwnJpAndCost_KeepsThemOverTheProgrammes()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var lamsel = await LamselAsync(admin);
        var (plan, etag) = await admin.CreatePlanAsync(Ceiling);

        var (updated, _) = await admin.AddItemAsync(
            plan.Id(), etag, ItemBody(lamsel.M01, employeeId: lamsel.Employee, programId: lamsel.Program, plannedJp: 8, plannedCost: 750_000m));

        var item = updated.Items().ShouldHaveSingleItem();
        item.GetProperty("plannedJp").GetInt32().ShouldBe(8);
        item.GetProperty("plannedCost").GetDecimal().ShouldBe(750_000m);
        updated.GetProperty("budgetRemaining").GetDecimal().ShouldBe(Ceiling - 750_000m);
    }

    [Test]
    public async Task AddItem_WithBothEmployeeAndUnit_Returns400()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var lamsel = await LamselAsync(admin);
        var (plan, etag) = await admin.CreatePlanAsync(Ceiling);

        var response = await admin.SendWithIfMatchAsync(
            HttpMethod.Post, $"{Of(plan.Id())}/items", etag, ItemBody(lamsel.M01, employeeId: lamsel.Employee, unitId: lamsel.Unit, programId: lamsel.Program));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "unitId");
        (await admin.GetJsonAsync(Of(plan.Id()))).Items().ShouldBeEmpty();
    }

    [Test]
    public async Task AddItem_WithNeitherEmployeeNorUnit_Returns400()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var lamsel = await LamselAsync(admin);
        var (plan, etag) = await admin.CreatePlanAsync(Ceiling);

        var response = await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{Of(plan.Id())}/items", etag, ItemBody(lamsel.M01, programId: lamsel.Program));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "employeeId");
    }

    [Test]
    public async Task AddItem_EmployeeOfAnotherAgency_Returns400NamingEmployeeId()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var lamsel = await LamselAsync(admin);
        using var alak = await SignInAsync("admin.alak");
        var stranger = (await alak.CreateEmployeeAsync(Nips.Pns(900), "Pegawai Alak")).Id();
        var (plan, etag) = await admin.CreatePlanAsync(Ceiling);

        var response = await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{Of(plan.Id())}/items", etag, ItemBody(lamsel.M01, employeeId: stranger, programId: lamsel.Program));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "employeeId");
        (await admin.GetJsonAsync(Of(plan.Id()))).Items().ShouldBeEmpty();
    }

    [Test]
    public async Task AddItem_UnitOfAnotherAgency_Returns400NamingUnitId()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var lamsel = await LamselAsync(admin);
        using var alak = await SignInAsync("admin.alak");
        var strangerUnit = (await alak.CreateUnitAsync(await alak.AgencyIdAsync(), "ALAK-UMUM")).Id();
        var (plan, etag) = await admin.CreatePlanAsync(Ceiling);

        var response = await admin.SendWithIfMatchAsync(
            HttpMethod.Post, $"{Of(plan.Id())}/items", etag, ItemBody(lamsel.M01, unitId: strangerUnit, participantCount: 2, programId: lamsel.Program));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "unitId");
    }

    [Test]
    public async Task AddItem_ProgrammeOfAnotherAgency_Returns400NamingProgramId()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var lamsel = await LamselAsync(admin);
        var (plan, etag) = await admin.CreatePlanAsync(Ceiling);

        var response = await admin.SendWithIfMatchAsync(
            HttpMethod.Post, $"{Of(plan.Id())}/items", etag, ItemBody(lamsel.M01, employeeId: lamsel.Employee, programId: lamsel.OtherAgencyProgram));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "programId");
        (await admin.GetJsonAsync(Of(plan.Id()))).Items().ShouldBeEmpty();
    }

    [Test]
    public async Task AddItem_OwnAgencysProgramme_IsAccepted()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var lamsel = await LamselAsync(admin);
        var own = await CreateProgramAsync("LAMSEL-M01", 12, 1_000_000m, null, lamsel.Agency, (lamsel.M01, 3));
        var (plan, etag) = await admin.CreatePlanAsync(Ceiling);

        var (updated, _) = await admin.AddItemAsync(plan.Id(), etag, ItemBody(lamsel.M01, employeeId: lamsel.Employee, programId: own));

        updated.Items().ShouldHaveSingleItem().GetProperty("program").GetProperty("code").GetString().ShouldBe("LAMSEL-M01");
    }

    [Test]
    public async Task AddItem_GroupHeadingAsCompetency_Returns400NamingCompetencyId()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var lamsel = await LamselAsync(admin);
        var (_, national) = await admin.NationalStandardAsync();
        var (plan, etag) = await admin.CreatePlanAsync(Ceiling);

        var response = await admin.SendWithIfMatchAsync(
            HttpMethod.Post, $"{Of(plan.Id())}/items", etag, ItemBody(national["M"], employeeId: lamsel.Employee, programId: lamsel.Program));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "competencyId");
    }

    [Test]
    public async Task AddItem_WithoutProgrammeOrJp_Returns400NamingPlannedJp()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var lamsel = await LamselAsync(admin);
        var (plan, etag) = await admin.CreatePlanAsync(Ceiling);

        var response = await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{Of(plan.Id())}/items", etag, ItemBody(lamsel.M01, employeeId: lamsel.Employee, plannedCost: 1m));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "plannedJp");
    }

    [Test]
    public async Task UpdateItem_NewCostAndQuarter_ChangesTheItemAndTheTotals()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var lamsel = await LamselAsync(admin);
        var (plan, etag) = await admin.CreatePlanAsync(Ceiling);
        (var added, etag) = await admin.AddItemAsync(plan.Id(), etag, ItemBody(lamsel.M01, employeeId: lamsel.Employee, programId: lamsel.Program));
        var itemId = added.Items().Single().Id();

        var (updated, newETag) = await admin.ChangeAsync(
            HttpMethod.Put, $"{Of(plan.Id())}/items/{itemId}", etag, ItemBody(lamsel.M01, employeeId: lamsel.Employee, programId: lamsel.Program, plannedCost: 4_500_000m, plannedQuarter: 4));

        newETag.ShouldNotBe(etag);
        var item = updated.Items().ShouldHaveSingleItem();
        item.Id().ShouldBe(itemId);
        item.GetProperty("plannedCost").GetDecimal().ShouldBe(4_500_000m);
        item.GetProperty("plannedJp").GetInt32().ShouldBe(ProgramJp);
        item.GetProperty("plannedQuarter").GetInt32().ShouldBe(4);
        updated.GetProperty("totalCost").GetDecimal().ShouldBe(4_500_000m);
        updated.GetProperty("budgetRemaining").GetDecimal().ShouldBe(Ceiling - 4_500_000m);
    }

    [Test]
    public async Task RemoveItem_OfTwo_LeavesTheOtherAndLowersTheTotals()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var lamsel = await LamselAsync(admin);
        var (plan, etag) = await admin.CreatePlanAsync(Ceiling);
        (var first, etag) = await admin.AddItemAsync(plan.Id(), etag, ItemBody(lamsel.M01, employeeId: lamsel.Employee, programId: lamsel.Program));
        (_, etag) = await admin.AddItemAsync(plan.Id(), etag, ItemBody(lamsel.M01, unitId: lamsel.Unit, participantCount: 2, programId: lamsel.Program));
        var removed = first.Items().Single().Id();

        var (updated, _) = await admin.ChangeAsync(HttpMethod.Delete, $"{Of(plan.Id())}/items/{removed}", etag);

        var left = updated.Items().ShouldHaveSingleItem();
        left.Id().ShouldNotBe(removed);
        updated.GetProperty("totalCost").GetDecimal().ShouldBe(2 * ProgramCost);
        updated.GetProperty("budgetRemaining").GetDecimal().ShouldBe(Ceiling - (2 * ProgramCost));
        updated.GetProperty("participantCount").GetInt32().ShouldBe(2);
    }

    [Test]
    public async Task UpdateOrRemoveItem_Unknown_Returns404()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var lamsel = await LamselAsync(admin);
        var (plan, etag) = await admin.CreatePlanAsync(Ceiling);
        var unknown = $"{Of(plan.Id())}/items/{Guid.NewGuid()}";

        await (await admin.SendWithIfMatchAsync(HttpMethod.Put, unknown, etag, ItemBody(lamsel.M01, employeeId: lamsel.Employee, programId: lamsel.Program)))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await admin.SendWithIfMatchAsync(HttpMethod.Delete, unknown, etag)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ItemChanges_WithStaleIfMatch_Return412AndChangeNothing()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var lamsel = await LamselAsync(admin);
        var (plan, staleETag) = await admin.CreatePlanAsync(Ceiling);
        var (added, _) = await admin.AddItemAsync(plan.Id(), staleETag, ItemBody(lamsel.M01, employeeId: lamsel.Employee, programId: lamsel.Program));
        var item = $"{Of(plan.Id())}/items/{added.Items().Single().Id()}";

        await (await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{Of(plan.Id())}/items", staleETag, ItemBody(lamsel.M01, unitId: lamsel.Unit, participantCount: 2, programId: lamsel.Program)))
            .ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await admin.SendWithIfMatchAsync(HttpMethod.Put, item, staleETag, ItemBody(lamsel.M01, employeeId: lamsel.Employee, programId: lamsel.Program, plannedCost: 1m)))
            .ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await admin.SendWithIfMatchAsync(HttpMethod.Delete, item, staleETag)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);

        var saved = await admin.GetJsonAsync(Of(plan.Id()));
        saved.Items().ShouldHaveSingleItem().GetProperty("plannedCost").GetDecimal().ShouldBe(ProgramCost);
    }

    [Test]
    public async Task AddItem_TwiceAtOnceWithTheSameETag_AddsOnlyOne()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var lamsel = await LamselAsync(admin);
        var (plan, etag) = await admin.CreatePlanAsync(Ceiling);
        var url = $"{Of(plan.Id())}/items";

        var responses = await Task.WhenAll(
            admin.SendWithIfMatchAsync(HttpMethod.Post, url, etag, ItemBody(lamsel.M01, employeeId: lamsel.Employee, programId: lamsel.Program)),
            admin.SendWithIfMatchAsync(HttpMethod.Post, url, etag, ItemBody(lamsel.M01, unitId: lamsel.Unit, participantCount: 3, programId: lamsel.Program)));

        responses.Select(r => r.StatusCode).ShouldBe([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], ignoreOrder: true);
        (await admin.GetJsonAsync(Of(plan.Id()))).Items().ShouldHaveSingleItem();
    }

    /// <summary>LAMSEL's DINKES with one PNS employee, a national programme for M.01 and a KUPANG-ALAK programme.</summary>
    private static async Task<LamselIds> LamselAsync(HttpClient admin)
    {
        var agency = await admin.AgencyIdAsync();
        var (unit, position) = await admin.UnitWithPositionAsync(agency, "DINKES");
        var employee = (await admin.CreateEmployeeAsync(Nips.Pns(1), "Budi Santoso", position)).Id();
        var (_, national) = await admin.NationalStandardAsync();
        var m01 = national["M.01"];
        var program = await CreateProgramAsync("PIM-M01", ProgramJp, ProgramCost, null, null, (m01, 4));
        var other = await CreateProgramAsync("ALAK-M01", ProgramJp, 1m, null, await AgencyIdAsync("KUPANG-ALAK"), (m01, 4));
        return new LamselIds(agency, unit, employee, m01, program, other);
    }

    private sealed record LamselIds(Guid Agency, Guid Unit, Guid Employee, Guid M01, Guid Program, Guid OtherAgencyProgram);
}
