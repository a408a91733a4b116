using System.Net;
using System.Text.Json;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.OrganisationBuilder;
using static AsnCompetency.Api.IntegrationTests.Training.TrainingBuilder;

namespace AsnCompetency.Api.IntegrationTests.Training;

/// <summary>
/// Attendance per meeting day, completion against the agency's minimum attendance share with
/// JP credited to the ledger, the session's completion of everyone at once, and follow-ups.
/// </summary>
public sealed class AttendanceCompletionTests : ApiTestBase
{
    [Test]
    public async Task RecordAttendance_FirstDayPresent_MakesAttendingAndAbsenceOnlyMakesRegisteredAgain()
    {
        using var run = await RunningSessionAsync(participants: 1);

        var attending = await (await run.Admin.PutAttendanceAsync(run.Enrollments[0], (Start, true), (Start.AddDays(1), false))).ShouldBeOkAsync<JsonElement>();

        attending.Status().ShouldBe("Attending");
        attending.GetProperty("daysPresent").GetInt32().ShouldBe(1);
        attending.GetProperty("attendanceShare").GetDecimal().ShouldBe(0.2m);
        attending.GetProperty("attendance").EnumerateArray().Select(a => a.GetProperty("present").GetBoolean()).ShouldBe([true, false]);
        var corrected = await (await run.Admin.PutAttendanceAsync(run.Enrollments[0], (Start, false))).ShouldBeOkAsync<JsonElement>();
        corrected.Status().ShouldBe("Registered");
        corrected.GetProperty("daysPresent").GetInt32().ShouldBe(0);
        corrected.GetProperty("attendance").GetArrayLength().ShouldBe(2);
    }

    [Test]
    public async Task RecordAttendance_NotAMeetingDayOrDuplicateDate_Returns400AndRecordsNothing()
    {
        using var run = await RunningSessionAsync(participants: 1);

        await (await run.Admin.PutAttendanceAsync(run.Enrollments[0], (Start, true), (End.AddDays(1), true))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "days[1].date");
        await (await run.Admin.PutAttendanceAsync(run.Enrollments[0], (Start, true), (Start, false))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "days");
        await (await run.Admin.PutAttendanceAsync(run.Enrollments[0])).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "days");

        var enrollment = await run.Admin.GetJsonAsync(Enrollment(run.Enrollments[0]));
        enrollment.GetProperty("attendance").GetArrayLength().ShouldBe(0);
        enrollment.Status().ShouldBe("Registered");
    }

    [Test]
    public async Task RecordAttendance_PlannedSession_Returns409()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "DINKES", 1);
        var program = (await admin.CreateProgramAsync("TEKNIS-01")).Id();
        var session = (await admin.CreateSessionAsync(program, "ANGKATAN-1")).Id();
        var enrollment = (await admin.EnrolAsync(session, staff[0])).Id();

        await (await admin.PutAttendanceAsync(enrollment, (Start, true))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task RecordAttendanceSheet_OneWrongCell_RecordsNoneAndNamesTheCell()
    {
        using var run = await RunningSessionAsync(participants: 2);

        var response = await run.Admin.SendWithIfMatchAsync(HttpMethod.Put, $"{Session(run.SessionId)}/attendance", null, new
        {
            entries = new object[]
            {
                new { enrollmentId = run.Enrollments[0], date = Start.ToString("yyyy-MM-dd"), present = true },
                new { enrollmentId = Guid.NewGuid(), date = Start.ToString("yyyy-MM-dd"), present = true },
            },
        });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "entries[1].enrollmentId");
        var sheet = await run.Admin.GetJsonAsync($"{Session(run.SessionId)}/attendance");
        sheet.GetProperty("rows").EnumerateArray().SelectMany(r => r.GetProperty("days").EnumerateArray()).ShouldAllBe(d => d.ValueKind == JsonValueKind.Null);
        sheet.GetProperty("meetingDays").GetArrayLength().ShouldBe(DefaultDays);
        await (await run.Admin.SendWithIfMatchAsync(HttpMethod.Put, $"{Session(run.SessionId)}/attendance", null, new
        {
            entries = new[] { new { enrollmentId = run.Enrollments[0], date = End.AddDays(3).ToString("yyyy-MM-dd"), present = true } },
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "entries[0].date");
    }

    [Test]
    public async Task Complete_EnoughAttendance_CreditsTheProgrammesJpWithTheCertificate()
    {
        using var run = await RunningSessionAsync(participants: 1, jp: 32);
        await run.Admin.AttendAsync(run.Enrollments[0], present: 4);

        var response = await run.Admin.PostCompleteAsync(run.Enrollments[0], new { completedOn = End.AddDays(3).ToString("yyyy-MM-dd"), certificateNumber = " STTPP-001 " });

        var completed = await response.ShouldBeOkAsync<JsonElement>();
        completed.Status().ShouldBe("Completed");
        completed.GetProperty("creditedJp").GetInt32().ShouldBe(32);
        completed.GetProperty("certificateNumber").GetString().ShouldBe("STTPP-001");
        completed.GetProperty("completedOn").GetString().ShouldBe(End.AddDays(3).ToString("yyyy-MM-dd"));
        completed.GetProperty("attendanceShare").GetDecimal().ShouldBe(0.8m);
        completed.GetProperty("eTag").GetString().ShouldBe(response.ETagOf());
        var entry = (await run.Admin.GetJsonAsync(LearningHours(run.Staff[0]))).GetProperty("entries").EnumerateArray().ShouldHaveSingleItem();
        entry.GetProperty("jp").GetInt32().ShouldBe(32);
        entry.GetProperty("certificateNumber").GetString().ShouldBe("STTPP-001");
        entry.GetProperty("provider").GetString().ShouldBe("BPSDM Provinsi");
        entry.GetProperty("date").GetString().ShouldBe(End.AddDays(3).ToString("yyyy-MM-dd"));
    }

    [Test]
    public async Task Complete_BelowTheMinimumShare_Returns409StatingTheRule()
    {
        using var run = await RunningSessionAsync(participants: 1);
        await run.Admin.AttendAsync(run.Enrollments[0], present: 3);

        var response = await run.Admin.PostCompleteAsync(run.Enrollments[0]);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.Detail().ShouldContain("80%");
        problem.Detail().ShouldContain("3 of 5");
        problem.Detail().ShouldContain("60%");
        (await run.Admin.GetJsonAsync(Enrollment(run.Enrollments[0]))).Status().ShouldBe("Attending");
        (await run.Admin.GetJsonAsync(LearningHours(run.Staff[0]))).GetProperty("entries").GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task Complete_AgencyLoweredTheMinimum_CompletesAtTheLowerShare()
    {
        using var run = await RunningSessionAsync(participants: 2);
        await run.Admin.SetTrainingRulesAsync(minAttendanceShare: 0.6m);
        await run.Admin.AttendAsync(run.Enrollments[0], present: 3);
        await run.Admin.AttendAsync(run.Enrollments[1], present: 2);

        (await (await run.Admin.PostCompleteAsync(run.Enrollments[0])).ShouldBeOkAsync<JsonElement>()).Status().ShouldBe("Completed");
        (await (await run.Admin.PostCompleteAsync(run.Enrollments[1])).ShouldBeProblemAsync(HttpStatusCode.Conflict)).Detail().ShouldContain("60%");
        (await run.Admin.GetJsonAsync($"{Session(run.SessionId)}/attendance")).GetProperty("minAttendanceShare").GetDecimal().ShouldBe(0.6m);
    }

    [Test]
    public async Task Complete_Twice_AnswersTheSameAndCreditsOnce()
    {
        using var run = await RunningSessionAsync(participants: 1);
        await run.Admin.AttendAsync(run.Enrollments[0], present: 5);
        var first = await (await run.Admin.PostCompleteAsync(run.Enrollments[0])).ShouldBeOkAsync<JsonElement>();

        var second = await (await run.Admin.PostCompleteAsync(run.Enrollments[0])).ShouldBeOkAsync<JsonElement>();

        second.Status().ShouldBe("Completed");
        second.GetProperty("completedOn").GetString().ShouldBe(first.GetProperty("completedOn").GetString());
        second.GetProperty("creditedJp").GetInt32().ShouldBe(first.GetProperty("creditedJp").GetInt32());
        second.GetProperty("eTag").GetString().ShouldBe(first.GetProperty("eTag").GetString());
        var hours = await run.Admin.GetJsonAsync(LearningHours(run.Staff[0]));
        hours.GetProperty("entries").GetArrayLength().ShouldBe(1);
        hours.GetProperty("totalJp").GetInt32().ShouldBe(24);

        await (await run.Admin.PostCompleteAsync(run.Enrollments[0], new { completedOn = End.AddDays(1).ToString("yyyy-MM-dd") }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "completedOn");
        var withCertificate = await (await run.Admin.PostCompleteAsync(run.Enrollments[0], new { certificateNumber = "STTPP-2" })).ShouldBeOkAsync<JsonElement>();
        withCertificate.GetProperty("certificateNumber").GetString().ShouldBe("STTPP-2");
        var entry = (await run.Admin.GetJsonAsync(LearningHours(run.Staff[0]))).GetProperty("entries").EnumerateArray().ShouldHaveSingleItem();
        entry.GetProperty("certificateNumber").GetString().ShouldBe("STTPP-2");
    }

    [Test]
    public async Task Complete_BeforeTheSessionStartsOrInAnOpenSession_IsRefused()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "DINKES", 1);
        var program = (await admin.CreateProgramAsync("TEKNIS-01")).Id();
        var session = await admin.OpenSessionAsync(program, "ANGKATAN-1");
        var enrollment = (await admin.EnrolAsync(session, staff[0])).Id();
        await admin.AttendAsync(enrollment, present: 5);

        await (await admin.PostCompleteAsync(enrollment, new { completedOn = Start.AddDays(-1).ToString("yyyy-MM-dd") }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "completedOn");
        (await (await admin.PostCompleteAsync(enrollment)).ShouldBeOkAsync<JsonElement>()).Status().ShouldBe("Completed");
    }

    [Test]
    public async Task CompleteSession_CompletesEnoughAttendance_MarksNoShows_ClosesTheWaitlist_ListsTheRest()
    {
        using var run = await RunningSessionAsync(participants: 4, capacity: 3);
        await run.Admin.AttendAsync(run.Enrollments[0], present: 5);
        await run.Admin.AttendAsync(run.Enrollments[2], present: 2);

        var completion = await run.Admin.CompleteSessionAsync(run.SessionId);

        completion.GetProperty("completed").GetInt32().ShouldBe(1);
        completion.GetProperty("noShows").GetInt32().ShouldBe(1);
        completion.GetProperty("waitlistClosed").GetInt32().ShouldBe(1);
        completion.GetProperty("belowAttendance").EnumerateArray().ShouldHaveSingleItem().Id().ShouldBe(run.Staff[2]);
        completion.GetProperty("session").Status().ShouldBe("Completed");
        completion.GetProperty("session").GetProperty("waitlisted").GetInt32().ShouldBe(0);
        var statuses = (await run.Admin.GetJsonAsync(SessionEnrollments(run.SessionId))).PageItems().Select(e => e.Status());
        statuses.ShouldBe(["Completed", "NoShow", "Attending", "Dropped"]);
        (await run.Admin.GetJsonAsync(LearningHours(run.Staff[0]))).GetProperty("totalJp").GetInt32().ShouldBe(24);
        (await run.Admin.GetJsonAsync(LearningHours(run.Staff[2]))).GetProperty("totalJp").GetInt32().ShouldBe(0);

        // The one below the minimum is left for an admin: still refused until attendance is corrected.
        (await (await run.Admin.PostCompleteAsync(run.Enrollments[2])).ShouldBeProblemAsync(HttpStatusCode.Conflict)).Detail().ShouldContain("80%");
        await run.Admin.AttendAsync(run.Enrollments[2], present: 4);
        (await (await run.Admin.PostCompleteAsync(run.Enrollments[2])).ShouldBeOkAsync<JsonElement>()).GetProperty("creditedJp").GetInt32().ShouldBe(24);
    }

    [Test]
    public async Task CompleteSession_WithoutParticipants_LeavesTheParticipantsButClosesTheWaitlist()
    {
        using var run = await RunningSessionAsync(participants: 2, capacity: 1);
        await run.Admin.AttendAsync(run.Enrollments[0], present: 5);

        var completion = await run.Admin.CompleteSessionAsync(run.SessionId, completeParticipants: false);

        completion.GetProperty("completed").GetInt32().ShouldBe(0);
        completion.GetProperty("session").Status().ShouldBe("Completed");
        completion.GetProperty("waitlistClosed").GetInt32().ShouldBe(1);
        (await run.Admin.GetJsonAsync(SessionEnrollments(run.SessionId))).PageItems().Select(e => e.Status()).ShouldBe(["Attending", "Dropped"]);
        (await (await run.Admin.PostCompleteAsync(run.Enrollments[0])).ShouldBeOkAsync<JsonElement>()).Status().ShouldBe("Completed");
    }

    [Test]
    public async Task Complete_ConversionProgrammeInANationalSession_CreditsEachParticipantByTheirAgencysTable()
    {
        using var sysadmin = await SignInAsync("sysadmin");
        using var lamselAdmin = await SignInAsync("admin.kalianda");
        using var alakAdmin = await SignInAsync("admin.alak");
        var lamsel = await lamselAdmin.StaffAsync(await lamselAdmin.AgencyIdAsync(), "DINKES", 1, firstIndex: 1);
        var alak = await alakAdmin.StaffAsync(await alakAdmin.AgencyIdAsync(), "KELURAHAN", 1, firstIndex: 100);
        await lamselAdmin.SetTrainingRulesAsync(conversions: [("Coaching", 4)]);
        var program = await sysadmin.CreateProgramAsync("COACHING-NAS", "Coaching", jp: null);
        program.GetProperty("jp").GetInt32().ShouldBe(2);
        var session = await sysadmin.OpenSessionAsync(program.Id(), "SESI-1");
        var lamselEnrollment = (await lamselAdmin.EnrolAsync(session, lamsel[0])).Id();
        var alakEnrollment = (await alakAdmin.EnrolAsync(session, alak[0])).Id();
        await sysadmin.SessionStepAsync(session, "start");
        await lamselAdmin.AttendAsync(lamselEnrollment, present: 5);
        await alakAdmin.AttendAsync(alakEnrollment, present: 5);

        (await sysadmin.CompleteSessionAsync(session)).GetProperty("completed").GetInt32().ShouldBe(2);

        (await lamselAdmin.GetJsonAsync(Enrollment(lamselEnrollment))).GetProperty("creditedJp").GetInt32().ShouldBe(4);
        (await alakAdmin.GetJsonAsync(Enrollment(alakEnrollment))).GetProperty("creditedJp").GetInt32().ShouldBe(2);
        (await lamselAdmin.GetJsonAsync(LearningHours(lamsel[0]))).GetProperty("totalJp").GetInt32().ShouldBe(4);
        (await alakAdmin.GetJsonAsync(LearningHours(alak[0]))).GetProperty("totalJp").GetInt32().ShouldBe(2);
    }

    [Test]
    public async Task AttendanceSheet_NationalSession_JudgesEachParticipantByTheMinimumTheirCompletionUses()
    {
        using var sysadmin = await SignInAsync("sysadmin");
        using var admin = await SignInAsync("admin.kalianda");
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "DINKES", 1);
        await admin.SetTrainingRulesAsync(minAttendanceShare: 0.6m);
        var program = (await sysadmin.CreateProgramAsync("NASIONAL-01")).Id();
        var session = await sysadmin.OpenSessionAsync(program, "NAS-1");
        var enrollment = (await admin.EnrolAsync(session, staff[0])).Id();
        await sysadmin.SessionStepAsync(session, "start");
        await admin.AttendAsync(enrollment, present: 3);

        var row = (await admin.GetJsonAsync($"{Session(session)}/attendance")).GetProperty("rows").EnumerateArray().ShouldHaveSingleItem();

        // LAMSEL's 60% lets this participant complete (below), so the sheet should not flag them as short.
        row.GetProperty("meetsMinimum").GetBoolean().ShouldBeTrue();
        (await (await admin.PostCompleteAsync(enrollment)).ShouldBeOkAsync<JsonElement>()).Status().ShouldBe("Completed");
    }

    [Test]
    public async Task FollowUp_BeforeCompletion_Returns409AndAfterIsListed()
    {
        using var run = await RunningSessionAsync(participants: 2);
        await run.Admin.AttendAsync(run.Enrollments[0], present: 5);
        var url = $"{Enrollment(run.Enrollments[0])}/follow-ups";
        var body = new { date = End.AddDays(30).ToString("yyyy-MM-dd"), kind = "Mentoring", mentorEmployeeId = run.Staff[1], notes = "Diskusi rencana aksi" };

        await (await run.Admin.PostJsonAsync(url, body)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await run.Admin.PostCompleteAsync(run.Enrollments[0])).ShouldBeOkAsync<JsonElement>();

        var response = await run.Admin.PostJsonAsync(url, body);

        var followUp = await response.ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        followUp.GetProperty("kind").GetString().ShouldBe("Mentoring");
        followUp.GetProperty("mentorEmployeeId").GetGuid().ShouldBe(run.Staff[1]);
        followUp.GetProperty("enrollmentId").GetGuid().ShouldBe(run.Enrollments[0]);
        (await run.Admin.GetJsonAsync(url)).EnumerateArray().ShouldHaveSingleItem().Id().ShouldBe(followUp.Id());
        (await run.Admin.GetJsonAsync(Enrollment(run.Enrollments[0]))).GetProperty("followUps").GetArrayLength().ShouldBe(1);
        await (await run.Admin.PostJsonAsync(url, new { date = Start.ToString("yyyy-MM-dd"), kind = "Coaching" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "date");
        await (await run.Admin.PostJsonAsync(url, new { date = End.AddDays(31).ToString("yyyy-MM-dd"), kind = "Gossip" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await run.Admin.PostJsonAsync(url, new { date = End.AddDays(31).ToString("yyyy-MM-dd"), kind = "Other", mentorEmployeeId = Guid.NewGuid() }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "mentorEmployeeId");
    }

    /// <summary>A running LAMSEL session of five meeting days with participants enrolled in order (the first <paramref name="capacity"/> get places).</summary>
    private static async Task<RunningSession> RunningSessionAsync(int participants, int capacity = 20, int jp = 24)
    {
        var admin = await SignInAsync("admin.kalianda");
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "DINKES", participants);
        var program = (await admin.CreateProgramAsync("TEKNIS-01", jp: jp)).Id();
        var session = await admin.OpenSessionAsync(program, "ANGKATAN-1", capacity: capacity);
        var enrollments = new List<Guid>();
        foreach (var employee in staff.Employees)
        {
            enrollments.Add((await admin.EnrolAsync(session, employee)).Id());
        }

        await admin.SessionStepAsync(session, "start");
        return new RunningSession(admin, session, staff, enrollments);
    }

    private sealed record RunningSession(HttpClient Admin, Guid SessionId, Staff Staff, IReadOnlyList<Guid> Enrollments) : IDisposable
    {
        public void Dispose() => Admin.Dispose();
    }
}
