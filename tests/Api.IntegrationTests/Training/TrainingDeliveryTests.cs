using System.Net;
using System.Text.Json;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.OrganisationBuilder;
using static AsnCompetency.Api.IntegrationTests.Training.TrainingBuilder;

namespace AsnCompetency.Api.IntegrationTests.Training;

/// <summary>
/// The issue's acceptance path through the API: a programme for competencies, a session of two
/// places, a waitlist that moves up when someone drops, attendance, completion, and the JP in
/// the employee's ledger and the compliance report.
/// </summary>
public sealed class TrainingDeliveryTests : ApiTestBase
{
    [Test]
    public async Task Delivery_ProgrammeToLedger_CreditsJpAndMovesTheComplianceCounts()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var lamsel = await admin.AgencyIdAsync();
        var staff = await admin.StaffAsync(lamsel, "DINKES", 3);
        var (ani, budi, citra) = (staff[0], staff[1], staff[2]);
        var (_, national) = await admin.NationalStandardAsync();

        var program = await admin.CreateProgramAsync("PELAYANAN-PRIMA", jp: 24, targets: [(national["M.01"], 3), (national["M.02"], 4)]);
        program.GetProperty("agencyId").GetGuid().ShouldBe(lamsel);
        program.GetProperty("targets").EnumerateArray().Select(t => $"{t.GetProperty("code").GetString()}:{t.GetProperty("targetLevel").GetInt32()}").ShouldBe(["M.01:3", "M.02:4"]);
        var session = await admin.OpenSessionAsync(program.Id(), "ANGKATAN-1", capacity: 2);

        var first = await admin.EnrolAsync(session, ani);
        var second = await admin.EnrolAsync(session, budi);
        var third = await admin.EnrolAsync(session, citra);

        first.Status().ShouldBe("Registered");
        second.Status().ShouldBe("Registered");
        third.Status().ShouldBe("Waitlisted");
        third.GetProperty("waitlistPosition").GetInt32().ShouldBe(1);
        first.GetProperty("waitlistPosition").ValueKind.ShouldBe(JsonValueKind.Null);
        var full = await admin.GetJsonAsync(Session(session));
        full.GetProperty("placesTaken").GetInt32().ShouldBe(2);
        full.GetProperty("waitlisted").GetInt32().ShouldBe(1);

        var before = await admin.GetJsonAsync($"{Compliance}?year={Year}");
        before.GetProperty("total").GetProperty("pnsCount").GetInt32().ShouldBe(3);
        before.GetProperty("total").GetProperty("pnsMeetingCount").GetInt32().ShouldBe(0);
        before.GetProperty("total").GetProperty("totalJp").GetInt64().ShouldBe(0);
        before.GetProperty("belowMinimumCount").GetInt32().ShouldBe(3);

        var dropped = await (await admin.PostJsonAsync($"{Enrollment(second.Id())}/drop", new { reason = "Tugas dinas luar" })).ShouldBeOkAsync<JsonElement>();

        dropped.GetProperty("enrollment").Status().ShouldBe("Dropped");
        dropped.GetProperty("enrollment").GetProperty("statusReason").GetString().ShouldBe("Tugas dinas luar");
        var promoted = dropped.GetProperty("promoted").EnumerateArray().ShouldHaveSingleItem();
        promoted.Id().ShouldBe(third.Id());
        promoted.Status().ShouldBe("Registered");
        promoted.GetProperty("waitlistPosition").ValueKind.ShouldBe(JsonValueKind.Null);
        (await admin.GetJsonAsync(Enrollment(third.Id()))).Status().ShouldBe("Registered");
        var afterDrop = await admin.GetJsonAsync(Session(session));
        afterDrop.GetProperty("placesTaken").GetInt32().ShouldBe(2);
        afterDrop.GetProperty("waitlisted").GetInt32().ShouldBe(0);

        await admin.SessionStepAsync(session, "start");
        (await admin.AttendAsync(first.Id(), present: 5)).Status().ShouldBe("Attending");
        var sheet = await (await admin.SendWithIfMatchAsync(HttpMethod.Put, $"{Session(session)}/attendance", null, new
        {
            entries = Enumerable.Range(0, DefaultDays).Select(i => new { enrollmentId = third.Id(), date = Start.AddDays(i).ToString("yyyy-MM-dd"), present = i != 2, note = i == 2 ? "Sakit" : null }).ToArray(),
        })).ShouldBeOkAsync<JsonElement>();
        var row = sheet.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("enrollmentId").GetGuid() == third.Id());
        row.GetProperty("daysPresent").GetInt32().ShouldBe(4);
        row.GetProperty("meetsMinimum").GetBoolean().ShouldBeTrue();
        row.GetProperty("days").EnumerateArray().Select(d => d.GetBoolean()).ShouldBe([true, true, false, true, true]);
        sheet.GetProperty("minAttendanceShare").GetDecimal().ShouldBe(0.8m);

        var completion = await admin.CompleteSessionAsync(session);

        completion.GetProperty("completed").GetInt32().ShouldBe(2);
        completion.GetProperty("noShows").GetInt32().ShouldBe(0);
        completion.GetProperty("waitlistClosed").GetInt32().ShouldBe(0);
        completion.GetProperty("belowAttendance").GetArrayLength().ShouldBe(0);
        completion.GetProperty("session").Status().ShouldBe("Completed");

        var aniHours = await admin.GetJsonAsync(LearningHours(ani, Year));
        var entry = aniHours.GetProperty("entries").EnumerateArray().ShouldHaveSingleItem();
        entry.GetProperty("jp").GetInt32().ShouldBe(24);
        entry.GetProperty("title").GetString().ShouldBe("Pelatihan Teknis");
        entry.GetProperty("source").GetString().ShouldBe("Training");
        entry.GetProperty("enrollmentId").GetGuid().ShouldBe(first.Id());
        entry.GetProperty("programId").GetGuid().ShouldBe(program.Id());
        entry.GetProperty("date").GetString().ShouldBe(End.ToString("yyyy-MM-dd"));
        aniHours.GetProperty("totalJp").GetInt32().ShouldBe(24);
        aniHours.GetProperty("minimumJp").GetInt32().ShouldBe(20);
        aniHours.GetProperty("status").GetString().ShouldBe("MeetsMinimum");
        aniHours.GetProperty("shortfall").GetInt32().ShouldBe(0);
        var citraHours = await admin.GetJsonAsync(LearningHours(citra));
        citraHours.GetProperty("totalJp").GetInt32().ShouldBe(24);
        citraHours.GetProperty("status").GetString().ShouldBe("MeetsMinimum");
        var budiHours = await admin.GetJsonAsync(LearningHours(budi, Year));
        budiHours.GetProperty("entries").GetArrayLength().ShouldBe(0);
        budiHours.GetProperty("totalJp").GetInt32().ShouldBe(0);
        budiHours.GetProperty("status").GetString().ShouldBe("BelowMinimum");
        budiHours.GetProperty("shortfall").GetInt32().ShouldBe(20);

        var history = (await admin.GetJsonAsync(EmployeeEnrollments(ani))).EnumerateArray().ShouldHaveSingleItem();
        history.Status().ShouldBe("Completed");
        history.GetProperty("creditedJp").GetInt32().ShouldBe(24);
        history.GetProperty("completedOn").GetString().ShouldBe(End.ToString("yyyy-MM-dd"));

        var after = await admin.GetJsonAsync($"{Compliance}?year={Year}");
        after.GetProperty("total").GetProperty("pnsCount").GetInt32().ShouldBe(3);
        after.GetProperty("total").GetProperty("pnsMeetingCount").GetInt32().ShouldBe(2);
        after.GetProperty("total").GetProperty("pnsBelowCount").GetInt32().ShouldBe(1);
        after.GetProperty("total").GetProperty("withLearningCount").GetInt32().ShouldBe(2);
        after.GetProperty("total").GetProperty("totalJp").GetInt64().ShouldBe(48);
        after.GetProperty("belowMinimumCount").GetInt32().ShouldBe(1);
        var shortfall = after.GetProperty("belowMinimum").EnumerateArray().ShouldHaveSingleItem();
        shortfall.GetProperty("employeeId").GetGuid().ShouldBe(budi);
        shortfall.GetProperty("jp").GetInt32().ShouldBe(0);
        shortfall.GetProperty("shortfall").GetInt32().ShouldBe(20);
        var unit = after.GetProperty("groups").EnumerateArray().ShouldHaveSingleItem();
        unit.GetProperty("unitId").GetGuid().ShouldBe(staff.UnitId);
        unit.GetProperty("pnsMeetingCount").GetInt32().ShouldBe(2);
        unit.GetProperty("pnsShareMeeting").GetDecimal().ShouldBe(0.6667m);
    }
}
