using System.Net;
using System.Text.Json;
using AsnCompetency.Api.IntegrationTests.Tna;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.OrganisationBuilder;
using static AsnCompetency.Api.IntegrationTests.Training.TrainingBuilder;

namespace AsnCompetency.Api.IntegrationTests.Training;

/// <summary>
/// The JP ledger: completions and external activities per year, the 20 JP minimum of a PNS and
/// the 24 JP maximum of a PPPK, and the compliance report across people.
/// </summary>
public sealed class LearningHoursTests : ApiTestBase
{
    [Test]
    public async Task RecordExternal_AddsToTheLedgerAndReachesTheMinimum()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "DINKES", 1);
        var employee = staff[0];

        var entry = await admin.RecordExternalAsync(employee, jp: 12, Day(4, 1));

        entry.GetProperty("source").GetString().ShouldBe("External");
        entry.GetProperty("form").GetString().ShouldBe("Seminar");
        entry.GetProperty("category").GetString().ShouldBe("Classroom");
        entry.GetProperty("enrollmentId").ValueKind.ShouldBe(JsonValueKind.Null);
        entry.GetProperty("provider").GetString().ShouldBe("Universitas Lampung");
        var below = await admin.GetJsonAsync(LearningHours(employee, Year));
        below.GetProperty("totalJp").GetInt32().ShouldBe(12);
        below.GetProperty("status").GetString().ShouldBe("BelowMinimum");
        below.GetProperty("shortfall").GetInt32().ShouldBe(8);
        below.GetProperty("employeeType").GetString().ShouldBe("Pns");
        below.GetProperty("maximumJp").ValueKind.ShouldBe(JsonValueKind.Null);

        await admin.RecordExternalAsync(employee, jp: 8, Day(2, 1), form: "ELearning");

        var meets = await admin.GetJsonAsync(LearningHours(employee, Year));
        meets.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("jp").GetInt32()).ShouldBe([8, 12], "oldest first");
        meets.GetProperty("totalJp").GetInt32().ShouldBe(20);
        meets.GetProperty("status").GetString().ShouldBe("MeetsMinimum");
        meets.GetProperty("shortfall").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task Get_AnotherYear_CountsOnlyThatYearsEntries()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "DINKES", 1);
        await admin.RecordExternalAsync(staff[0], jp: 30, new DateOnly(Year - 1, 12, 31));
        await admin.RecordExternalAsync(staff[0], jp: 5, new DateOnly(Year, 1, 1));

        (await admin.GetJsonAsync(LearningHours(staff[0], Year - 1))).GetProperty("totalJp").GetInt32().ShouldBe(30);
        var current = await admin.GetJsonAsync(LearningHours(staff[0]));
        current.GetProperty("year").GetInt32().ShouldBe(Year);
        current.GetProperty("totalJp").GetInt32().ShouldBe(5);
        await (await admin.GetAsync(LearningHours(staff[0], 1999))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "year");
    }

    [Test]
    public async Task Get_PppkOverTheMaximum_IsAboveMaximumWithTheExcess()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "DINKES", 0);
        var pppk = await admin.PppkAsync(staff.PositionId, 1);
        await admin.RecordExternalAsync(pppk, jp: 24);

        var within = await admin.GetJsonAsync(LearningHours(pppk));
        within.GetProperty("employeeType").GetString().ShouldBe("Pppk");
        within.GetProperty("status").GetString().ShouldBe("WithinMaximum");
        within.GetProperty("maximumJp").GetInt32().ShouldBe(24);
        within.GetProperty("minimumJp").ValueKind.ShouldBe(JsonValueKind.Null);
        within.GetProperty("excess").GetInt32().ShouldBe(0);

        await admin.RecordExternalAsync(pppk, jp: 6, Day(6, 1));

        var above = await admin.GetJsonAsync(LearningHours(pppk));
        above.GetProperty("totalJp").GetInt32().ShouldBe(30);
        above.GetProperty("status").GetString().ShouldBe("AboveMaximum");
        above.GetProperty("excess").GetInt32().ShouldBe(6);
        above.GetProperty("shortfall").GetInt32().ShouldBe(0);
        var report = await admin.GetJsonAsync($"{Compliance}?year={Year}");
        report.GetProperty("total").GetProperty("pppkCount").GetInt32().ShouldBe(1);
        report.GetProperty("total").GetProperty("pppkOverMaximumCount").GetInt32().ShouldBe(1);
        report.GetProperty("total").GetProperty("pnsCount").GetInt32().ShouldBe(0);
        report.GetProperty("total").GetProperty("pnsShareMeeting").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Test]
    public async Task RecordExternal_InvalidFields_Return400NamingTheField()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "DINKES", 1);
        var url = LearningHours(staff[0]);

        await (await admin.PostJsonAsync(url, ExternalBody(jp: 0))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "jp");
        await (await admin.PostJsonAsync(url, ExternalBody(jp: 5, title: " "))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "title");
        await (await admin.PostJsonAsync(url, ExternalBody(jp: 5, form: "Karaoke"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.PostJsonAsync(LearningHours(Guid.NewGuid()), ExternalBody(jp: 5))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await admin.GetJsonAsync(url)).GetProperty("entries").GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task Compliance_GroupsByUnitOrAgencyAndListsTheShortfallsFewestJpFirst()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var lamsel = await admin.AgencyIdAsync();
        var dinkes = await admin.StaffAsync(lamsel, "DINKES", 2, firstIndex: 1);
        var bappeda = await admin.StaffAsync(lamsel, "BAPPEDA", 2, firstIndex: 10);
        await admin.RecordExternalAsync(dinkes[0], jp: 20);
        await admin.RecordExternalAsync(dinkes[1], jp: 5);
        await admin.RecordExternalAsync(bappeda[0], jp: 12);

        var byUnit = await admin.GetJsonAsync($"{Compliance}?year={Year}");

        byUnit.GetProperty("groupBy").GetString().ShouldBe("Unit");
        var groups = byUnit.GetProperty("groups").EnumerateArray().ToList();
        groups.Select(g => g.GetProperty("unitId").GetGuid()).ShouldBe([bappeda.UnitId, dinkes.UnitId], "most people below the minimum first");
        groups[0].GetProperty("pnsBelowCount").GetInt32().ShouldBe(2);
        groups[0].GetProperty("totalJp").GetInt64().ShouldBe(12);
        groups[0].GetProperty("meanJp").GetDecimal().ShouldBe(6m);
        groups[1].GetProperty("pnsMeetingCount").GetInt32().ShouldBe(1);
        groups[1].GetProperty("pnsShareMeeting").GetDecimal().ShouldBe(0.5m);
        byUnit.GetProperty("total").GetProperty("headcount").GetInt32().ShouldBe(4);
        byUnit.GetProperty("total").GetProperty("totalJp").GetInt64().ShouldBe(37);
        byUnit.GetProperty("belowMinimumCount").GetInt32().ShouldBe(3);
        byUnit.GetProperty("belowMinimum").EnumerateArray().Select(s => s.GetProperty("employeeId").GetGuid()).ShouldBe([bappeda[1], dinkes[1], bappeda[0]]);
        byUnit.GetProperty("belowMinimum").EnumerateArray().Select(s => s.GetProperty("shortfall").GetInt32()).ShouldBe([20, 15, 8]);

        var limited = await admin.GetJsonAsync($"{Compliance}?year={Year}&limit=1");
        limited.GetProperty("belowMinimum").GetArrayLength().ShouldBe(1);
        limited.GetProperty("belowMinimumCount").GetInt32().ShouldBe(3);
        var unit = await admin.GetJsonAsync($"{Compliance}?year={Year}&unitId={dinkes.UnitId}");
        unit.GetProperty("total").GetProperty("headcount").GetInt32().ShouldBe(2);
        var byAgency = await admin.GetJsonAsync($"{Compliance}?year={Year}&groupBy=Agency");
        var agency = byAgency.GetProperty("groups").EnumerateArray().ShouldHaveSingleItem();
        agency.GetProperty("agencyId").GetGuid().ShouldBe(lamsel);
        agency.GetProperty("headcount").GetInt32().ShouldBe(4);
    }

    [Test]
    public async Task Compliance_AgencyWithAHigherMinimum_CountsAgainstItsOwnRule()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "DINKES", 1);
        await admin.RecordExternalAsync(staff[0], jp: 24);
        await admin.UpdateSettingsAsync(s => s["minAnnualJpPns"] = 30);

        var hours = await admin.GetJsonAsync(LearningHours(staff[0]));
        hours.GetProperty("minimumJp").GetInt32().ShouldBe(30);
        hours.GetProperty("status").GetString().ShouldBe("BelowMinimum");
        hours.GetProperty("shortfall").GetInt32().ShouldBe(6);
        var report = await admin.GetJsonAsync($"{Compliance}?year={Year}");
        report.GetProperty("belowMinimum").EnumerateArray().ShouldHaveSingleItem().GetProperty("minimumJp").GetInt32().ShouldBe(30);
    }

    [Test]
    public async Task Compliance_InvalidFilters_Return400Or404()
    {
        using var admin = await SignInAsync("admin.kalianda");

        await (await admin.GetAsync($"{Compliance}?year=1999")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "year");
        await (await admin.GetAsync($"{Compliance}?limit=-1")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "limit");
        await (await admin.GetAsync($"{Compliance}?groupBy=Region")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.GetAsync($"{Compliance}?unitId={Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await admin.GetAsync($"{Compliance}?agencyId={await AgencyIdAsync("MEDAN")}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
