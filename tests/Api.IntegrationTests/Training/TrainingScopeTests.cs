using System.Net;
using System.Text.Json;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.OrganisationBuilder;
using static AsnCompetency.Api.IntegrationTests.Training.TrainingBuilder;

namespace AsnCompetency.Api.IntegrationTests.Training;

/// <summary>
/// Who sees and changes training data: national programmes and sessions serve every agency, an
/// agency's own only that agency; enrolments and the ledger follow the employee; an Employee
/// user sees only their own; analysts read; assessors take attendance and follow-ups.
/// </summary>
public sealed class TrainingScopeTests : ApiTestBase
{
    [Test]
    public async Task OtherAgencysAdmin_ReadsOfOurTrainingData_Return404()
    {
        var lamsel = await LamselTrainingAsync();
        using var alak = await SignInAsync("admin.alak");

        // GET /training-sessions/{id} and the session list are covered by the BUG tests below.
        foreach (var url in ReadUrls(lamsel).Where(u => u != Session(lamsel.SessionId)))
        {
            await (await alak.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        (await alak.GetJsonAsync(Programs)).GetProperty("totalCount").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task GetSession_OtherAgencysSession_Returns404()
    {
        var lamsel = await LamselTrainingAsync();
        using var alak = await SignInAsync("admin.alak");

        await (await alak.GetAsync(Session(lamsel.SessionId))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ListSessions_AsOtherAgencysAdmin_DoesNotIncludeOurSessions()
    {
        var lamsel = await LamselTrainingAsync();
        using var alak = await SignInAsync("admin.alak");

        (await alak.GetJsonAsync(Sessions)).GetProperty("totalCount").GetInt32().ShouldBe(0);
        (await alak.GetJsonAsync($"{Sessions}?agencyId={lamsel.AgencyId}")).GetProperty("totalCount").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task OtherAgencysAdmin_ChangesToOurTrainingData_Return404AndChangeNothing()
    {
        var lamsel = await LamselTrainingAsync();
        using var alak = await SignInAsync("admin.alak");
        var alakStaff = await alak.StaffAsync(await alak.AgencyIdAsync(), "KELURAHAN", 1, firstIndex: 100);

        var changes = new (HttpMethod Method, string Url, object? Body)[]
        {
            (HttpMethod.Put, Program(lamsel.ProgramId), new { title = "Diambil alih", form = "Technical", jp = 1 }),
            (HttpMethod.Post, $"{Program(lamsel.ProgramId)}/deactivate", null),
            (HttpMethod.Put, Session(lamsel.SessionId), SessionBody(lamsel.ProgramId, "ANGKATAN-1", capacity: 1)),
            (HttpMethod.Post, $"{Session(lamsel.SessionId)}/start", null),
            (HttpMethod.Post, $"{Session(lamsel.SessionId)}/cancel", new { reason = "Diambil alih" }),
            (HttpMethod.Post, $"{Session(lamsel.SessionId)}/complete", new { }),
            (HttpMethod.Post, SessionEnrollments(lamsel.SessionId), new { employeeId = alakStaff[0] }),
            (HttpMethod.Post, $"{SessionEnrollments(lamsel.SessionId)}/batch", new { employeeIds = new[] { alakStaff[0] } }),
            (HttpMethod.Put, $"{Session(lamsel.SessionId)}/attendance", new { entries = new[] { new { enrollmentId = lamsel.EnrollmentId, date = Start.ToString("yyyy-MM-dd"), present = false } } }),
            (HttpMethod.Post, $"{Enrollment(lamsel.EnrollmentId)}/drop", new { }),
            (HttpMethod.Post, $"{Enrollment(lamsel.EnrollmentId)}/no-show", null),
            (HttpMethod.Put, $"{Enrollment(lamsel.EnrollmentId)}/attendance", new { days = new[] { new { date = Start.ToString("yyyy-MM-dd"), present = false } } }),
            (HttpMethod.Post, $"{Enrollment(lamsel.EnrollmentId)}/complete", new { }),
            (HttpMethod.Post, $"{Enrollment(lamsel.EnrollmentId)}/follow-ups", new { date = End.ToString("yyyy-MM-dd"), kind = "Other" }),
            (HttpMethod.Post, LearningHours(lamsel.EmployeeId), ExternalBody(jp: 5)),
        };
        foreach (var (method, url, body) in changes)
        {
            (await alak.SendWithIfMatchAsync(method, url, null, body)).StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{method} {url}");
        }

        using var admin = await SignInAsync("admin.kalianda");
        (await admin.GetJsonAsync(Program(lamsel.ProgramId))).GetProperty("title").GetString().ShouldBe("Pelatihan Teknis");
        var session = await admin.GetJsonAsync(Session(lamsel.SessionId));
        session.Status().ShouldBe("Open");
        session.GetProperty("capacity").GetInt32().ShouldBe(2);
        var enrollment = await admin.GetJsonAsync(Enrollment(lamsel.EnrollmentId));
        enrollment.Status().ShouldBe("Registered");
        enrollment.GetProperty("attendance").GetArrayLength().ShouldBe(0);
        (await admin.GetJsonAsync(LearningHours(lamsel.EmployeeId))).GetProperty("entries").GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task OtherAgencysAdmin_CannotEnrolOurStaffInANationalSession()
    {
        var lamsel = await LamselTrainingAsync();
        using var sysadmin = await SignInAsync("sysadmin");
        using var alak = await SignInAsync("admin.alak");
        var national = (await sysadmin.CreateProgramAsync("NASIONAL-01")).Id();
        var session = await sysadmin.OpenSessionAsync(national, "NAS-1", startDate: End.AddDays(10), endDate: End.AddDays(11));

        await (await alak.PostEnrolAsync(session, lamsel.OtherEmployeeId)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "employeeId");
        await (await alak.PostJsonAsync($"{SessionEnrollments(session)}/batch", new { employeeIds = new[] { lamsel.OtherEmployeeId } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "employeeIds[0]");

        (await sysadmin.GetJsonAsync(SessionEnrollments(session))).GetProperty("totalCount").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task AgencySession_TakesOnlyTheAgencysOwnStaff()
    {
        var lamsel = await LamselTrainingAsync();
        using var sysadmin = await SignInAsync("sysadmin");
        using var alak = await SignInAsync("admin.alak");
        var alakStaff = await alak.StaffAsync(await alak.AgencyIdAsync(), "KELURAHAN", 1, firstIndex: 100);

        var response = await sysadmin.PostEnrolAsync(lamsel.SessionId, alakStaff[0]);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "employeeId");
        (await sysadmin.GetJsonAsync(Session(lamsel.SessionId))).GetProperty("placesTaken").GetInt32().ShouldBe(1);
    }

    [Test]
    public async Task AgencyAdmin_SchedulesSessionsOfNationalOrOwnProgrammesOnly()
    {
        var lamsel = await LamselTrainingAsync();
        using var sysadmin = await SignInAsync("sysadmin");
        using var alak = await SignInAsync("admin.alak");
        var national = (await sysadmin.CreateProgramAsync("NASIONAL-01")).Id();

        var own = await alak.CreateSessionAsync(national, "ALAK-1");

        own.GetProperty("agencyId").GetGuid().ShouldBe(await alak.AgencyIdAsync());
        await (await alak.PostJsonAsync(Sessions, SessionBody(lamsel.ProgramId, "ALAK-2"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "programId");
        await (await alak.PostJsonAsync(Sessions, SessionBody(national, "ALAK-3", agencyId: lamsel.AgencyId))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await sysadmin.PostJsonAsync(Sessions, SessionBody(lamsel.ProgramId, "NAS-X"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "programId");
        using var admin = await SignInAsync("admin.kalianda");
        await (await admin.PostEnrolAsync(own.Id(), lamsel.OtherEmployeeId)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task NationalSession_ChangedOnlyBySysadmin()
    {
        using var sysadmin = await SignInAsync("sysadmin");
        using var admin = await SignInAsync("admin.kalianda");
        var national = (await sysadmin.CreateProgramAsync("NASIONAL-01")).Id();
        var session = (await sysadmin.CreateSessionAsync(national, "NAS-1")).Id();

        await (await admin.SendWithIfMatchAsync(HttpMethod.Put, Session(session), null, SessionBody(national, "NAS-1", capacity: 2))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.PostAsync($"{Session(session)}/open", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.PostJsonAsync($"{Session(session)}/cancel", new { reason = "Bukan milik kami" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await sysadmin.SessionStepAsync(session, "open")).Status().ShouldBe("Open");
    }

    [Test]
    public async Task NationalSession_EachAgencySeesOwnParticipantsAndPlacesCountEveryone()
    {
        using var sysadmin = await SignInAsync("sysadmin");
        using var lamselAdmin = await SignInAsync("admin.kalianda");
        using var alakAdmin = await SignInAsync("admin.alak");
        var lamsel = await lamselAdmin.StaffAsync(await lamselAdmin.AgencyIdAsync(), "DINKES", 2, firstIndex: 1);
        var alak = await alakAdmin.StaffAsync(await alakAdmin.AgencyIdAsync(), "KELURAHAN", 2, firstIndex: 100);
        var program = (await sysadmin.CreateProgramAsync("NASIONAL-01")).Id();
        var session = await sysadmin.OpenSessionAsync(program, "NAS-1", capacity: 3);
        var lamselFirst = await lamselAdmin.EnrolAsync(session, lamsel[0]);
        await alakAdmin.EnrolAsync(session, alak[0]);
        await lamselAdmin.EnrolAsync(session, lamsel[1]);
        var alakWaiting = await alakAdmin.EnrolAsync(session, alak[1]);
        alakWaiting.Status().ShouldBe("Waitlisted");
        alakWaiting.GetProperty("waitlistPosition").GetInt32().ShouldBe(1);

        var lamselView = await lamselAdmin.GetJsonAsync(SessionEnrollments(session));
        var alakView = await alakAdmin.GetJsonAsync(SessionEnrollments(session));

        lamselView.PageItems().Select(e => e.EmployeeOf()).ShouldBe([lamsel[0], lamsel[1]]);
        lamselView.GetProperty("totalCount").GetInt32().ShouldBe(2);
        alakView.PageItems().Select(e => e.EmployeeOf()).ShouldBe([alak[0], alak[1]]);
        (await sysadmin.GetJsonAsync(SessionEnrollments(session))).GetProperty("totalCount").GetInt32().ShouldBe(4);
        foreach (var client in new[] { lamselAdmin, alakAdmin, sysadmin })
        {
            var seen = await client.GetJsonAsync(Session(session));
            seen.GetProperty("placesTaken").GetInt32().ShouldBe(3);
            seen.GetProperty("waitlisted").GetInt32().ShouldBe(1);
            (await client.GetJsonAsync($"{Sessions}?programId={program}")).PageItems().ShouldHaveSingleItem().GetProperty("placesTaken").GetInt32().ShouldBe(3);
        }

        // LAMSEL's drop frees a place for ALAK's waiting person, who is not LAMSEL's to see.
        var dropped = await (await lamselAdmin.PostJsonAsync($"{Enrollment(lamselFirst.Id())}/drop", new { reason = "Mutasi" })).ShouldBeOkAsync<JsonElement>();

        dropped.GetProperty("promoted").GetArrayLength().ShouldBe(0);
        (await alakAdmin.GetJsonAsync(Enrollment(alakWaiting.Id()))).Status().ShouldBe("Registered");
        await (await lamselAdmin.GetAsync(Enrollment(alakWaiting.Id()))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await lamselAdmin.GetJsonAsync(Session(session))).GetProperty("placesTaken").GetInt32().ShouldBe(3);
        var sheet = await alakAdmin.GetJsonAsync($"{Session(session)}/attendance");
        sheet.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("employee").Id()).ShouldBe([alak[0], alak[1]], ignoreOrder: true);
    }

    [Test]
    public async Task Employee_SeesOnlyOwnEnrolmentsAndLedger()
    {
        var lamsel = await LamselTrainingAsync();
        await LinkUserToEmployeeAsync("pegawai.kalianda", lamsel.EmployeeId);
        using var admin = await SignInAsync("admin.kalianda");
        var other = (await admin.EnrolAsync(lamsel.SessionId, lamsel.OtherEmployeeId)).Id();
        await admin.RecordExternalAsync(lamsel.EmployeeId, jp: 6);
        await admin.RecordExternalAsync(lamsel.OtherEmployeeId, jp: 9);
        using var employee = await SignInAsync("pegawai.kalianda");

        (await employee.GetJsonAsync(Enrollment(lamsel.EnrollmentId))).EmployeeOf().ShouldBe(lamsel.EmployeeId);
        (await employee.GetJsonAsync(EmployeeEnrollments(lamsel.EmployeeId))).EnumerateArray().ShouldHaveSingleItem().Id().ShouldBe(lamsel.EnrollmentId);
        (await employee.GetJsonAsync(LearningHours(lamsel.EmployeeId))).GetProperty("totalJp").GetInt32().ShouldBe(6);
        (await employee.GetJsonAsync(SessionEnrollments(lamsel.SessionId))).PageItems().Select(e => e.Id()).ShouldBe([lamsel.EnrollmentId]);
        (await employee.GetJsonAsync($"{Enrollment(lamsel.EnrollmentId)}/follow-ups")).GetArrayLength().ShouldBe(0);
        (await employee.GetJsonAsync(Session(lamsel.SessionId))).GetProperty("placesTaken").GetInt32().ShouldBe(2);
        (await employee.GetJsonAsync(Program(lamsel.ProgramId))).GetProperty("code").GetString().ShouldBe("TEKNIS-01");

        await (await employee.GetAsync(Enrollment(other))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await employee.GetAsync($"{Enrollment(other)}/follow-ups")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await employee.GetAsync(EmployeeEnrollments(lamsel.OtherEmployeeId))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await employee.GetAsync(LearningHours(lamsel.OtherEmployeeId))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await employee.GetAsync($"{Session(lamsel.SessionId)}/attendance")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await employee.GetAsync(Compliance)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Employee_Writes_Return403()
    {
        var lamsel = await LamselTrainingAsync();
        await LinkUserToEmployeeAsync("pegawai.kalianda", lamsel.EmployeeId);
        using var employee = await SignInAsync("pegawai.kalianda");

        foreach (var (method, url, body) in WriteRequests(lamsel, includeAttendanceAndFollowUps: true))
        {
            (await employee.SendWithIfMatchAsync(method, url, null, body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{method} {url}");
        }

        await AssertUnchangedAsync(lamsel);
    }

    [Test]
    public async Task Analyst_ReadsButWrites_Return403()
    {
        var lamsel = await LamselTrainingAsync();
        using var analyst = await SignInAsync("analis.kalianda");

        foreach (var url in ReadUrls(lamsel))
        {
            (await analyst.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK, url);
        }

        (await analyst.GetJsonAsync($"{Compliance}?year={Year}")).GetProperty("total").GetProperty("headcount").GetInt32().ShouldBe(2);
        foreach (var (method, url, body) in WriteRequests(lamsel, includeAttendanceAndFollowUps: true))
        {
            (await analyst.SendWithIfMatchAsync(method, url, null, body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{method} {url}");
        }

        await AssertUnchangedAsync(lamsel);
    }

    [Test]
    public async Task Assessor_RecordsAttendanceAndFollowUpsButCannotEnrolOrComplete()
    {
        var lamsel = await LamselTrainingAsync();
        using var admin = await SignInAsync("admin.kalianda");
        await admin.SessionStepAsync(lamsel.SessionId, "start");
        using var assessor = await SignInAsync("asesor.kalianda");

        foreach (var (method, url, body) in WriteRequests(lamsel, includeAttendanceAndFollowUps: false))
        {
            (await assessor.SendWithIfMatchAsync(method, url, null, body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{method} {url}");
        }

        await (await assessor.GetAsync(Compliance)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await assessor.AttendAsync(lamsel.EnrollmentId, present: 4)).Status().ShouldBe("Attending");
        var sheet = await (await assessor.SendWithIfMatchAsync(HttpMethod.Put, $"{Session(lamsel.SessionId)}/attendance", null, new
        {
            entries = new[] { new { enrollmentId = lamsel.EnrollmentId, date = End.ToString("yyyy-MM-dd"), present = true } },
        })).ShouldBeOkAsync<JsonElement>();
        sheet.GetProperty("rows").EnumerateArray().ShouldHaveSingleItem().GetProperty("daysPresent").GetInt32().ShouldBe(5);
        await (await assessor.PostCompleteAsync(lamsel.EnrollmentId)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await assessor.PostJsonAsync($"{Session(lamsel.SessionId)}/complete", new { })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        await (await admin.PostCompleteAsync(lamsel.EnrollmentId)).ShouldBeOkAsync<JsonElement>();
        var followUp = await (await assessor.PostJsonAsync($"{Enrollment(lamsel.EnrollmentId)}/follow-ups", new
        {
            date = End.AddDays(14).ToString("yyyy-MM-dd"),
            kind = "WorkplaceObservation",
            mentorName = "Dr. Sari (eksternal)",
            notes = "Penerapan di puskesmas",
        })).ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        followUp.GetProperty("mentorName").GetString().ShouldBe("Dr. Sari (eksternal)");
        (await admin.GetJsonAsync($"{Enrollment(lamsel.EnrollmentId)}/follow-ups")).GetArrayLength().ShouldBe(1);
    }

    [Test]
    public async Task OtherAgencysAdmin_CannotRecordOurAttendanceInANationalSession()
    {
        var lamsel = await LamselTrainingAsync();
        using var sysadmin = await SignInAsync("sysadmin");
        var national = (await sysadmin.CreateProgramAsync("NASIONAL-01")).Id();
        var session = await sysadmin.OpenSessionAsync(national, "NAS-1", startDate: End.AddDays(10), endDate: End.AddDays(11));
        using var admin = await SignInAsync("admin.kalianda");
        var enrollment = (await admin.EnrolAsync(session, lamsel.OtherEmployeeId)).Id();
        await sysadmin.SessionStepAsync(session, "start");
        using var alak = await SignInAsync("admin.alak");

        await (await alak.PutAttendanceAsync(enrollment, (End.AddDays(10), true))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await alak.SendWithIfMatchAsync(HttpMethod.Put, $"{Session(session)}/attendance", null, new
        {
            entries = new[] { new { enrollmentId = enrollment, date = End.AddDays(10).ToString("yyyy-MM-dd"), present = true } },
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "entries[0].enrollmentId");
        (await admin.GetJsonAsync(Enrollment(enrollment))).GetProperty("attendance").GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task Compliance_AgencyAdminSeesOnlyOwnAgencyAndSysadminSeesAll()
    {
        using var lamselAdmin = await SignInAsync("admin.kalianda");
        using var alakAdmin = await SignInAsync("admin.alak");
        using var sysadmin = await SignInAsync("sysadmin");
        using var nationalAnalyst = await SignInAsync("analis.nasional");
        await lamselAdmin.StaffAsync(await lamselAdmin.AgencyIdAsync(), "DINKES", 2, firstIndex: 1);
        var alak = await alakAdmin.StaffAsync(await alakAdmin.AgencyIdAsync(), "KELURAHAN", 1, firstIndex: 100);
        await alakAdmin.RecordExternalAsync(alak[0], jp: 25);

        (await lamselAdmin.GetJsonAsync($"{Compliance}?year={Year}")).GetProperty("total").GetProperty("headcount").GetInt32().ShouldBe(2);
        await (await lamselAdmin.GetAsync($"{Compliance}?agencyId={alak.AgencyId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var all = await sysadmin.GetJsonAsync($"{Compliance}?year={Year}&groupBy=Agency");
        all.GetProperty("total").GetProperty("headcount").GetInt32().ShouldBe(3);
        all.GetProperty("total").GetProperty("pnsMeetingCount").GetInt32().ShouldBe(1);
        all.GetProperty("groups").GetArrayLength().ShouldBe(2);
        var alakOnly = await nationalAnalyst.GetJsonAsync($"{Compliance}?year={Year}&agencyId={alak.AgencyId}");
        alakOnly.GetProperty("total").GetProperty("headcount").GetInt32().ShouldBe(1);
        alakOnly.GetProperty("belowMinimumCount").GetInt32().ShouldBe(0);
    }

    private static IEnumerable<string> ReadUrls(LamselTraining lamsel) =>
    [
        Program(lamsel.ProgramId),
        Session(lamsel.SessionId),
        SessionEnrollments(lamsel.SessionId),
        $"{Session(lamsel.SessionId)}/attendance",
        Enrollment(lamsel.EnrollmentId),
        $"{Enrollment(lamsel.EnrollmentId)}/follow-ups",
        LearningHours(lamsel.EmployeeId),
        EmployeeEnrollments(lamsel.EmployeeId),
    ];

    /// <summary>Every write of the training endpoints on LAMSEL's data; attendance and follow-ups only when asked.</summary>
    private static IEnumerable<(HttpMethod Method, string Url, object? Body)> WriteRequests(LamselTraining lamsel, bool includeAttendanceAndFollowUps)
    {
        yield return (HttpMethod.Post, Programs, ProgramBody("BARU"));
        yield return (HttpMethod.Put, Program(lamsel.ProgramId), new { title = "Diubah", form = "Technical", jp = 1 });
        yield return (HttpMethod.Post, $"{Program(lamsel.ProgramId)}/deactivate", null);
        yield return (HttpMethod.Post, $"{Program(lamsel.ProgramId)}/activate", null);
        yield return (HttpMethod.Post, Sessions, SessionBody(lamsel.ProgramId, "BARU"));
        yield return (HttpMethod.Put, Session(lamsel.SessionId), SessionBody(lamsel.ProgramId, "ANGKATAN-1", capacity: 1));
        yield return (HttpMethod.Post, $"{Session(lamsel.SessionId)}/open", null);
        yield return (HttpMethod.Post, $"{Session(lamsel.SessionId)}/start", null);
        yield return (HttpMethod.Post, $"{Session(lamsel.SessionId)}/complete", new { });
        yield return (HttpMethod.Post, $"{Session(lamsel.SessionId)}/cancel", new { reason = "Tidak berwenang" });
        yield return (HttpMethod.Post, SessionEnrollments(lamsel.SessionId), new { employeeId = lamsel.OtherEmployeeId });
        yield return (HttpMethod.Post, $"{SessionEnrollments(lamsel.SessionId)}/batch", new { employeeIds = new[] { lamsel.OtherEmployeeId } });
        yield return (HttpMethod.Post, $"{Enrollment(lamsel.EnrollmentId)}/drop", new { });
        yield return (HttpMethod.Post, $"{Enrollment(lamsel.EnrollmentId)}/no-show", null);
        yield return (HttpMethod.Post, $"{Enrollment(lamsel.EnrollmentId)}/complete", new { });
        yield return (HttpMethod.Post, LearningHours(lamsel.EmployeeId), ExternalBody(jp: 5));
        if (includeAttendanceAndFollowUps)
        {
            yield return (HttpMethod.Put, $"{Session(lamsel.SessionId)}/attendance", new { entries = new[] { new { enrollmentId = lamsel.EnrollmentId, date = Start.ToString("yyyy-MM-dd"), present = true } } });
            yield return (HttpMethod.Put, $"{Enrollment(lamsel.EnrollmentId)}/attendance", new { days = new[] { new { date = Start.ToString("yyyy-MM-dd"), present = true } } });
            yield return (HttpMethod.Post, $"{Enrollment(lamsel.EnrollmentId)}/follow-ups", new { date = End.ToString("yyyy-MM-dd"), kind = "Other" });
        }
    }

    private static async Task AssertUnchangedAsync(LamselTraining lamsel)
    {
        using var admin = await SignInAsync("admin.kalianda");
        (await admin.GetJsonAsync(Programs)).GetProperty("totalCount").GetInt32().ShouldBe(1);
        var program = await admin.GetJsonAsync(Program(lamsel.ProgramId));
        program.GetProperty("title").GetString().ShouldBe("Pelatihan Teknis");
        program.GetProperty("isActive").GetBoolean().ShouldBeTrue();
        var session = await admin.GetJsonAsync(Session(lamsel.SessionId));
        session.Status().ShouldBe("Open");
        session.GetProperty("capacity").GetInt32().ShouldBe(2);
        session.GetProperty("placesTaken").GetInt32().ShouldBe(1);
        var enrollment = await admin.GetJsonAsync(Enrollment(lamsel.EnrollmentId));
        enrollment.Status().ShouldBe("Registered");
        enrollment.GetProperty("attendance").GetArrayLength().ShouldBe(0);
        (await admin.GetJsonAsync(LearningHours(lamsel.EmployeeId))).GetProperty("entries").GetArrayLength().ShouldBe(0);
    }

    /// <summary>
    /// LAMSEL's own programme TEKNIS-01 with an open session of two places (default dates), in
    /// which the first of two DINKES employees is enrolled.
    /// </summary>
    private static async Task<LamselTraining> LamselTrainingAsync()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var agency = await admin.AgencyIdAsync();
        var staff = await admin.StaffAsync(agency, "DINKES", 2);
        var program = (await admin.CreateProgramAsync("TEKNIS-01")).Id();
        var session = await admin.OpenSessionAsync(program, "ANGKATAN-1", capacity: 2);
        var enrollment = (await admin.EnrolAsync(session, staff[0])).Id();
        return new LamselTraining(agency, program, session, enrollment, staff[0], staff[1]);
    }

    private sealed record LamselTraining(Guid AgencyId, Guid ProgramId, Guid SessionId, Guid EnrollmentId, Guid EmployeeId, Guid OtherEmployeeId);
}
