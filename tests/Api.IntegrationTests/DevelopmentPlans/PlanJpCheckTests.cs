using System.Net;
using System.Text.Json;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.DevelopmentPlans.PlanRequests;
using static AsnCompetency.Api.IntegrationTests.OrganisationBuilder;

namespace AsnCompetency.Api.IntegrationTests.DevelopmentPlans;

/// <summary>The 20 JP check: PNS planned below the yearly minimum are listed with their shortfall; PPPK above their maximum too.</summary>
public sealed class PlanJpCheckTests : ApiTestBase
{
    [Test]
    public async Task JpCheck_MixedPlan_ListsPnsShortOfTwentyAndPppkOverTwentyFour()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var (unit, position) = await admin.UnitWithPositionAsync(await admin.AgencyIdAsync(), "DINKES");
        var (_, national) = await admin.NationalStandardAsync();
        var m01 = national["M.01"];
        var m02 = national["M.02"];
        var enough = (await admin.CreateEmployeeAsync(Nips.Pns(1), "Cukup Dua Puluh Empat", position)).Id();
        var exactly = (await admin.CreateEmployeeAsync(Nips.Pns(2), "Pas Dua Puluh", position)).Id();
        var twelve = (await admin.CreateEmployeeAsync(Nips.Pns(3), "Kurang Dua Belas", position)).Id();
        var none = (await admin.CreateEmployeeAsync(Nips.Pns(4), "Belum Direncanakan", position)).Id();
        var pppkOver = (await admin.CreateEmployeeAsync(Nips.Pppk(1), "PPPK Tiga Puluh", position)).Id();
        var pppkWithin = (await admin.CreateEmployeeAsync(Nips.Pppk(2), "PPPK Dua Puluh Empat", position)).Id();
        var (plan, etag) = await admin.CreatePlanAsync();
        foreach (var item in new[]
        {
            ItemBody(m01, employeeId: enough, plannedJp: 12, plannedCost: 1m),
            ItemBody(m02, employeeId: enough, plannedJp: 12, plannedCost: 1m),
            ItemBody(m01, employeeId: exactly, plannedJp: 20, plannedCost: 1m),
            ItemBody(m01, employeeId: twelve, plannedJp: 12, plannedCost: 1m),
            ItemBody(m01, employeeId: pppkOver, plannedJp: 30, plannedCost: 1m),
            ItemBody(m01, employeeId: pppkWithin, plannedJp: 24, plannedCost: 1m),

            // A group's JP belong to no one person in particular.
            ItemBody(m01, unitId: unit, participantCount: 10, plannedJp: 40, plannedCost: 1m),
        })
        {
            (_, etag) = await admin.AddItemAsync(plan.Id(), etag, item);
        }

        var check = await admin.GetJsonAsync($"{Of(plan.Id())}/jp-check");

        check.GetProperty("year").GetInt32().ShouldBe(Year);
        check.GetProperty("minimumJp").GetInt32().ShouldBe(20);
        check.GetProperty("pppkMaximumJp").GetInt32().ShouldBe(24);
        check.GetProperty("pnsCount").GetInt32().ShouldBe(4);
        check.GetProperty("pnsMeetingCount").GetInt32().ShouldBe(2);
        check.GetProperty("pnsShareMeeting").GetDecimal().ShouldBe(0.5m);
        check.GetProperty("shortCount").GetInt32().ShouldBe(2);
        Listed(check, "shortOfMinimum").ShouldBe([(none, 0, 20), (twelve, 12, 8)]);
        check.GetProperty("pppkOverCount").GetInt32().ShouldBe(1);
        Listed(check, "pppkOverMaximum").ShouldBe([(pppkOver, 30, -6)]);
        var listed = check.GetProperty("shortOfMinimum")[1];
        listed.GetProperty("nip").GetString().ShouldBe(Nips.Pns(3));
        listed.GetProperty("name").GetString().ShouldBe("Kurang Dua Belas");
        listed.GetProperty("employeeType").GetString().ShouldBe("Pns");
    }

    [Test]
    public async Task JpCheck_JpEarnedThisYear_CountsWithThePlannedJp()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var (_, position) = await admin.UnitWithPositionAsync(await admin.AgencyIdAsync(), "DINKES");
        var (_, national) = await admin.NationalStandardAsync();
        var earnedAndPlanned = (await admin.CreateEmployeeAsync(Nips.Pns(1), "Sudah Dua Belas", position)).Id();
        var earnedLastYear = (await admin.CreateEmployeeAsync(Nips.Pns(2), "Tahun Lalu", position)).Id();
        await RecordLearningAsync(admin, earnedAndPlanned, $"{Year}-03-10", 12);
        await RecordLearningAsync(admin, earnedLastYear, $"{Year - 1}-12-20", 30);
        var (plan, etag) = await admin.CreatePlanAsync();
        await admin.AddItemAsync(plan.Id(), etag, ItemBody(national["M.01"], employeeId: earnedAndPlanned, plannedJp: 8, plannedCost: 1m));

        var check = await admin.GetJsonAsync($"{Of(plan.Id())}/jp-check");

        check.GetProperty("pnsMeetingCount").GetInt32().ShouldBe(1);
        Listed(check, "shortOfMinimum").ShouldBe([(earnedLastYear, 0, 20)]);
        check.GetProperty("shortOfMinimum")[0].GetProperty("earnedJp").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task JpCheck_CompletionOfAGroupItem_CountsAsEarned()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var (unit, position) = await admin.UnitWithPositionAsync(await admin.AgencyIdAsync(), "DINKES");
        var (_, national) = await admin.NationalStandardAsync();
        var trained = (await admin.CreateEmployeeAsync(Nips.Pns(1), "Ikut Pelatihan Kelompok", position)).Id();
        var program = (await Training.TrainingBuilder.CreateProgramAsync(admin, "TEKNIS-01", jp: 24)).Id();
        var (plan, etag) = await admin.CreatePlanAsync();
        (var withItem, etag) = await admin.AddItemAsync(plan.Id(), etag, ItemBody(national["M.01"], unitId: unit, participantCount: 5, programId: program));
        var itemId = withItem.Items()[0].Id();
        (_, etag) = await admin.ChangeAsync(HttpMethod.Post, $"{Of(plan.Id())}/submit", etag);
        await admin.ChangeAsync(HttpMethod.Post, $"{Of(plan.Id())}/approve", etag, new { note = "SK Bupati" });
        var session = await Training.TrainingBuilder.OpenSessionAsync(admin, program, "ANGKATAN-1");
        var enrolled = await admin.PostJsonAsync(Training.TrainingBuilder.SessionEnrollments(session), new { planItemId = itemId, employeeId = trained });
        var enrollment = (await enrolled.ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created)).Id();
        await Training.TrainingBuilder.SessionStepAsync(admin, session, "start");
        await Training.TrainingBuilder.AttendAsync(admin, enrollment, present: Training.TrainingBuilder.DefaultDays);
        (await Training.TrainingBuilder.PostCompleteAsync(admin, enrollment)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var check = await admin.GetJsonAsync($"{Of(plan.Id())}/jp-check");

        // The group's JP belong to no one person, so the completion is what counts for them.
        check.GetProperty("pnsMeetingCount").GetInt32().ShouldBe(1);
        check.GetProperty("shortCount").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task JpCheck_WithLimit_ListsFewerButCountsEveryone()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var (_, position) = await admin.UnitWithPositionAsync(await admin.AgencyIdAsync(), "DINKES");
        for (var i = 0; i < 3; i++)
        {
            await admin.CreateEmployeeAsync(Nips.Pns(i), $"Pegawai {i}", position);
        }

        var (plan, _) = await admin.CreatePlanAsync();

        var check = await admin.GetJsonAsync($"{Of(plan.Id())}/jp-check?limit=1");

        check.GetProperty("shortCount").GetInt32().ShouldBe(3);
        check.GetProperty("shortOfMinimum").GetArrayLength().ShouldBe(1);
        check.GetProperty("shortOfMinimum")[0].GetProperty("shortfall").GetInt32().ShouldBe(20);
    }

    [Test]
    public async Task JpCheck_UnknownPlan_Returns404()
    {
        using var admin = await SignInAsync("admin.kalianda");

        await (await admin.GetAsync($"{Of(Guid.NewGuid())}/jp-check")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private static async Task RecordLearningAsync(HttpClient admin, Guid employeeId, string date, int jp)
    {
        var response = await admin.PostJsonAsync($"/api/v1/employees/{employeeId}/learning-hours", new { date, title = "Seminar Nasional Pelayanan Publik", form = "Seminar", jp });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private static IReadOnlyList<(Guid Employee, int PlannedJp, int Shortfall)> Listed(JsonElement check, string list) =>
    [
        .. check.GetProperty(list).EnumerateArray()
            .Select(p => (p.GetProperty("employeeId").GetGuid(), p.GetProperty("plannedJp").GetInt32(), p.GetProperty("shortfall").GetInt32())),
    ];
}
