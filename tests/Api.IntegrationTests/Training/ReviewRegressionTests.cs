using System.Net;
using System.Text.Json;
using AsnCompetency.Api.IntegrationTests.Tna;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.Training.TrainingBuilder;

namespace AsnCompetency.Api.IntegrationTests.Training;

/// <summary>Rules found missing in review: JP cannot outlive a cancelled session, ETags cover children, closed doors stay closed.</summary>
public sealed class ReviewRegressionTests : ApiTestBase
{
    [Test]
    public async Task Cancel_SessionWithCompletions_Returns409AndKeepsTheSession()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "DINKES", 1);
        var session = await admin.OpenSessionAsync((await admin.CreateProgramAsync("TEKNIS-01")).Id(), "ANGKATAN-1");
        var enrollment = (await admin.EnrolAsync(session, staff.Employees[0])).Id();
        await admin.SessionStepAsync(session, "start");
        await admin.AttendAsync(enrollment, present: DefaultDays);
        await (await admin.PostCompleteAsync(enrollment)).ShouldBeOkAsync<JsonElement>();

        var response = await admin.PostJsonAsync($"{Session(session)}/cancel", new { reason = "Anggaran dialihkan" });

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Detail().ShouldContain("completed");
        (await admin.GetJsonAsync(Session(session))).Status().ShouldBe("Running");
        (await admin.GetJsonAsync(LearningHours(staff.Employees[0], Year))).GetProperty("totalJp").GetInt32().ShouldBe(24);
    }

    [Test]
    public async Task Update_OnlyTargetsChanged_MovesTheETagSoAStaleOneIsRefused()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var (_, national) = await admin.NationalStandardAsync();
        var program = await admin.CreateProgramAsync("TEKNIS-01", targets: (national["M.01"], 3));
        var response = await admin.GetAsync(Program(program.Id()));
        var etag = response.ETagOf();

        var changed = await admin.SendWithIfMatchAsync(HttpMethod.Put, Program(program.Id()), etag, ProgramBody("TEKNIS-01", targets: (national["M.02"], 3)));
        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        changed.ETagOf().ShouldNotBe(etag);

        var stale = await admin.SendWithIfMatchAsync(HttpMethod.Put, Program(program.Id()), etag, ProgramBody("TEKNIS-01", targets: (national["M.03"], 3)));
        await stale.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Test]
    public async Task Enrol_SessionOfAWithdrawnProgramme_Returns409()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "DINKES", 1);
        var program = (await admin.CreateProgramAsync("TEKNIS-01")).Id();
        var session = await admin.OpenSessionAsync(program, "ANGKATAN-1");
        (await admin.PostAsync($"{Program(program)}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await admin.PostEnrolAsync(session, staff.Employees[0]);

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Detail().ShouldContain("withdrawn");
    }

    [Test]
    public async Task RecordExternal_FutureDate_Returns400NamingDate()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "DINKES", 1);

        var response = await admin.PostJsonAsync($"{LearningHours(staff.Employees[0])}", ExternalBody(8, TnaBuilder.Today.AddDays(1)));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "date");
    }

    [Test]
    public async Task Complete_CompletedOnFarAfterTheSession_Returns400NamingCompletedOn()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "DINKES", 1);
        var session = await admin.OpenSessionAsync((await admin.CreateProgramAsync("TEKNIS-01")).Id(), "ANGKATAN-1");
        var enrollment = (await admin.EnrolAsync(session, staff.Employees[0])).Id();
        await admin.SessionStepAsync(session, "start");
        await admin.AttendAsync(enrollment, present: DefaultDays);

        var response = await admin.PostCompleteAsync(enrollment, new { completedOn = "9999-12-31" });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "completedOn");
    }
}
