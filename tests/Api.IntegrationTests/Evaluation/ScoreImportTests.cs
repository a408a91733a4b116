using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.Training.TrainingBuilder;

namespace AsnCompetency.Api.IntegrationTests.Evaluation;

/// <summary>
/// Score import from CSV or XLSX: keyed by NIP, session code (programme code when ambiguous) and
/// instrument code; all or nothing with every failing row named; dry run; a score given again
/// replaces the recorded one; and only the importing user's scope can be scored.
/// </summary>
public sealed class ScoreImportTests : ApiTestBase
{
    private const string Import = "/api/v1/scores/import";
    private const string Header = "nip,session_code,instrument_code,phase,score";

    private static Task<long> ScoreCountAsync() => Environment.ScalarAsync<long>("select count(*) from participant_scores");

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, byte[] content, string fileName = "nilai.csv", string query = "")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx", StringComparison.Ordinal)
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : "text/csv");
        form.Add(file, "file", fileName);
        return await client.PostAsync($"{Import}{query}", form);
    }

    [Test]
    public async Task Import_ValidCsv_RecordsEveryScoreAndTheEvaluationPairsThem()
    {
        var s = await ArrangeAsync();

        // Semicolons with decimal commas, Indonesian column and phase names, as an Indonesian Excel writes them.
        var response = await ImportAsync(s.Admin, ImportFiles.Csv(
            ["nip;kode_sesi;kode_instrumen;tahap;nilai",
                $"{s.Nips[0]};angkatan-1;test;awal;4,5", $"{s.Nips[0]};ANGKATAN-1;TEST;akhir;8",
                $"{s.Nips[1]};ANGKATAN-1;TEST;Pre-test;6", $"{s.Nips[1]};ANGKATAN-1;TEST;Post-test;9,25",
                $"{s.Nips[0]};ANGKATAN-1;M.01;Pre;2", $"{s.Nips[0]};ANGKATAN-1;M.01;tindak lanjut;3"],
            withBom: true));

        var result = await response.ShouldBeOkAsync<JsonElement>();
        result.GetProperty("dryRun").GetBoolean().ShouldBeFalse();
        result.GetProperty("rowCount").GetInt32().ShouldBe(6);
        result.GetProperty("addedCount").GetInt32().ShouldBe(6);
        result.GetProperty("replacedCount").GetInt32().ShouldBe(0);
        (await ScoreCountAsync()).ShouldBe(6);
        (await Environment.ScalarAsync<decimal>("select value from participant_scores where phase = 'Post' and value > 9")).ShouldBe(9.25m);

        var evaluation = await s.Admin.GetJsonAsync($"{Session(s.SessionId)}/evaluation");
        var test = evaluation.GetProperty("instruments").EnumerateArray().Single(i => i.GetProperty("instrument").GetProperty("code").GetString() == "TEST");
        test.GetProperty("prePost").GetProperty("pairedCount").GetInt32().ShouldBe(2);
        test.GetProperty("prePost").GetProperty("meanDifference").GetDouble().ShouldBe(3.375, 1e-9);
    }

    [Test]
    public async Task Import_SameFileTwice_ReplacesTheScoresInsteadOfDuplicating()
    {
        var s = await ArrangeAsync();
        string[] lines = [Header, $"{s.Nips[0]},ANGKATAN-1,TEST,Pre,4", $"{s.Nips[1]},ANGKATAN-1,TEST,Pre,5"];
        await (await ImportAsync(s.Admin, ImportFiles.Csv(lines))).ShouldBeOkAsync<JsonElement>();

        lines[2] = $"{s.Nips[1]},ANGKATAN-1,TEST,Pre,7";
        var again = await (await ImportAsync(s.Admin, ImportFiles.Csv(lines))).ShouldBeOkAsync<JsonElement>();

        again.GetProperty("addedCount").GetInt32().ShouldBe(0);
        again.GetProperty("replacedCount").GetInt32().ShouldBe(2);
        (await ScoreCountAsync()).ShouldBe(2);
        (await Environment.ScalarAsync<decimal>("select sum(value) from participant_scores")).ShouldBe(11m);
    }

    [Test]
    public async Task Import_OneBadRowAmongGoodOnes_ImportsNothingAndNamesEveryFailingRow()
    {
        var s = await ArrangeAsync();
        await (await s.Admin.PostAsync($"{Enrollment(s.Enrollments[2])}/drop", null)).ShouldBeOkAsync<JsonElement>();
        var response = await ImportAsync(s.Admin, ImportFiles.Csv(
            Header,
            $"{s.Nips[0]},ANGKATAN-1,TEST,Pre,4",
            $"{s.Nips[1]},ANGKATAN-1,TEST,Pre,11",
            $"{Nips.Pns(900)},ANGKATAN-1,TEST,Pre,5",
            $"{s.Nips[3]},ANGKATAN-1,TEST,Pre,5",
            $"{s.Nips[1]},ANGKATAN-1,QUIZ,Pre,5",
            $"{s.Nips[1]},ANGKATAN-9,TEST,Pre,5",
            $"{s.Nips[1]},ANGKATAN-1,M.01,Pre,2.5",
            $"{s.Nips[0]},ANGKATAN-1,TEST,Pre,6",
            $"{s.Nips[1]},ANGKATAN-1,TEST,sebelumnya,6",
            $"{s.Nips[2]},ANGKATAN-1,TEST,Post,6",
            $"{s.Nips[1]},ANGKATAN-1,TEST,Post,abc",
            "12345,ANGKATAN-1,TEST,Post,6"));

        var (count, errors, _) = await response.ShouldBeRejectedImportAsync();

        errors.ShouldContain(e => e.Row == 3 && e.Column == "score" && e.Message.Contains("outside TEST's scale (0 to 10)"));
        errors.ShouldContain(e => e.Row == 4 && e.Column == "nip" && e.Message.Contains("not registered in your agency"));
        errors.ShouldContain(e => e.Row == 5 && e.Column == "nip" && e.Message.Contains("not enrolled in session ANGKATAN-1"));
        errors.ShouldContain(e => e.Row == 6 && e.Column == "instrument_code" && e.Message.Contains("has no instrument QUIZ (it has M.01, TEST)"));
        errors.ShouldContain(e => e.Row == 7 && e.Column == "session_code" && e.Message.Contains("no training session ANGKATAN-9"));
        errors.ShouldContain(e => e.Row == 8 && e.Column == "score" && e.Message.Contains("whole number from 1 to 5"));
        errors.ShouldContain(e => e.Row == 9 && e.Column == "nip" && e.Message.Contains("Row 2 of the file already has"));
        errors.ShouldContain(e => e.Row == 10 && e.Column == "phase");
        errors.ShouldContain(e => e.Row == 11 && e.Column == "nip" && e.Message.Contains("is Dropped"));
        errors.ShouldContain(e => e.Row == 12 && e.Column == "score" && e.Message.Contains("not a number"));
        errors.ShouldContain(e => e.Row == 13 && e.Column == "nip");
        errors.ShouldNotContain(e => e.Row == 2);
        count.ShouldBe(errors.Count);
        (await ScoreCountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task Import_DryRun_ReportsTheCountsAndWritesNothing()
    {
        var s = await ArrangeAsync();
        var result = await (await ImportAsync(s.Admin, ImportFiles.Csv(Header, $"{s.Nips[0]},ANGKATAN-1,TEST,Pre,4", $"{s.Nips[1]},ANGKATAN-1,TEST,Pre,"), query: "?dryRun=true"))
            .ShouldBeOkAsync<JsonElement>();

        result.GetProperty("dryRun").GetBoolean().ShouldBeTrue();
        result.GetProperty("addedCount").GetInt32().ShouldBe(1);
        result.GetProperty("skippedCount").GetInt32().ShouldBe(1);
        (await ScoreCountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task Import_SessionCodeInTwoProgrammes_AsksForTheProgrammeCodeAndUsesIt()
    {
        var s = await ArrangeAsync();
        var other = (await s.Admin.CreateProgramAsync("TEKNIS-02")).Id();
        await s.Admin.OpenSessionAsync(other, "ANGKATAN-1", startDate: Day(6, 1), endDate: Day(6, 5));

        var ambiguous = await ImportAsync(s.Admin, ImportFiles.Csv(Header, $"{s.Nips[0]},ANGKATAN-1,TEST,Pre,4"));
        var (_, errors, _) = await ambiguous.ShouldBeRejectedImportAsync();
        errors.ShouldHaveSingleItem().Message.ShouldContain("in TEKNIS-01 of LAMSEL, TEKNIS-02 of LAMSEL");

        var result = await (await ImportAsync(s.Admin, ImportFiles.Csv("nip,session_code,program_code,instrument_code,phase,score", $"{s.Nips[0]},ANGKATAN-1,TEKNIS-01,TEST,Pre,4")))
            .ShouldBeOkAsync<JsonElement>();
        result.GetProperty("addedCount").GetInt32().ShouldBe(1);
    }

    [Test]
    public async Task Import_NationalUserWithTheSameCodesInTwoAgencies_UsesTheAgencyCode()
    {
        var s = await ArrangeAsync();
        using var sysadmin = await SignInAsync("sysadmin");
        var national = (await sysadmin.CreateProgramAsync("NAS-01")).Id();
        using var medan = await SignInAsync("admin.medan");
        var kaliandaSession = await s.Admin.OpenSessionAsync(national, "ANGKATAN-7", startDate: Day(7, 6), endDate: Day(7, 10));
        await medan.OpenSessionAsync(national, "ANGKATAN-7", startDate: Day(7, 6), endDate: Day(7, 10));
        var enrollment = (await s.Admin.EnrolAsync(kaliandaSession, (await s.Admin.StaffAsync(await s.Admin.AgencyIdAsync(), "BAPPEDA", 1, firstIndex: 50))[0])).Id();
        await (await s.Admin.PostJsonAsync($"{Session(kaliandaSession)}/instruments", new { code = "TEST", name = "Tes", kind = "Test", maxScore = 100 }))
            .ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        const string header = "nip,session_code,program_code,agency_code,instrument_code,phase,score";

        var (_, errors, _) = await (await ImportAsync(sysadmin, ImportFiles.Csv(header, $"{Nips.Pns(50)},ANGKATAN-7,NAS-01,,TEST,Pre,40"))).ShouldBeRejectedImportAsync();
        errors.ShouldHaveSingleItem().Message.ShouldContain("NAS-01 of LAMSEL, NAS-01 of MEDAN");

        var result = await (await ImportAsync(sysadmin, ImportFiles.Csv(header, $"{Nips.Pns(50)},ANGKATAN-7,NAS-01,lamsel,TEST,Pre,40"))).ShouldBeOkAsync<JsonElement>();
        result.GetProperty("addedCount").GetInt32().ShouldBe(1);
        (await Environment.ScalarAsync<Guid>("select enrollment_id from participant_scores")).ShouldBe(enrollment);
    }

    [TestCase("1000000")]
    [TestCase("-1000000")]
    [TestCase("999999.9995")]
    [TestCase("1e3")]
    public async Task Import_ScoreBeyondAnyScale_IsARowErrorNotAServerError(string score)
    {
        var s = await ArrangeAsync();

        var (_, errors, _) = await (await ImportAsync(s.Admin, ImportFiles.Csv(Header, $"{s.Nips[0]},ANGKATAN-1,TEST,Pre,{score}"))).ShouldBeRejectedImportAsync();

        errors.ShouldHaveSingleItem().Column.ShouldBe("score");
    }

    [Test]
    public async Task Import_Xlsx_ReadsNumericScoreCells()
    {
        var s = await ArrangeAsync();
        var workbook = ImportFiles.Xlsx(
        [
            new() { ["nip"] = s.Nips[0], ["session_code"] = "ANGKATAN-1", ["instrument_code"] = "TEST", ["phase"] = "Pre", ["score"] = 3.5 },
            new() { ["nip"] = s.Nips[0], ["session_code"] = "ANGKATAN-1", ["instrument_code"] = "TEST", ["phase"] = "Post", ["score"] = 9 },
        ]);

        var result = await (await ImportAsync(s.Admin, workbook, "nilai.xlsx")).ShouldBeOkAsync<JsonElement>();

        result.GetProperty("addedCount").GetInt32().ShouldBe(2);
        (await Environment.ScalarAsync<decimal>("select sum(value) from participant_scores")).ShouldBe(12.5m);
    }

    [Test]
    public async Task Import_OtherAgencysSessionOrRoleWithoutScoring_IsRefusedAndWritesNothing()
    {
        var s = await ArrangeAsync();
        var file = ImportFiles.Csv(Header, $"{s.Nips[0]},ANGKATAN-1,TEST,Pre,4");

        using var medan = await SignInAsync("admin.medan");
        var (_, errors, _) = await (await ImportAsync(medan, file)).ShouldBeRejectedImportAsync();
        errors.ShouldContain(e => e.Column == "session_code" && e.Message.Contains("no training session ANGKATAN-1"));

        using var analyst = await SignInAsync("analis.kalianda");
        await (await ImportAsync(analyst, file)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var employee = await SignInAsync("pegawai.kalianda");
        await (await ImportAsync(employee, file)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        using var assessor = await SignInAsync("asesor.kalianda");
        await (await ImportAsync(assessor, file)).ShouldBeOkAsync<JsonElement>();
        (await ScoreCountAsync()).ShouldBe(1);
    }

    [Test]
    public async Task Import_MissingColumn_NamesItAndTheTemplateListsEveryColumn()
    {
        var s = await ArrangeAsync();

        var (_, errors, _) = await (await ImportAsync(s.Admin, ImportFiles.Csv("nip,session_code,phase,score", $"{s.Nips[0]},ANGKATAN-1,Pre,4"))).ShouldBeRejectedImportAsync();
        errors.ShouldHaveSingleItem().Column.ShouldBe("instrument_code");

        var template = await s.Admin.GetStringAsync($"{Import}/template");
        template.TrimStart('\uFEFF').Split('\n')[0].TrimEnd('\r').ShouldBe("nip,session_code,program_code,agency_code,instrument_code,phase,score");
    }

    /// <summary>
    /// A LAMSEL session ANGKATAN-1 of programme TEKNIS-01 (targeting M.01) with a 0–10 test TEST
    /// and a level instrument M.01; four staff, the first three enrolled.
    /// </summary>
    private static async Task<Arranged> ArrangeAsync()
    {
        var admin = await SignInAsync("admin.kalianda");
        var (_, national) = await admin.NationalStandardAsync();
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "DINKES", 4);
        var program = (await admin.CreateProgramAsync("TEKNIS-01", targets: (national["M.01"], 3))).Id();
        var session = await admin.OpenSessionAsync(program, "ANGKATAN-1");
        var enrollments = new List<Guid>();
        foreach (var employee in staff.Employees.Take(3))
        {
            enrollments.Add((await admin.EnrolAsync(session, employee)).Id());
        }

        await (await admin.PostJsonAsync($"{Session(session)}/instruments", new { code = "TEST", name = "Tes pengetahuan", kind = "Test", maxScore = 10 }))
            .ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        await (await admin.PostJsonAsync($"{Session(session)}/instruments", new { code = "M.01", name = "Integritas", kind = "CompetencyLevel", competencyId = national["M.01"] }))
            .ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        return new Arranged(admin, session, enrollments, [.. Enumerable.Range(1, 4).Select(i => Nips.Pns(i))]);
    }

    private sealed record Arranged(HttpClient Admin, Guid SessionId, IReadOnlyList<Guid> Enrollments, IReadOnlyList<string> Nips);
}
