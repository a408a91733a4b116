using System.Net;
using System.Text.Json;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.DevelopmentPlans.PlanRequests;
using static AsnCompetency.Api.IntegrationTests.OrganisationBuilder;
using static AsnCompetency.Api.IntegrationTests.Training.TrainingBuilder;

namespace AsnCompetency.Api.IntegrationTests.Training;

/// <summary>
/// Sessions: dates and meeting days, capacity, Planned → Open → Running → Completed or Cancelled;
/// enrolment with a waitlist, the overlap check, plan items and the all-or-none batch.
/// </summary>
public sealed class SessionEnrolmentTests : ApiTestBase
{
    [Test]
    public async Task Create_WithoutMeetingDays_MeetsEveryDayAndStartsPlanned()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var program = (await admin.CreateProgramAsync("TEKNIS-01")).Id();

        var response = await admin.PostJsonAsync(Sessions, SessionBody(program, "angkatan-1", capacity: 30, onlineLink: "https://zoom.example/j/1"));

        var session = await response.ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe(Session(session.Id()));
        session.GetProperty("eTag").GetString().ShouldBe(response.ETagOf());
        session.GetProperty("code").GetString().ShouldBe("ANGKATAN-1");
        session.Status().ShouldBe("Planned");
        session.GetProperty("agencyId").GetGuid().ShouldBe(await admin.AgencyIdAsync());
        session.GetProperty("program").GetProperty("code").GetString().ShouldBe("TEKNIS-01");
        session.GetProperty("meetingDays").EnumerateArray().Select(d => d.GetString()).ShouldBe(Enumerable.Range(0, DefaultDays).Select(i => Start.AddDays(i).ToString("yyyy-MM-dd")));
        session.GetProperty("capacity").GetInt32().ShouldBe(30);
        session.GetProperty("placesTaken").GetInt32().ShouldBe(0);
        (await admin.GetJsonAsync($"{Sessions}?programId={program}")).Values("code").ShouldBe(["ANGKATAN-1"]);
        (await admin.GetJsonAsync(Programs)).PageItems().ShouldHaveSingleItem().GetProperty("sessionCount").GetInt32().ShouldBe(1);
    }

    [Test]
    public async Task Create_WithMeetingDays_KeepsThemInOrder()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var program = (await admin.CreateProgramAsync("TEKNIS-01")).Id();

        var session = await (await admin.PostJsonAsync(Sessions, SessionBody(program, "BLOK", Start, Start.AddDays(20), meetingDays: [Start.AddDays(14), Start, Start.AddDays(7)])))
            .ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);

        session.GetProperty("meetingDays").EnumerateArray().Select(d => d.GetString())
            .ShouldBe([Start.ToString("yyyy-MM-dd"), Start.AddDays(7).ToString("yyyy-MM-dd"), Start.AddDays(14).ToString("yyyy-MM-dd")]);
    }

    [Test]
    public async Task Create_InvalidFields_Return400NamingTheField()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var program = (await admin.CreateProgramAsync("TEKNIS-01")).Id();

        await (await admin.PostJsonAsync(Sessions, SessionBody(program, "A", capacity: 0))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "capacity");
        await (await admin.PostJsonAsync(Sessions, SessionBody(program, "A", capacity: 10_001))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "capacity");
        await (await admin.PostJsonAsync(Sessions, SessionBody(program, "A", Start, Start.AddDays(-1)))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "endDate");
        await (await admin.PostJsonAsync(Sessions, SessionBody(program, "A", meetingDays: [End.AddDays(1), Start]))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "meetingDays[0]");
        await (await admin.PostJsonAsync(Sessions, SessionBody(program, "A", meetingDays: [Start, Start.AddDays(-1)]))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "meetingDays[1]");
        await (await admin.PostJsonAsync(Sessions, SessionBody(program, "A", meetingDays: [Start, Start]))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "meetingDays");
        await (await admin.PostJsonAsync(Sessions, SessionBody(program, "A", onlineLink: "ftp://files.example/x"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "onlineLink");
        await (await admin.PostJsonAsync(Sessions, SessionBody(program, " "))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "code");
        await (await admin.PostJsonAsync(Sessions, SessionBody(Guid.NewGuid(), "A"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "programId");
        (await admin.GetJsonAsync(Sessions)).GetProperty("totalCount").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task Create_DuplicateCodeInTheProgramme_Returns409NamingCode()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var program = (await admin.CreateProgramAsync("TEKNIS-01")).Id();
        var other = (await admin.CreateProgramAsync("TEKNIS-02")).Id();
        await admin.CreateSessionAsync(program, "ANGKATAN-1");

        await (await admin.PostJsonAsync(Sessions, SessionBody(program, "angkatan-1"))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "code");

        await admin.CreateSessionAsync(other, "ANGKATAN-1");
    }

    [Test]
    public async Task StatusMachine_OnlyAllowedStepsSucceed()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var program = (await admin.CreateProgramAsync("TEKNIS-01")).Id();
        var session = (await admin.CreateSessionAsync(program, "ANGKATAN-1")).Id();

        await (await admin.PostAsync($"{Session(session)}/start", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await admin.PostJsonAsync($"{Session(session)}/complete", new { })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await admin.SessionStepAsync(session, "open")).Status().ShouldBe("Open");
        await (await admin.PostAsync($"{Session(session)}/open", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await admin.PostJsonAsync($"{Session(session)}/complete", new { })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await admin.SessionStepAsync(session, "start")).Status().ShouldBe("Running");
        await (await admin.PostAsync($"{Session(session)}/start", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await admin.CompleteSessionAsync(session)).GetProperty("session").Status().ShouldBe("Completed");
        await (await admin.PostJsonAsync($"{Session(session)}/complete", new { })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await admin.PostJsonAsync($"{Session(session)}/cancel", new { reason = "Terlambat" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await admin.SendWithIfMatchAsync(HttpMethod.Put, Session(session), null, SessionBody(program, "ANGKATAN-1", capacity: 5))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Complete_WithoutABody_CompletesTheParticipants()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "DINKES", 1);
        var program = (await admin.CreateProgramAsync("TEKNIS-01")).Id();
        var session = await admin.OpenSessionAsync(program, "ANGKATAN-1");
        var enrollment = (await admin.EnrolAsync(session, staff[0])).Id();
        await admin.SessionStepAsync(session, "start");
        await admin.AttendAsync(enrollment, present: 5);

        var completion = await (await admin.PostAsync($"{Session(session)}/complete", null)).ShouldBeOkAsync<JsonElement>();

        completion.GetProperty("completed").GetInt32().ShouldBe(1);
    }

    [Test]
    public async Task Cancel_DropsEveryoneWithTheReasonAndRefusesEnrolment()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "DINKES", 3);
        var program = (await admin.CreateProgramAsync("TEKNIS-01")).Id();
        var session = await admin.OpenSessionAsync(program, "ANGKATAN-1", capacity: 1);
        var registered = (await admin.EnrolAsync(session, staff[0])).Id();
        var waiting = (await admin.EnrolAsync(session, staff[1])).Id();

        await (await admin.PostJsonAsync($"{Session(session)}/cancel", new { reason = " " })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "reason");
        var cancelled = await (await admin.PostJsonAsync($"{Session(session)}/cancel", new { reason = "Anggaran dialihkan" })).ShouldBeOkAsync<JsonElement>();

        cancelled.Status().ShouldBe("Cancelled");
        cancelled.GetProperty("cancellationReason").GetString().ShouldBe("Anggaran dialihkan");
        cancelled.GetProperty("placesTaken").GetInt32().ShouldBe(0);
        foreach (var id in new[] { registered, waiting })
        {
            var enrollment = await admin.GetJsonAsync(Enrollment(id));
            enrollment.Status().ShouldBe("Dropped");
            enrollment.GetProperty("statusReason").GetString()!.ShouldContain("Anggaran dialihkan");
        }

        var refused = await (await admin.PostEnrolAsync(session, staff[2])).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        refused.Detail().ShouldContain("cancelled");
        (await admin.GetJsonAsync(SessionEnrollments(session))).GetProperty("totalCount").GetInt32().ShouldBe(2);

        // The cancelled session frees the days: the same person can book another session on them.
        var other = await admin.OpenSessionAsync(program, "ANGKATAN-2");
        (await admin.EnrolAsync(other, staff[0])).Status().ShouldBe("Registered");
    }

    [Test]
    public async Task Enrol_RunningSession_Returns409()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "DINKES", 1);
        var program = (await admin.CreateProgramAsync("TEKNIS-01")).Id();
        var session = await admin.OpenSessionAsync(program, "ANGKATAN-1");
        await admin.SessionStepAsync(session, "start");

        await (await admin.PostEnrolAsync(session, staff[0])).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Enrol_PlannedSession_IsAllowed()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "DINKES", 1);
        var program = (await admin.CreateProgramAsync("TEKNIS-01")).Id();
        var session = (await admin.CreateSessionAsync(program, "ANGKATAN-1")).Id();

        (await admin.EnrolAsync(session, staff[0])).Status().ShouldBe("Registered");
    }

    [Test]
    public async Task Enrol_SameEmployeeTwice_Returns409NamingEmployeeId()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "DINKES", 1);
        var program = (await admin.CreateProgramAsync("TEKNIS-01")).Id();
        var session = await admin.OpenSessionAsync(program, "ANGKATAN-1");
        await admin.EnrolAsync(session, staff[0]);

        await (await admin.PostEnrolAsync(session, staff[0])).ShouldBeProblemAsync(HttpStatusCode.Conflict, "employeeId");
    }

    [Test]
    public async Task Enrol_OverlappingSession_Returns409NamingTheOtherSession()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "DINKES", 1);
        var first = (await admin.CreateProgramAsync("TEKNIS-01")).Id();
        var second = (await admin.CreateProgramAsync("MANAJERIAL-01", "Managerial")).Id();
        var booked = await admin.OpenSessionAsync(first, "ANGKATAN-7");
        var clashing = await admin.OpenSessionAsync(second, "BATCH-2", startDate: End, endDate: End.AddDays(2));
        var later = await admin.OpenSessionAsync(second, "BATCH-3", startDate: End.AddDays(1), endDate: End.AddDays(3));
        await admin.EnrolAsync(booked, staff[0]);

        var response = await admin.PostEnrolAsync(clashing, staff[0]);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "employeeId");
        problem.Detail().ShouldContain("ANGKATAN-7");
        problem.Detail().ShouldContain("TEKNIS-01");
        problem.Detail().ShouldContain(End.ToString("yyyy-MM-dd"));
        (await admin.GetJsonAsync(SessionEnrollments(clashing))).GetProperty("totalCount").GetInt32().ShouldBe(0);
        (await admin.EnrolAsync(later, staff[0])).Status().ShouldBe("Registered");
    }

    [Test]
    public async Task Enrol_OverlapWithAWaitlistedPlace_Returns409AndDroppedPlaceFreesTheDays()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "DINKES", 2);
        var program = (await admin.CreateProgramAsync("TEKNIS-01")).Id();
        var full = await admin.OpenSessionAsync(program, "PENUH", capacity: 1);
        var other = await admin.OpenSessionAsync(program, "LAIN");
        await admin.EnrolAsync(full, staff[0]);
        var waiting = await admin.EnrolAsync(full, staff[1]);
        waiting.Status().ShouldBe("Waitlisted");

        (await (await admin.PostEnrolAsync(other, staff[1])).ShouldBeProblemAsync(HttpStatusCode.Conflict, "employeeId")).Detail().ShouldContain("PENUH");

        await (await admin.PostJsonAsync($"{Enrollment(waiting.Id())}/drop", new { })).ShouldBeOkAsync<JsonElement>();
        (await admin.EnrolAsync(other, staff[1])).Status().ShouldBe("Registered");
    }

    [Test]
    public async Task Drop_Waitlisted_MovesTheOthersUpWithoutPromotingAnyone()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "DINKES", 4);
        var program = (await admin.CreateProgramAsync("TEKNIS-01")).Id();
        var session = await admin.OpenSessionAsync(program, "ANGKATAN-1", capacity: 1);
        await admin.EnrolAsync(session, staff[0]);
        var second = await admin.EnrolAsync(session, staff[1]);
        var third = await admin.EnrolAsync(session, staff[2]);
        third.GetProperty("waitlistPosition").GetInt32().ShouldBe(2);

        var dropped = await (await admin.PostAsync($"{Enrollment(second.Id())}/drop", null)).ShouldBeOkAsync<JsonElement>();

        dropped.GetProperty("promoted").GetArrayLength().ShouldBe(0);
        dropped.GetProperty("enrollment").GetProperty("statusReason").ValueKind.ShouldBe(JsonValueKind.Null);
        var now = await admin.GetJsonAsync(Enrollment(third.Id()));
        now.Status().ShouldBe("Waitlisted");
        now.GetProperty("waitlistPosition").GetInt32().ShouldBe(1);
        await (await admin.PostAsync($"{Enrollment(second.Id())}/drop", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Rejoin_AfterDrop_JoinsAtTheBackOfTheQueue()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "DINKES", 3);
        var program = (await admin.CreateProgramAsync("TEKNIS-01")).Id();
        var session = await admin.OpenSessionAsync(program, "ANGKATAN-1", capacity: 1);
        var first = await admin.EnrolAsync(session, staff[0]);
        await admin.EnrolAsync(session, staff[1]);
        await (await admin.PostAsync($"{Enrollment(first.Id())}/drop", null)).ShouldBeOkAsync<JsonElement>();

        var again = await admin.EnrolAsync(session, staff[0]);

        again.Id().ShouldBe(first.Id());
        again.Status().ShouldBe("Waitlisted");
        again.GetProperty("waitlistPosition").GetInt32().ShouldBe(1);
        again.GetProperty("queueNumber").GetInt32().ShouldBe(3);
        (await admin.GetJsonAsync(SessionEnrollments(session))).PageItems().Select(e => e.EmployeeOf()).ShouldBe([staff[1], staff[0]]);
    }

    [Test]
    public async Task NoShow_RegisteredInARunningSession_RecordedWithoutPromotingAnyone()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "DINKES", 3);
        var program = (await admin.CreateProgramAsync("TEKNIS-01")).Id();
        var session = await admin.OpenSessionAsync(program, "ANGKATAN-1", capacity: 2);
        var absent = await admin.EnrolAsync(session, staff[0]);
        var present = await admin.EnrolAsync(session, staff[1]);
        var waiting = await admin.EnrolAsync(session, staff[2]);
        await admin.SessionStepAsync(session, "start");
        await admin.AttendAsync(present.Id(), present: 1, days: 1);

        var result = await (await admin.PostAsync($"{Enrollment(absent.Id())}/no-show", null)).ShouldBeOkAsync<JsonElement>();

        result.GetProperty("enrollment").Status().ShouldBe("NoShow");

        // Enrolment closed when the session started: the waitlist stays where it is.
        result.GetProperty("promoted").EnumerateArray().ShouldBeEmpty();
        (await admin.GetJsonAsync(Enrollment(waiting.Id()))).Status().ShouldBe("Waitlisted");
        await (await admin.PostAsync($"{Enrollment(present.Id())}/no-show", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await admin.PostAsync($"{Enrollment(absent.Id())}/no-show", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Update_CapacityIncrease_PromotesTheWaitlistInOrder()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "DINKES", 5);
        var program = (await admin.CreateProgramAsync("TEKNIS-01")).Id();
        var created = await admin.PostJsonAsync(Sessions, SessionBody(program, "ANGKATAN-1", capacity: 2));
        var session = (await created.ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created)).Id();
        var batch = await (await admin.PostJsonAsync($"{SessionEnrollments(session)}/batch", new { employeeIds = staff.Employees }))
            .ShouldBeOkAsync<JsonElement>();
        batch.GetProperty("registered").GetInt32().ShouldBe(2);
        batch.GetProperty("waitlisted").GetInt32().ShouldBe(3);
        batch.GetProperty("enrollments").EnumerateArray().Select(e => e.EmployeeOf()).ShouldBe(staff.Employees);
        var etag = (await admin.GetAsync(Session(session))).ETagOf();

        var response = await admin.SendWithIfMatchAsync(HttpMethod.Put, Session(session), etag, SessionBody(program, "ANGKATAN-1", capacity: 4));

        var updated = await response.ShouldBeOkAsync<JsonElement>();
        updated.GetProperty("capacity").GetInt32().ShouldBe(4);
        updated.GetProperty("placesTaken").GetInt32().ShouldBe(4);
        updated.GetProperty("waitlisted").GetInt32().ShouldBe(1);
        var enrollments = (await admin.GetJsonAsync(SessionEnrollments(session))).PageItems();
        enrollments.Select(e => e.Status()).ShouldBe(["Registered", "Registered", "Registered", "Registered", "Waitlisted"]);
        enrollments[4].EmployeeOf().ShouldBe(staff[4]);
        enrollments[4].GetProperty("waitlistPosition").GetInt32().ShouldBe(1);

        await (await admin.SendWithIfMatchAsync(HttpMethod.Put, Session(session), null, SessionBody(program, "ANGKATAN-1", capacity: 3)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "capacity");
    }

    [Test]
    public async Task Update_StaleIfMatch_Returns412AndKeepsTheSession()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var program = (await admin.CreateProgramAsync("TEKNIS-01")).Id();
        var created = await admin.PostJsonAsync(Sessions, SessionBody(program, "ANGKATAN-1", capacity: 10));
        var session = (await created.ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created)).Id();
        await (await admin.SendWithIfMatchAsync(HttpMethod.Put, Session(session), created.ETagOf(), SessionBody(program, "ANGKATAN-1", capacity: 12))).ShouldBeOkAsync<JsonElement>();

        var response = await admin.SendWithIfMatchAsync(HttpMethod.Put, Session(session), created.ETagOf(), SessionBody(program, "ANGKATAN-1", capacity: 40));

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await admin.GetJsonAsync(Session(session))).GetProperty("capacity").GetInt32().ShouldBe(12);
        await (await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{Session(session)}/open", created.ETagOf())).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Test]
    public async Task Update_NewDaysClashingWithAParticipantsOtherSession_Returns409()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "DINKES", 1);
        var program = (await admin.CreateProgramAsync("TEKNIS-01")).Id();
        var moving = await admin.OpenSessionAsync(program, "PINDAH");
        var other = await admin.OpenSessionAsync(program, "TETAP", startDate: End.AddDays(10), endDate: End.AddDays(12));
        await admin.EnrolAsync(moving, staff[0]);
        await admin.EnrolAsync(other, staff[0]);

        var response = await admin.SendWithIfMatchAsync(HttpMethod.Put, Session(moving), null, SessionBody(program, "PINDAH", End.AddDays(12), End.AddDays(14)));

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "meetingDays")).Detail().ShouldContain("TETAP");
        (await admin.GetJsonAsync(Session(moving))).GetProperty("startDate").GetString().ShouldBe(Start.ToString("yyyy-MM-dd"));
    }

    [Test]
    public async Task EnrolBatch_OneCannotBeEnrolled_EnrolsNoneAndNamesThePosition()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "DINKES", 3);
        var program = (await admin.CreateProgramAsync("TEKNIS-01")).Id();
        var busy = await admin.OpenSessionAsync(program, "SIBUK");
        var session = await admin.OpenSessionAsync(program, "ANGKATAN-1", startDate: Start.AddDays(2), endDate: End.AddDays(2));
        await admin.EnrolAsync(busy, staff[2]);

        var response = await admin.PostJsonAsync($"{SessionEnrollments(session)}/batch", new { employeeIds = staff.Employees });

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "employeeIds[2]")).Detail().ShouldContain("SIBUK");
        (await admin.GetJsonAsync(SessionEnrollments(session))).GetProperty("totalCount").GetInt32().ShouldBe(0);
        await (await admin.PostJsonAsync($"{SessionEnrollments(session)}/batch", new { employeeIds = new[] { staff[0], staff[0] } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "employeeIds");
        await (await admin.PostJsonAsync($"{SessionEnrollments(session)}/batch", new { employeeIds = new[] { staff[0], Guid.NewGuid() } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "employeeIds[1]");
        await (await admin.PostJsonAsync($"{SessionEnrollments(session)}/batch", new { employeeIds = Array.Empty<Guid>() }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "employeeIds");
    }

    [Test]
    public async Task Enrol_WithoutEmployeeOrPlanItem_Returns400()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var program = (await admin.CreateProgramAsync("TEKNIS-01")).Id();
        var session = await admin.OpenSessionAsync(program, "ANGKATAN-1");

        await (await admin.PostJsonAsync(SessionEnrollments(session), new { })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "employeeId");
        await (await admin.PostEnrolAsync(session, Guid.NewGuid())).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "employeeId");
        await (await admin.PostEnrolAsync(Guid.NewGuid(), Guid.NewGuid())).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Enrol_FromAnApprovedPlanItem_EnrolsItsEmployeeAndLinksTheItem()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var plan = await PlanWithItemAsync(admin);
        var (_, etag) = await admin.ChangeAsync(HttpMethod.Post, $"{Of(plan.PlanId)}/submit", plan.ETag);
        await admin.ChangeAsync(HttpMethod.Post, $"{Of(plan.PlanId)}/approve", etag, new { note = "SK" });
        var session = await admin.OpenSessionAsync(plan.ProgramId, "ANGKATAN-1");

        var enrollment = await (await admin.PostJsonAsync(SessionEnrollments(session), new { planItemId = plan.ItemId }))
            .ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);

        enrollment.EmployeeOf().ShouldBe(plan.EmployeeId);
        enrollment.GetProperty("planItemId").GetGuid().ShouldBe(plan.ItemId);
        enrollment.Status().ShouldBe("Registered");
        await (await admin.PostJsonAsync(SessionEnrollments(session), new { planItemId = plan.ItemId, employeeId = plan.OtherEmployeeId }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "employeeId");
        var otherProgram = (await admin.CreateProgramAsync("LAIN")).Id();
        var otherSession = await admin.OpenSessionAsync(otherProgram, "LAIN-1", startDate: End.AddDays(7), endDate: End.AddDays(8));
        await (await admin.PostJsonAsync(SessionEnrollments(otherSession), new { planItemId = plan.ItemId }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "planItemId");
    }

    [Test]
    public async Task Enrol_FromADraftPlansItem_Returns409NamingPlanItemId()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var plan = await PlanWithItemAsync(admin);
        var session = await admin.OpenSessionAsync(plan.ProgramId, "ANGKATAN-1");

        var response = await admin.PostJsonAsync(SessionEnrollments(session), new { planItemId = plan.ItemId });

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "planItemId")).Detail().ShouldContain("Draft");
        (await admin.GetJsonAsync(SessionEnrollments(session))).GetProperty("totalCount").GetInt32().ShouldBe(0);
        await (await admin.PostJsonAsync(SessionEnrollments(session), new { planItemId = Guid.NewGuid() })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "planItemId");
    }

    /// <summary>A LAMSEL draft plan with one item for one employee and a programme made through the API.</summary>
    private static async Task<PlanSetup> PlanWithItemAsync(HttpClient admin)
    {
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "DINKES", 2);
        var (_, national) = await admin.NationalStandardAsync();
        var program = (await admin.CreateProgramAsync("PIM-M02", targets: [(national["M.02"], 4)])).Id();
        var (plan, etag) = await admin.CreatePlanAsync();
        (var withItem, etag) = await admin.AddItemAsync(plan.Id(), etag, ItemBody(national["M.02"], employeeId: staff[0], programId: program));
        return new PlanSetup(plan.Id(), etag, withItem.Items().Single().Id(), program, staff[0], staff[1]);
    }

    private sealed record PlanSetup(Guid PlanId, string ETag, Guid ItemId, Guid ProgramId, Guid EmployeeId, Guid OtherEmployeeId);
}
