using System.Net;
using System.Text.Json;
using AsnCompetency.Testing;
using Npgsql;
using static AsnCompetency.Api.IntegrationTests.OrganisationBuilder;
using static AsnCompetency.Api.IntegrationTests.Tna.TnaBuilder;

namespace AsnCompetency.Api.IntegrationTests.Assessments;

/// <summary>
/// Assessments are recorded within the framework's scale and the caller's rights, in batches
/// all or nothing, and corrected by superseding rows: the database refuses to edit one.
/// </summary>
public sealed class AssessmentTests : ApiTestBase
{
    [Test]
    public async Task RecordAssessment_ByAssessorOfTheAgency_Returns201WithTheFieldsBack()
    {
        var setup = await ArrangeAsync();
        using var assessor = await SignInAsync("asesor.kalianda");
        var me = await assessor.GetJsonAsync("/api/v1/me");
        var assessedOn = Today.AddDays(-7);

        var response = await assessor.PostJsonAsync(AssessmentsUrl, AssessmentBody(
            setup.Employee,
            setup.National["M.03"],
            3,
            "Supervisor",
            assessedOn,
            evidenceNote: "Observasi rapat koordinasi",
            evidenceUrl: "https://dokumen.example.id/observasi/1"));

        var assessment = await response.ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"{AssessmentsUrl}/{assessment.Id()}");
        assessment.GetProperty("employeeId").GetGuid().ShouldBe(setup.Employee);
        assessment.GetProperty("employeeNip").GetString().ShouldBe(Nips.Pns(1));
        assessment.GetProperty("employeeName").GetString().ShouldBe("Budi Santoso");
        assessment.GetProperty("competencyId").GetGuid().ShouldBe(setup.National["M.03"]);
        assessment.GetProperty("competencyCode").GetString().ShouldBe("M.03");
        assessment.GetProperty("frameworkId").GetGuid().ShouldBe(setup.FrameworkId);
        assessment.GetProperty("level").GetInt32().ShouldBe(3);
        assessment.GetProperty("method").GetString().ShouldBe("Supervisor");
        assessment.GetProperty("assessedOn").GetString().ShouldBe(assessedOn.Iso());
        assessment.GetProperty("assessorName").GetString().ShouldBe(me.GetProperty("displayName").GetString());
        assessment.OptionalGuid("assessorUserId").ShouldBe(me.Id());
        assessment.GetProperty("evidenceNote").GetString().ShouldBe("Observasi rapat koordinasi");
        assessment.GetProperty("evidenceUrl").GetString().ShouldBe("https://dokumen.example.id/observasi/1");
        assessment.OptionalGuid("supersedesId").ShouldBeNull();
        assessment.OptionalString("correctionReason").ShouldBeNull();
        assessment.OptionalGuid("supersededById").ShouldBeNull();
        assessment.OptionalGuid("recordedBy").ShouldBe(me.Id());

        var read = await assessor.GetJsonAsync($"{AssessmentsUrl}/{assessment.Id()}");
        read.GetRawText().ShouldBe(assessment.GetRawText());
        (await Environment.ScalarAsync<Guid>($"select agency_id from assessments where id = '{assessment.Id()}'")).ShouldBe(setup.AgencyId);
    }

    [Test]
    public async Task RecordAssessment_NamedAssessor_KeepsTheNameAndNoAssessorUser()
    {
        var setup = await ArrangeAsync();
        using var assessor = await SignInAsync("asesor.kalianda");

        var response = await assessor.PostJsonAsync(AssessmentsUrl, AssessmentBody(
            setup.Employee, setup.National["M.01"], 4, "AssessmentCentre", Today.AddDays(-30), assessorName: "  UPT Penilaian Kompetensi BKN  "));

        var assessment = await response.ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        assessment.GetProperty("assessorName").GetString().ShouldBe("UPT Penilaian Kompetensi BKN");
        assessment.OptionalGuid("assessorUserId").ShouldBeNull();
    }

    [TestCase(0)]
    [TestCase(6)]
    public async Task RecordAssessment_LevelOutsideTheNationalScale_Returns400NamingLevel(int level)
    {
        var setup = await ArrangeAsync();
        using var assessor = await SignInAsync("asesor.kalianda");

        var response = await assessor.PostJsonAsync(AssessmentsUrl, AssessmentBody(setup.Employee, setup.National["M.01"], level));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "level");
        (await AssessmentCountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task RecordAssessment_LevelAboveAFourLevelFrameworksScale_Returns400NamingLevel()
    {
        var setup = await ArrangeAsync();
        using var admin = await SignInAsync("admin.kalianda");
        var competency = await FourLevelCompetencyAsync(admin, setup.AgencyId);
        using var assessor = await SignInAsync("asesor.kalianda");

        var tooHigh = await assessor.PostJsonAsync(AssessmentsUrl, AssessmentBody(setup.Employee, competency, 5));
        var top = await assessor.PostJsonAsync(AssessmentsUrl, AssessmentBody(setup.Employee, competency, 4));

        var problem = await tooHigh.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "level");
        problem.GetProperty("errors").GetProperty("level")[0].GetString()!.ShouldContain("4");
        (await top.ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("level").GetInt32().ShouldBe(4);
        (await AssessmentCountAsync()).ShouldBe(1);
    }

    [Test]
    public async Task RecordAssessment_FutureDate_Returns400NamingAssessedOn()
    {
        var setup = await ArrangeAsync();
        using var assessor = await SignInAsync("asesor.kalianda");

        var future = await assessor.PostJsonAsync(AssessmentsUrl, AssessmentBody(setup.Employee, setup.National["M.01"], 3, assessedOn: Today.AddDays(2)));
        var today = await assessor.PostJsonAsync(AssessmentsUrl, AssessmentBody(setup.Employee, setup.National["M.01"], 3, assessedOn: Today));

        await future.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "assessedOn");
        await today.ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        (await AssessmentCountAsync()).ShouldBe(1);
    }

    [Test]
    public async Task RecordAssessment_GroupHeading_Returns400NamingCompetencyId()
    {
        var setup = await ArrangeAsync();
        using var assessor = await SignInAsync("asesor.kalianda");

        var response = await assessor.PostJsonAsync(AssessmentsUrl, AssessmentBody(setup.Employee, setup.National["M"], 3));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "competencyId");
        (await AssessmentCountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task RecordAssessment_EmployeeSelfAssessingThemselves_Returns201()
    {
        var setup = await ArrangeAsync();
        await LinkUserToEmployeeAsync("pegawai.kalianda", setup.Employee);
        using var employee = await SignInAsync("pegawai.kalianda");
        var me = await employee.GetJsonAsync("/api/v1/me");

        var response = await employee.PostJsonAsync(AssessmentsUrl, AssessmentBody(setup.Employee, setup.National["M.02"], 2, "Self"));

        var assessment = await response.ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        assessment.GetProperty("method").GetString().ShouldBe("Self");
        assessment.GetProperty("employeeId").GetGuid().ShouldBe(setup.Employee);
        assessment.GetProperty("assessorName").GetString().ShouldBe("Siti Rahmawati");
        assessment.OptionalGuid("assessorUserId").ShouldBe(me.Id());
    }

    [Test]
    public async Task RecordAssessment_EmployeeBySupervisorMethod_Returns403AndRecordsNothing()
    {
        var setup = await ArrangeAsync();
        await LinkUserToEmployeeAsync("pegawai.kalianda", setup.Employee);
        using var employee = await SignInAsync("pegawai.kalianda");

        var response = await employee.PostJsonAsync(AssessmentsUrl, AssessmentBody(setup.Employee, setup.National["M.02"], 5, "Supervisor"));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await AssessmentCountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task RecordAssessment_EmployeeAssessingAColleague_Returns400NamingEmployeeIdAndRecordsNothing()
    {
        var setup = await ArrangeAsync();
        await LinkUserToEmployeeAsync("pegawai.kalianda", setup.Employee);
        using var employee = await SignInAsync("pegawai.kalianda");

        var response = await employee.PostJsonAsync(AssessmentsUrl, AssessmentBody(setup.Colleague, setup.National["M.02"], 1, "Self"));

        // The colleague is outside an Employee's scope, so refused as unknown: the answer does not confirm they exist.
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "employeeId");
        (await AssessmentCountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task RecordAssessment_AssessorOfAnotherAgency_Returns400NamingEmployeeIdAndRecordsNothing()
    {
        var setup = await ArrangeAsync();
        var medan = await AgencyIdAsync("MEDAN");
        (await Environment.ScalarAsync<long>(
            $"with moved as (update users set agency_id = '{medan}' where user_name = 'asesor.kalianda' returning 1) select count(*) from moved")).ShouldBe(1);
        using var assessor = await SignInAsync("asesor.kalianda");
        (await assessor.AgencyIdAsync()).ShouldBe(medan);

        var response = await assessor.PostJsonAsync(AssessmentsUrl, AssessmentBody(setup.Employee, setup.National["M.01"], 3));

        // Another agency's employee is invisible, so refused as unknown, as a position in another agency's unit is (AgencyScopeTests).
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "employeeId");
        (await AssessmentCountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task RecordAssessment_AgencyAdminOfAnotherAgency_Returns400NamingEmployeeIdAndRecordsNothing()
    {
        var setup = await ArrangeAsync();
        using var medan = await SignInAsync("admin.medan");

        var response = await medan.PostJsonAsync(AssessmentsUrl, AssessmentBody(setup.Employee, setup.National["M.01"], 3));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "employeeId");
        (await AssessmentCountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task RecordAssessments_AllItemsValid_RecordsEveryOne()
    {
        var setup = await ArrangeAsync();
        using var assessor = await SignInAsync("asesor.kalianda");

        var response = await assessor.PostJsonAsync($"{AssessmentsUrl}/batch", new { items = BatchItems(setup) });

        var result = await response.ShouldBeOkAsync<JsonElement>();
        result.GetProperty("recordedCount").GetInt32().ShouldBe(4);
        var ids = result.Array("ids").Select(i => i.GetGuid()).ToList();
        ids.Distinct().Count().ShouldBe(4);
        (await AssessmentCountAsync()).ShouldBe(4);
        (await Environment.ScalarAsync<long>($"select count(*) from assessments where employee_id = '{setup.Colleague}' and level = 2")).ShouldBe(1);
    }

    [TestCase("levelOutOfScale", "level")]
    [TestCase("futureDate", "assessedOn")]
    [TestCase("groupHeading", "competencyId")]
    [TestCase("unknownEmployee", "employeeId")]
    public async Task RecordAssessments_OneBadItem_Returns400NamingTheItemAndRecordsNone(string fault, string field)
    {
        var setup = await ArrangeAsync();
        using var assessor = await SignInAsync("asesor.kalianda");
        await assessor.AssessAsync(setup.Employee, setup.National["SK.01"], 2);
        var items = BatchItems(setup);
        items[2] = fault switch
        {
            "levelOutOfScale" => AssessmentBody(setup.Colleague, setup.National["M.03"], 6),
            "futureDate" => AssessmentBody(setup.Colleague, setup.National["M.03"], 3, assessedOn: Today.AddDays(3)),
            "groupHeading" => AssessmentBody(setup.Colleague, setup.National["M"], 3),
            _ => AssessmentBody(Guid.NewGuid(), setup.National["M.03"], 3),
        };

        var response = await assessor.PostJsonAsync($"{AssessmentsUrl}/batch", new { items });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, $"items[2].{field}");
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe([$"items[2].{field}"]);
        (await AssessmentCountAsync()).ShouldBe(1);
    }

    [Test]
    public async Task CorrectAssessment_WithReason_RecordsASupersedingAssessmentAndKeepsTheOriginal()
    {
        var setup = await ArrangeAsync();
        using var assessor = await SignInAsync("asesor.kalianda");
        var original = await assessor.AssessAsync(setup.Employee, setup.National["M.04"], 4, "Supervisor", Today.AddDays(-20));

        var response = await assessor.PostJsonAsync(
            $"{AssessmentsUrl}/{original.Id()}/corrections", CorrectionBody(2, "Supervisor", Today.AddDays(-20), "Tingkat tertukar dengan pegawai lain"));

        var correction = await response.ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"{AssessmentsUrl}/{correction.Id()}");
        correction.Id().ShouldNotBe(original.Id());
        correction.OptionalGuid("supersedesId").ShouldBe(original.Id());
        correction.GetProperty("correctionReason").GetString().ShouldBe("Tingkat tertukar dengan pegawai lain");
        correction.GetProperty("level").GetInt32().ShouldBe(2);
        correction.GetProperty("employeeId").GetGuid().ShouldBe(setup.Employee);
        correction.GetProperty("competencyId").GetGuid().ShouldBe(setup.National["M.04"]);
        correction.OptionalGuid("supersededById").ShouldBeNull();

        var originalNow = await assessor.GetJsonAsync($"{AssessmentsUrl}/{original.Id()}");
        originalNow.OptionalGuid("supersededById").ShouldBe(correction.Id());
        originalNow.GetProperty("level").GetInt32().ShouldBe(4);
        (await AssessmentCountAsync()).ShouldBe(2);
    }

    [Test]
    public async Task CorrectAssessment_SecondCorrectionOfTheSameOriginal_Returns409AndTheCorrectionCanBeCorrected()
    {
        var setup = await ArrangeAsync();
        using var assessor = await SignInAsync("asesor.kalianda");
        var original = await assessor.AssessAsync(setup.Employee, setup.National["M.04"], 4, "Supervisor", Today.AddDays(-20));
        var first = await assessor.CorrectAsync(original.Id(), 2, "Supervisor", Today.AddDays(-20));

        var second = await assessor.PostJsonAsync($"{AssessmentsUrl}/{original.Id()}/corrections", CorrectionBody(3, "Supervisor", Today.AddDays(-20), "Koreksi kedua"));

        await second.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await AssessmentCountAsync()).ShouldBe(2);
        var ofCorrection = await assessor.CorrectAsync(first.Id(), 3, "Supervisor", Today.AddDays(-20), "Koreksi atas koreksi");
        ofCorrection.OptionalGuid("supersedesId").ShouldBe(first.Id());
        (await AssessmentCountAsync()).ShouldBe(3);
    }

    [TestCase(null)]
    [TestCase("   ")]
    public async Task CorrectAssessment_WithoutReason_Returns400NamingReason(string? reason)
    {
        var setup = await ArrangeAsync();
        using var assessor = await SignInAsync("asesor.kalianda");
        var original = await assessor.AssessAsync(setup.Employee, setup.National["M.04"], 4);

        var response = await assessor.PostJsonAsync($"{AssessmentsUrl}/{original.Id()}/corrections", CorrectionBody(2, "Supervisor", Today.AddDays(-1), reason));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "reason");
        (await AssessmentCountAsync()).ShouldBe(1);
        (await assessor.GetJsonAsync($"{AssessmentsUrl}/{original.Id()}")).OptionalGuid("supersededById").ShouldBeNull();
    }

    [Test]
    public async Task CorrectAssessment_EmployeeCorrectingTheirSupervisorsAssessment_Returns403()
    {
        var setup = await ArrangeAsync();
        Guid supervisors;
        using (var assessor = await SignInAsync("asesor.kalianda"))
        {
            supervisors = (await assessor.AssessAsync(setup.Employee, setup.National["M.04"], 2, "Supervisor")).Id();
        }

        await LinkUserToEmployeeAsync("pegawai.kalianda", setup.Employee);
        using var employee = await SignInAsync("pegawai.kalianda");
        var own = await employee.AssessAsync(setup.Employee, setup.National["M.05"], 2, "Self");

        var response = await employee.PostJsonAsync($"{AssessmentsUrl}/{supervisors}/corrections", CorrectionBody(5, "Self", Today.AddDays(-1), "Saya tidak setuju"));
        var ownCorrection = await employee.PostJsonAsync($"{AssessmentsUrl}/{own.Id()}/corrections", CorrectionBody(3, "Self", Today.AddDays(-1), "Salah pilih tingkat"));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await ownCorrection.ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        (await AssessmentCountAsync()).ShouldBe(3);
    }

    [Test]
    public async Task UpdateAssessments_InSql_IsRefusedByTheAppendOnlyTrigger()
    {
        var setup = await ArrangeAsync();
        using var assessor = await SignInAsync("asesor.kalianda");
        var assessment = await assessor.AssessAsync(setup.Employee, setup.National["M.05"], 4);

        var error = await Should.ThrowAsync<PostgresException>(() => Environment.ScalarAsync<long>("UPDATE assessments SET level = 1"));

        error.SqlState.ShouldBe(PostgresErrorCodes.RestrictViolation);
        error.MessageText.ShouldContain("append-only");
        (await Environment.ScalarAsync<int>($"select level from assessments where id = '{assessment.Id()}'")).ShouldBe(4);
    }

    [Test]
    public async Task GetEmployeeAssessments_AfterACorrection_ListsOriginalAndCorrectionNewestFirst()
    {
        var setup = await ArrangeAsync();
        using var assessor = await SignInAsync("asesor.kalianda");
        var original = await assessor.AssessAsync(setup.Employee, setup.National["M.01"], 4, "Supervisor", Today.AddDays(-10));
        var later = await assessor.AssessAsync(setup.Employee, setup.National["M.02"], 3, "Test", Today.AddDays(-5));
        var correction = await assessor.CorrectAsync(original.Id(), 2, "Supervisor", Today.AddDays(-10));
        await assessor.AssessAsync(setup.Colleague, setup.National["M.01"], 1);

        var history = await assessor.GetJsonAsync(EmployeeAssessments(setup.Employee));
        var current = await assessor.GetJsonAsync($"{EmployeeAssessments(setup.Employee)}?includeSuperseded=false");

        // Same day: the later recorded (the correction) comes first.
        history.Array("items").Select(a => a.Id()).ShouldBe([later.Id(), correction.Id(), original.Id()]);
        history.Array("items")[2].OptionalGuid("supersededById").ShouldBe(correction.Id());
        current.Array("items").Select(a => a.Id()).ShouldBe([later.Id(), correction.Id()]);
    }

    [Test]
    public async Task GetEmployeeAssessments_AsEmployeeForAnotherEmployee_Returns404()
    {
        var setup = await ArrangeAsync();
        using (var assessor = await SignInAsync("asesor.kalianda"))
        {
            await assessor.AssessAsync(setup.Employee, setup.National["M.01"], 3);
            await assessor.AssessAsync(setup.Colleague, setup.National["M.01"], 2);
        }

        await LinkUserToEmployeeAsync("pegawai.kalianda", setup.Employee);
        using var employee = await SignInAsync("pegawai.kalianda");
        var colleagues = await Environment.ScalarAsync<Guid>($"select id from assessments where employee_id = '{setup.Colleague}'");

        await (await employee.GetAsync(EmployeeAssessments(setup.Colleague))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await employee.GetAsync($"{AssessmentsUrl}/{colleagues}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var own = await employee.GetJsonAsync(EmployeeAssessments(setup.Employee));
        own.Array("items").Select(a => a.GetProperty("employeeId").GetGuid()).ShouldBe([setup.Employee]);
        var all = await employee.GetJsonAsync(AssessmentsUrl);
        all.Array("items").Select(a => a.GetProperty("employeeId").GetGuid()).ShouldBe([setup.Employee]);
    }

    [Test]
    public async Task GetEmployeeAssessments_OtherAgencysEmployee_Returns404()
    {
        var setup = await ArrangeAsync();
        using (var assessor = await SignInAsync("asesor.kalianda"))
        {
            await assessor.AssessAsync(setup.Employee, setup.National["M.01"], 3);
        }

        using var medan = await SignInAsync("admin.medan");

        await (await medan.GetAsync(EmployeeAssessments(setup.Employee))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await medan.GetJsonAsync(AssessmentsUrl)).Array("items").ShouldBeEmpty();
    }

    private sealed record Setup(Guid AgencyId, Guid FrameworkId, IReadOnlyDictionary<string, Guid> National, Guid Employee, Guid Colleague);

    private static async Task<Setup> ArrangeAsync()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var agencyId = await admin.AgencyIdAsync();
        var (_, position) = await admin.UnitWithPositionAsync(agencyId, "DINKES");
        var (frameworkId, national) = await admin.NationalStandardAsync();
        var employee = (await admin.CreateEmployeeAsync(Nips.Pns(1), "Budi Santoso", position)).Id();
        var colleague = (await admin.CreateEmployeeAsync(Nips.Pns(2), "Andi Wijaya", position)).Id();
        return new Setup(agencyId, frameworkId, national, employee, colleague);
    }

    private static object[] BatchItems(Setup setup) =>
    [
        AssessmentBody(setup.Employee, setup.National["M.01"], 3),
        AssessmentBody(setup.Employee, setup.National["M.02"], 4, "Test"),
        AssessmentBody(setup.Colleague, setup.National["M.01"], 2),
        AssessmentBody(setup.Colleague, setup.National["M.02"], 1, "Peer"),
    ];

    /// <summary>A published agency framework whose scale has four levels; returns its one competency.</summary>
    private static async Task<Guid> FourLevelCompetencyAsync(HttpClient admin, Guid agencyId)
    {
        var framework = await admin.CreateFrameworkAsync(new
        {
            code = "TEKNIS-ARSIP",
            name = "Kompetensi Teknis Kearsipan",
            language = "id",
            ownerAgencyId = agencyId,
            proficiencyLevels = Enumerable.Range(1, 4).Select(level => new { level, name = $"Tingkat {level}" }).ToArray(),
            competencies = new object[]
            {
                new
                {
                    code = "ARS",
                    name = "Kearsipan",
                    itemType = "Group",
                    groupKind = "Teknis",
                    children = new object[] { new { code = "ARS.01", name = "Pengelolaan Arsip Dinamis", levels = FrameworkBodies.Levels(4) } },
                },
            },
        });
        (await admin.PostAsync($"{ApiClientExtensions.Frameworks}/{framework.Id()}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await admin.CompetencyIdsAsync(framework.Id()))["ARS.01"];
    }

    private static Task<long> AssessmentCountAsync() => Environment.ScalarAsync<long>("select count(*) from assessments");
}
