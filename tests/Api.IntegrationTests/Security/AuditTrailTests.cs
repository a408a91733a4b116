using System.Net;
using System.Text.Json;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.Training.TrainingBuilder;

namespace AsnCompetency.Api.IntegrationTests.Security;

/// <summary>
/// The audit trail of personal data: who changed what (before and after), who read whose
/// profile, scores and training, which imports ran; the system's own seeding is not a change.
/// </summary>
public sealed class AuditTrailTests : ApiTestBase
{
    private const string AuditLog = "/api/v1/audit-log";

    [Test]
    public async Task Change_RecordsTheValuesBeforeAndAfter()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var created = await admin.PostJsonAsync(Programs, ProgramBody("TEKNIS-01"));
        var program = (await created.ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created)).Id();
        await (await admin.SendWithIfMatchAsync(HttpMethod.Put, Program(program), created.ETagOf(), new { title = "Teknis Lanjutan", form = "Technical", jp = 24 }))
            .ShouldBeOkAsync<JsonElement>();

        var lines = (await admin.GetJsonAsync($"{AuditLog}?action=Change&subjectId={program}")).PageItems();

        lines.Count.ShouldBe(2);
        var update = lines[0].GetProperty("detail");
        update.GetProperty("state").GetString().ShouldBe("Modified");
        update.GetProperty("changes").GetProperty("Title").GetProperty("from").GetString().ShouldBe("Pelatihan Teknis");
        update.GetProperty("changes").GetProperty("Title").GetProperty("to").GetString().ShouldBe("Teknis Lanjutan");
        update.GetProperty("changes").TryGetProperty("UpdatedAt", out _).ShouldBeFalse();
        var insert = lines[1].GetProperty("detail");
        insert.GetProperty("state").GetString().ShouldBe("Added");
        insert.GetProperty("changes").GetProperty("Code").GetProperty("to").GetString().ShouldBe("TEKNIS-01");
        lines[1].GetProperty("target").GetString().ShouldBe("TrainingProgram");
    }

    [Test]
    public async Task Read_OfAnEmployeesData_IsRecordedAndShownToThatAgencysAdmin()
    {
        using var kalianda = await SignInAsync("admin.kalianda");
        var employee = (await kalianda.CreateEmployeeAsync(Nips.Pns(1), "Andi Wijaya")).Id();
        using var national = await SignInAsync("analis.nasional");

        await national.GetJsonAsync($"/api/v1/employees/{employee}");
        await national.GetJsonAsync($"/api/v1/employees/{employee}/learning-hours");
        await (await national.GetAsync($"/api/v1/employees/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var reads = (await kalianda.GetJsonAsync($"{AuditLog}?action=Read&subjectId={employee}")).PageItems();
        reads.Select(r => r.GetProperty("target").GetString()).ShouldBe(["LearningHours", "Employee"]);
        reads.ShouldAllBe(r => r.GetProperty("userName").GetString() == "analis.nasional");
        (await Environment.ScalarAsync<long>("select count(*) from audit_events where action = 'Read'")).ShouldBe(2, "a failed read showed nothing");
        using var medan = await SignInAsync("admin.medan");
        (await medan.GetJsonAsync($"{AuditLog}?action=Read")).PageItems().ShouldBeEmpty();
    }

    [Test]
    public async Task Import_IsOneLineWithItsCountsAndADryRunNone()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var file = ImportFiles.Csv("nip,full_name", $"{Nips.Pns(1)},Andi Wijaya", $"{Nips.Pns(2)},Budi Santoso");

        await (await admin.ImportAsync(file, query: "?dryRun=true")).ShouldBeOkAsync<JsonElement>();
        await (await admin.ImportAsync(file)).ShouldBeOkAsync<JsonElement>();

        var line = (await admin.GetJsonAsync($"{AuditLog}?action=Import")).PageItems().ShouldHaveSingleItem();
        line.GetProperty("target").GetString().ShouldBe("employees");
        line.GetProperty("detail").GetProperty("inserted").GetInt32().ShouldBe(2);
    }

    [Test]
    public async Task Seeding_IsNotAUsersChange()
    {
        (await Environment.ScalarAsync<long>("select count(*) from audit_events where action = 'Change'")).ShouldBe(0);
        (await Environment.ScalarAsync<long>("select count(*) from competency_frameworks")).ShouldBeGreaterThan(0, "reference data was seeded");
    }
}
