using System.Net;
using System.Text.Json;
using AsnCompetency.Api.IntegrationTests.Tna;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.OrganisationBuilder;
using static AsnCompetency.Api.IntegrationTests.Training.TrainingBuilder;

namespace AsnCompetency.Api.IntegrationTests.Security;

/// <summary>
/// An employee's rights over their own data: download everything held about them, and ask for
/// corrections that the agency's admin answers; nobody else's data, and no one else's requests.
/// </summary>
public sealed class DataSubjectRightsTests : ApiTestBase
{
    [Test]
    public async Task MyData_HoldsTheEmployeesRecordAssessmentsTrainingAndScores()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var (_, national) = await admin.NationalStandardAsync();
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "DINKES", 2);
        await admin.AssessAsync(staff[0], national["M.01"], 3);
        await admin.AssessAsync(staff[1], national["M.01"], 2);
        var program = (await admin.CreateProgramAsync("TEKNIS-01")).Id();
        var session = await admin.OpenSessionAsync(program, "ANGKATAN-1");
        var enrollment = (await admin.EnrolAsync(session, staff[0])).Id();
        var test = (await (await admin.PostJsonAsync($"{Session(session)}/instruments", new { code = "TEST", name = "Tes", kind = "Test", maxScore = 100 }))
            .ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created)).Id();
        await (await admin.SendWithIfMatchAsync(HttpMethod.Put, $"{Session(session)}/scores", null, new { entries = new[] { new { enrollmentId = enrollment, instrumentId = test, phase = "Pre", value = 55m } } }))
            .ShouldBeOkAsync<JsonElement>();
        await LinkUserToEmployeeAsync("pegawai.kalianda", staff[0]);
        using var employee = await SignInAsync("pegawai.kalianda");

        var response = await employee.GetAsync("/api/v1/me/data");

        var data = await response.ShouldBeOkAsync<JsonElement>();
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe($"data-saya-{Nips.Pns(1)}.json");
        data.GetProperty("account").GetProperty("userName").GetString().ShouldBe("pegawai.kalianda");
        data.GetProperty("employee").GetProperty("nip").GetString().ShouldBe(Nips.Pns(1));
        var assessment = data.GetProperty("assessments").EnumerateArray().ShouldHaveSingleItem();
        assessment.GetProperty("competencyCode").GetString().ShouldBe("M.01");
        assessment.GetProperty("level").GetInt32().ShouldBe(3);
        data.GetProperty("trainings").EnumerateArray().ShouldHaveSingleItem().GetProperty("sessionCode").GetString().ShouldBe("ANGKATAN-1");
        data.GetProperty("scores").EnumerateArray().ShouldHaveSingleItem().GetProperty("value").GetDecimal().ShouldBe(55m);
        data.GetProperty("positions").GetArrayLength().ShouldBe(1);
        (await Environment.ScalarAsync<long>($"select count(*) from audit_events where action = 'Read' and target = 'OwnData' and subject_id = '{staff[0]}'")).ShouldBe(1);
    }

    [Test]
    public async Task MyData_AccountWithoutEmployeeRecord_IsRefused()
    {
        using var admin = await SignInAsync("admin.kalianda");

        await (await admin.GetAsync("/api/v1/me/data")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.PostJsonAsync("/api/v1/me/correction-requests", new { topic = "Other", description = "x" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task CorrectionRequest_FiledByTheEmployee_IsAnsweredByTheirAgencysAdminOnly()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var andi = (await admin.CreateEmployeeAsync(Nips.Pns(1), "Andi Wijaya")).Id();
        await LinkUserToEmployeeAsync("pegawai.kalianda", andi);
        using var employee = await SignInAsync("pegawai.kalianda");

        var filed = await (await employee.PostJsonAsync("/api/v1/me/correction-requests", new { topic = "PersonalDetails", description = "Gelar belakang saya S.Kom., bukan S.T." }))
            .ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        filed.GetProperty("status").GetString().ShouldBe("Open");

        using var medan = await SignInAsync("admin.medan");
        (await medan.GetJsonAsync("/api/v1/correction-requests")).GetProperty("items").EnumerateArray().ShouldBeEmpty();
        await (await medan.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/correction-requests/{filed.Id()}/close", null, new { outcome = "Resolved" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await employee.GetAsync("/api/v1/correction-requests")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var listed = (await admin.GetJsonAsync("/api/v1/correction-requests?status=Open")).GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        listed.GetProperty("employeeName").GetString().ShouldBe("Andi Wijaya");
        await (await admin.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/correction-requests/{filed.Id()}/close", null, new { outcome = "Rejected" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "resolution");
        var closed = await (await admin.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/correction-requests/{filed.Id()}/close", filed.GetProperty("eTag").GetString(),
            new { outcome = "Resolved", resolution = "Gelar diperbaiki menjadi S.Kom." })).ShouldBeOkAsync<JsonElement>();
        closed.GetProperty("status").GetString().ShouldBe("Resolved");
        await (await admin.SendWithIfMatchAsync(HttpMethod.Post, $"/api/v1/correction-requests/{filed.Id()}/close", null, new { outcome = "Rejected", resolution = "x" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var mine = (await employee.GetJsonAsync("/api/v1/me/correction-requests")).EnumerateArray().ShouldHaveSingleItem();
        mine.GetProperty("resolution").GetString().ShouldBe("Gelar diperbaiki menjadi S.Kom.");
    }

    [Test]
    public async Task CorrectionRequest_BadInput_NamesTheField()
    {
        using var admin = await SignInAsync("admin.kalianda");
        await LinkUserToEmployeeAsync("pegawai.kalianda", (await admin.CreateEmployeeAsync(Nips.Pns(1), "Andi Wijaya")).Id());
        using var employee = await SignInAsync("pegawai.kalianda");

        await (await employee.PostJsonAsync("/api/v1/me/correction-requests", new { topic = "Salary", description = "x" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "topic");
        await (await employee.PostJsonAsync("/api/v1/me/correction-requests", new { topic = "Other", description = "" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "description");
        await (await employee.PostJsonAsync("/api/v1/me/correction-requests", new { topic = "Other", description = new string('x', 2001) })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "description");
        (await Environment.ScalarAsync<long>("select count(*) from correction_requests")).ShouldBe(0);
    }
}
