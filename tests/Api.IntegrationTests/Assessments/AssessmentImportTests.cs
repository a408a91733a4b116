using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.OrganisationBuilder;

namespace AsnCompetency.Api.IntegrationTests.Assessments;

/// <summary>
/// Assessment import from CSV or XLSX: all or nothing, every failing row named with its column and
/// message, dry run, Indonesian method names, and the same rights as recording one assessment.
/// </summary>
public sealed class AssessmentImportTests : ApiTestBase
{
    private const string Import = "/api/v1/assessments/import";
    private const string Header = "nip,competency_code,level,method,assessed_on";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string Andi = Nips.Pns(1);
    private static readonly string Budi = Nips.Pns(2);

    private static string Today => DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Task<long> AssessmentCountAsync() => Environment.ScalarAsync<long>("select count(*) from assessments");

    /// <summary>Posts the file as a browser uploads it: multipart/form-data with the file in the field "file".</summary>
    private static async Task<HttpResponseMessage> ImportAsync(
        HttpClient client, byte[] content, string fileName = "penilaian.csv", string query = "", string contentType = "text/csv")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        return await client.PostAsync($"{Import}{query}", form);
    }

    /// <summary>admin.kalianda with Andi and Budi registered in Lampung Selatan.</summary>
    private static async Task<HttpClient> AdminWithEmployeesAsync()
    {
        var client = await SignInAsync("admin.kalianda");
        await client.CreateEmployeeAsync(Andi, "Andi Wijaya");
        await client.CreateEmployeeAsync(Budi, "Budi Santoso");
        return client;
    }

    [Test]
    public async Task Import_ValidCsv_RecordsEveryRowInAssessments()
    {
        using var client = await AdminWithEmployeesAsync();
        var (frameworkId, items) = await client.NationalStandardAsync();
        var agencyId = await client.AgencyIdAsync();

        var response = await ImportAsync(client, ImportFiles.Csv(
            "nip,competency_code,level,method,assessed_on,assessor_name,evidence_note,evidence_url",
            $"{Andi},M.01,3,Supervisor,2025-03-14,Dra. Sri Wahyuni,Observasi triwulan I,https://example.go.id/bukti/1",
            $"{Andi},M.02,4,AssessmentCentre,14-03-2025,,,",
            $"{Budi},SK.01,2,self,2025-01-02,,,"));

        var result = await response.ShouldBeOkAsync<JsonElement>();
        result.GetProperty("dryRun").GetBoolean().ShouldBeFalse();
        result.GetProperty("rowCount").GetInt32().ShouldBe(3);
        result.GetProperty("insertedCount").GetInt32().ShouldBe(3);
        result.GetProperty("warningCount").GetInt32().ShouldBe(0);
        (await AssessmentCountAsync()).ShouldBe(3);
        (await Environment.ScalarAsync<string>(
            $"""
            select concat_ws('|', a.level, a.method, a.assessed_on, a.assessor_name, a.evidence_note, a.evidence_url, a.agency_id, a.framework_id, a.competency_id)
            from assessments a join employees e on e.id = a.employee_id where e.nip = '{Andi}' and a.method = 'Supervisor'
            """))
            .ShouldBe($"3|Supervisor|2025-03-14|Dra. Sri Wahyuni|Observasi triwulan I|https://example.go.id/bukti/1|{agencyId}|{frameworkId}|{items["M.01"]}");
        (await Environment.ScalarAsync<string>(
            $"""
            select concat_ws('|', a.level, a.method, a.assessed_on, a.assessor_name, a.assessor_user_id = a.recorded_by, a.recorded_by = u.id)
            from assessments a join employees e on e.id = a.employee_id, users u
            where e.nip = '{Andi}' and a.method = 'AssessmentCentre' and u.user_name = 'admin.kalianda'
            """))
            .ShouldBe("4|AssessmentCentre|2025-03-14|Admin BKPSDM Lampung Selatan|t|t", "an empty assessor_name is the importing user");
    }

    [Test]
    public async Task Import_FiftyThousandRowCsv_RecordsEveryRowInOneRequest()
    {
        using var client = await SignInAsync("admin.kalianda");
        const int EmployeeCount = 10_000;
        var employees = ImportFiles.Csv(new[] { "nip,full_name" }.Concat(Enumerable.Range(0, EmployeeCount).Select(i => $"{Nips.Pns(i)},Pegawai {i}")));
        (await (await client.ImportAsync(employees)).ShouldBeOkAsync<JsonElement>()).GetProperty("insertedCount").GetInt32().ShouldBe(EmployeeCount);
        string[] competencies = ["M.01", "M.02", "M.03", "M.04", "SK.01"];
        var file = ImportFiles.Csv(new[] { Header }.Concat(
            Enumerable.Range(0, EmployeeCount).SelectMany(i => competencies.Select(code => $"{Nips.Pns(i)},{code},{i % 5 + 1},Supervisor,2025-03-14"))));

        var response = await ImportAsync(client, file);

        var result = await response.ShouldBeOkAsync<JsonElement>();
        result.GetProperty("rowCount").GetInt32().ShouldBe(50_000);
        result.GetProperty("insertedCount").GetInt32().ShouldBe(50_000);
        (await AssessmentCountAsync()).ShouldBe(50_000);
        (await Environment.ScalarAsync<long>("select count(distinct employee_id) from assessments")).ShouldBe(EmployeeCount);
    }

    [Test]
    public async Task Import_MoreFailingRowsThanAreListed_CountsThemAllAndListsTheFirstThousand()
    {
        using var client = await AdminWithEmployeesAsync();
        var file = ImportFiles.Csv(new[] { Header }.Concat(Enumerable.Range(1_000, 1_500).Select(i => $"{Nips.Pns(i)},M.01,3,Supervisor,2025-03-14")));

        var response = await ImportAsync(client, file);

        var (errorCount, errors, truncated) = await response.ShouldBeRejectedImportAsync();
        errorCount.ShouldBe(1_500);
        errors.Count.ShouldBe(1_000);
        truncated.ShouldBeTrue();
        errors[0].Row.ShouldBe(2);
        errors[^1].Row.ShouldBe(1_001);
        (await AssessmentCountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task Import_XlsxWorkbook_RecordsItsRows()
    {
        using var client = await AdminWithEmployeesAsync();
        var file = ImportFiles.Xlsx(
        [
            new() { ["NIP"] = Andi, ["Kode Kompetensi"] = "M.03", ["Tingkat"] = 3, ["Metode"] = "Atasan", ["Tanggal Penilaian"] = new DateTime(2025, 2, 3) },
            new() { ["NIP"] = Budi, ["Kode Kompetensi"] = "M.04", ["Tingkat"] = 2, ["Metode"] = "Pasca Pelatihan", ["Tanggal Penilaian"] = new DateTime(2025, 2, 4) },
        ]);

        var response = await ImportAsync(client, file, "penilaian.xlsx", contentType: Xlsx);

        (await response.ShouldBeOkAsync<JsonElement>()).GetProperty("insertedCount").GetInt32().ShouldBe(2);
        (await Environment.ScalarAsync<string>(
            $"select string_agg(concat_ws('|', e.nip, a.level, a.method, a.assessed_on), ';' order by e.nip) from assessments a join employees e on e.id = a.employee_id"))
            .ShouldBe($"{Andi}|3|Supervisor|2025-02-03;{Budi}|2|PostTraining|2025-02-04");
    }

    [Test]
    public async Task Import_DryRun_ReportsTheCountsAndWritesNothing()
    {
        using var client = await AdminWithEmployeesAsync();

        var response = await ImportAsync(
            client,
            ImportFiles.Csv(Header, $"{Andi},M.01,3,Supervisor,2025-03-14", $"{Budi},M.01,2,Supervisor,2025-03-14"),
            query: "?dryRun=true");

        var result = await response.ShouldBeOkAsync<JsonElement>();
        result.GetProperty("dryRun").GetBoolean().ShouldBeTrue();
        result.GetProperty("rowCount").GetInt32().ShouldBe(2);
        result.GetProperty("insertedCount").GetInt32().ShouldBe(2);
        (await AssessmentCountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task Import_DryRunWithErrors_Returns422LikeARealImport()
    {
        using var client = await AdminWithEmployeesAsync();

        var response = await ImportAsync(client, ImportFiles.Csv(Header, $"{Andi},M.01,9,Supervisor,2025-03-14"), query: "?dryRun=true");

        var error = (await response.ShouldBeRejectedImportAsync()).Errors.ShouldHaveSingleItem();
        error.Column.ShouldBe("level");
        (await AssessmentCountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task Import_SeveralBadRows_Returns422ListingEachRowAndColumnAndWritesNothing()
    {
        using var client = await AdminWithEmployeesAsync();
        using var sysadmin = await SignInAsync("sysadmin");
        var medanNip = Nips.Pns(3);
        await sysadmin.CreateEmployeeAsync(medanNip, "Citra Lestari", agencyId: await AgencyIdAsync("MEDAN"));
        var future = DateOnly.FromDateTime(DateTime.Today).AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var response = await ImportAsync(client, ImportFiles.Csv(
            "NIP,Kode_Kompetensi,Tingkat,Metode,Tanggal_Penilaian,Tautan_Bukti",
            $"{Andi},M.01,3,Supervisor,2025-03-14,",
            $"{Nips.Pns(99)},M.01,3,Supervisor,2025-03-14,",
            $"{medanNip},M.01,3,Supervisor,2025-03-14,",
            $"{Andi},M.02,6,Supervisor,2025-03-14,",
            $"{Andi},M.03,3,Supervisor,{future},",
            $"{Andi},M.04,3,Wawancara,2025-03-14,",
            $"{Andi},X.99,3,Supervisor,2025-03-14,",
            $"{Andi},M,3,Supervisor,2025-03-14,",
            $"{Budi},M.05,3,Peer,2025-03-14,ftp://example.go.id/bukti",
            $"{Andi},M.01,4,atasan,14/03/2025,",
            "19860926201505,M.01,3,Supervisor,2025-03-14,"));

        var (errorCount, errors, truncated) = await response.ShouldBeRejectedImportAsync();
        errors.Select(e => (e.Row, e.Column)).ShouldBe(
        [
            (3, "NIP"), (4, "NIP"), (5, "Tingkat"), (6, "Tanggal_Penilaian"), (7, "Metode"), (8, "Kode_Kompetensi"),
            (9, "Kode_Kompetensi"), (10, "Tautan_Bukti"), (11, "NIP"), (12, "NIP"),
        ]);
        errorCount.ShouldBe(10);
        truncated.ShouldBeFalse();
        errors[0].Message.ShouldContain("not registered in this agency");
        errors[1].Message.ShouldContain("another agency");
        errors[2].Message.ShouldContain("1 to 5");
        errors[3].Message.ShouldContain("future");
        errors[4].Message.ShouldContain("Wawancara");
        errors[5].Message.ShouldContain("X.99");
        errors[6].Message.ShouldContain("group");
        errors[7].Message.ShouldContain("http");
        errors[8].Message.ShouldContain("row 2");
        errors[9].Message.ShouldContain("18 digits");
        (await AssessmentCountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task Import_UnknownNip_Returns422AtTheNipColumn()
    {
        using var client = await AdminWithEmployeesAsync();

        var response = await ImportAsync(client, ImportFiles.Csv(Header, $"{Andi},M.01,3,Supervisor,2025-03-14", $"{Nips.Pns(500)},M.01,3,Supervisor,2025-03-14"));

        var error = (await response.ShouldBeRejectedImportAsync()).Errors.ShouldHaveSingleItem();
        error.Row.ShouldBe(3);
        error.Column.ShouldBe("nip");
        error.Message.ShouldContain(Nips.Pns(500));
        error.Message.ShouldContain("not registered");
        (await AssessmentCountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task Import_NipOfAnotherAgency_Returns422AndWritesNothing()
    {
        using var client = await AdminWithEmployeesAsync();
        using var sysadmin = await SignInAsync("sysadmin");
        await sysadmin.CreateEmployeeAsync(Nips.Pns(3), "Citra Lestari", agencyId: await AgencyIdAsync("MEDAN"));

        var response = await ImportAsync(client, ImportFiles.Csv(Header, $"{Andi},M.01,3,Supervisor,2025-03-14", $"{Nips.Pns(3)},M.01,3,Supervisor,2025-03-14"));

        var error = (await response.ShouldBeRejectedImportAsync()).Errors.ShouldHaveSingleItem();
        error.Row.ShouldBe(3);
        error.Column.ShouldBe("nip");
        error.Message.ShouldContain("another agency");
        (await AssessmentCountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task Import_InactiveEmployee_Returns422()
    {
        using var client = await AdminWithEmployeesAsync();
        (await Environment.ScalarAsync<long>($"with changed as (update employees set is_active = false where nip = '{Budi}' returning 1) select count(*) from changed")).ShouldBe(1);

        var response = await ImportAsync(client, ImportFiles.Csv(Header, $"{Budi},M.01,3,Supervisor,2025-03-14"));

        var error = (await response.ShouldBeRejectedImportAsync()).Errors.ShouldHaveSingleItem();
        error.Row.ShouldBe(2);
        error.Message.ShouldContain("inactive");
        (await AssessmentCountAsync()).ShouldBe(0);
    }

    [TestCase("0")]
    [TestCase("6")]
    [TestCase("tiga")]
    public async Task Import_LevelOutsideTheFrameworkScale_Returns422AtTheLevelColumn(string level)
    {
        using var client = await AdminWithEmployeesAsync();

        var response = await ImportAsync(client, ImportFiles.Csv(Header, $"{Andi},M.01,{level},Supervisor,2025-03-14"));

        var error = (await response.ShouldBeRejectedImportAsync()).Errors.ShouldHaveSingleItem();
        error.Row.ShouldBe(2);
        error.Column.ShouldBe("level");
        error.Message.ShouldContain(level);
        (await AssessmentCountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task Import_DateInTheFuture_Returns422AtTheDateColumn()
    {
        using var client = await AdminWithEmployeesAsync();
        var future = DateOnly.FromDateTime(DateTime.Today).AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var response = await ImportAsync(client, ImportFiles.Csv(Header, $"{Andi},M.01,3,Supervisor,{Today}", $"{Andi},M.02,3,Supervisor,{future}"));

        var error = (await response.ShouldBeRejectedImportAsync()).Errors.ShouldHaveSingleItem();
        error.Row.ShouldBe(3);
        error.Column.ShouldBe("assessed_on");
        error.Message.ShouldContain(future);
        error.Message.ShouldContain("future");
        (await AssessmentCountAsync()).ShouldBe(0);
    }

    [TestCase("Wawancara")]
    [TestCase("2")]
    [TestCase("")]
    public async Task Import_MethodThatIsNotAMethod_Returns422AtTheMethodColumn(string method)
    {
        using var client = await AdminWithEmployeesAsync();

        var response = await ImportAsync(client, ImportFiles.Csv(Header, $"{Andi},M.01,3,{method},2025-03-14"));

        var error = (await response.ShouldBeRejectedImportAsync()).Errors.ShouldHaveSingleItem();
        error.Row.ShouldBe(2);
        error.Column.ShouldBe("method");
        error.Message.ShouldContain("Supervisor");
        (await AssessmentCountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task Import_IndonesianMethodNames_AreReadAsTheMethods()
    {
        using var client = await AdminWithEmployeesAsync();
        string[] methods = ["Mandiri", "atasan", "REKAN", "360", "Assessment Center", "AC", "tes", "Ujian", "pasca pelatihan", "assessment_centre", "Post-Training"];

        var response = await ImportAsync(client, ImportFiles.Csv(
            [Header, .. methods.Select((method, i) => $"{Andi},M.01,3,{method},2025-01-{i + 1:00}")]));

        (await response.ShouldBeOkAsync<JsonElement>()).GetProperty("insertedCount").GetInt32().ShouldBe(methods.Length);
        (await Environment.ScalarAsync<string>("select string_agg(method, ',' order by assessed_on) from assessments"))
            .ShouldBe("Self,Supervisor,Peer,Peer,AssessmentCentre,AssessmentCentre,Test,Test,PostTraining,AssessmentCentre,PostTraining");
    }

    [Test]
    public async Task Import_DuplicateRowsInTheFile_ReportsTheLaterRow()
    {
        using var client = await AdminWithEmployeesAsync();

        var response = await ImportAsync(client, ImportFiles.Csv(
            Header,
            $"{Andi},M.01,3,Supervisor,2025-03-14",
            $"{Andi},M.01,3,Self,2025-03-14",
            $"{Budi},M.01,3,Supervisor,2025-03-14",
            $"{Andi},m.01,4,atasan,14-03-2025"));

        var (errorCount, errors, _) = await response.ShouldBeRejectedImportAsync();
        errorCount.ShouldBe(1);
        var error = errors.ShouldHaveSingleItem();
        error.Row.ShouldBe(5);
        error.Column.ShouldBe("nip");
        error.Message.ShouldContain("row 2");
        (await AssessmentCountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task Import_SameFileTwice_RejectsTheSecondUploadAndKeepsOneCopy()
    {
        using var client = await AdminWithEmployeesAsync();
        var file = ImportFiles.Csv(Header, $"{Andi},M.01,3,Supervisor,2025-03-14", $"{Budi},M.01,2,Supervisor,2025-03-14");
        (await (await ImportAsync(client, file)).ShouldBeOkAsync<JsonElement>()).GetProperty("insertedCount").GetInt32().ShouldBe(2);

        var response = await ImportAsync(client, file);

        var (errorCount, errors, _) = await response.ShouldBeRejectedImportAsync();
        errorCount.ShouldBe(2);
        errors[0].Message.ShouldContain("already has an assessment");
        (await AssessmentCountAsync()).ShouldBe(2);
    }

    [Test]
    public async Task Import_CompetencyCodeInTwoFrameworks_NeedsTheFrameworkCode()
    {
        using var client = await AdminWithEmployeesAsync();
        using var sysadmin = await SignInAsync("sysadmin");
        var national = await sysadmin.PublishedTechnicalFrameworkAsync("KES-NASIONAL", ownerAgencyId: null);
        await client.PublishedTechnicalFrameworkAsync("KES-LAMSEL", await client.AgencyIdAsync());

        var ambiguous = await ImportAsync(client, ImportFiles.Csv(Header, $"{Andi},KES.01,3,Supervisor,2025-03-14"));
        var error = (await ambiguous.ShouldBeRejectedImportAsync()).Errors.ShouldHaveSingleItem();
        error.Column.ShouldBe("competency_code");
        error.Message.ShouldContain("KES-NASIONAL");
        error.Message.ShouldContain("KES-LAMSEL");
        error.Message.ShouldContain("framework_code");

        var response = await ImportAsync(client, ImportFiles.Csv(Header + ",framework_code", $"{Andi},KES.01,3,Supervisor,2025-03-14,kes-nasional"));

        (await response.ShouldBeOkAsync<JsonElement>()).GetProperty("insertedCount").GetInt32().ShouldBe(1);
        (await Environment.ScalarAsync<Guid>("select competency_id from assessments")).ShouldBe(national["KES.01"]);
    }

    [Test]
    public async Task Import_CompetencyOfAnotherAgencysFramework_Returns422()
    {
        using var medan = await SignInAsync("admin.medan");
        await medan.PublishedTechnicalFrameworkAsync("KES-MEDAN", await medan.AgencyIdAsync());
        using var client = await AdminWithEmployeesAsync();

        var response = await ImportAsync(client, ImportFiles.Csv(Header, $"{Andi},KES.01,3,Supervisor,2025-03-14"));

        var error = (await response.ShouldBeRejectedImportAsync()).Errors.ShouldHaveSingleItem();
        error.Column.ShouldBe("competency_code");
        error.Message.ShouldContain("KES.01");
    }

    [Test]
    public async Task Import_MissingRequiredColumns_Returns422AtTheHeaderRow()
    {
        using var client = await AdminWithEmployeesAsync();

        var response = await ImportAsync(client, ImportFiles.Csv("nip,competency_code,level", $"{Andi},M.01,3"));

        var (_, errors, _) = await response.ShouldBeRejectedImportAsync();
        errors.Select(e => (e.Row, e.Column)).ShouldBe([(1, "assessed_on"), (1, "method")]);
    }

    [Test]
    public async Task Import_UnknownColumn_ImportsWithAWarning()
    {
        using var client = await AdminWithEmployeesAsync();

        var response = await ImportAsync(client, ImportFiles.Csv(Header + ",nama", $"{Andi},M.01,3,Supervisor,2025-03-14,Andi Wijaya"));

        var result = await response.ShouldBeOkAsync<JsonElement>();
        result.GetProperty("insertedCount").GetInt32().ShouldBe(1);
        result.GetProperty("warningCount").GetInt32().ShouldBe(1);
        var warning = result.GetProperty("warnings").EnumerateArray().ShouldHaveSingleItem();
        warning.GetProperty("row").GetInt32().ShouldBe(1);
        warning.GetProperty("message").GetString()!.ShouldContain("nama");
    }

    [Test]
    public async Task Import_ByAssessorOfTheAgency_RecordsTheAssessments()
    {
        using var admin = await AdminWithEmployeesAsync();
        using var assessor = await SignInAsync("asesor.kalianda");

        var response = await ImportAsync(assessor, ImportFiles.Csv(Header, $"{Andi},M.01,3,Supervisor,2025-03-14"));

        (await response.ShouldBeOkAsync<JsonElement>()).GetProperty("insertedCount").GetInt32().ShouldBe(1);
        (await Environment.ScalarAsync<string>("select a.assessor_name from assessments a join users u on u.id = a.recorded_by where u.user_name = 'asesor.kalianda'"))
            .ShouldBe("Asesor Lampung Selatan");
    }

    [Test]
    public async Task Import_BySystemAdminWithAgencyId_RecordsIntoThatAgency()
    {
        using var admin = await AdminWithEmployeesAsync();
        using var sysadmin = await SignInAsync("sysadmin");
        var lamsel = await AgencyIdAsync("LAMSEL");
        var file = ImportFiles.Csv(Header, $"{Andi},M.01,3,Supervisor,2025-03-14");

        await (await ImportAsync(sysadmin, file)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "agencyId");
        var response = await ImportAsync(sysadmin, file, query: $"?agencyId={lamsel}");

        (await response.ShouldBeOkAsync<JsonElement>()).GetProperty("insertedCount").GetInt32().ShouldBe(1);
        (await Environment.ScalarAsync<Guid>("select agency_id from assessments")).ShouldBe(lamsel);
    }

    [TestCase("pegawai.kalianda")]
    [TestCase("analis.kalianda")]
    public async Task Import_ByUserWhoDoesNotAssess_Returns403(string userName)
    {
        using var admin = await AdminWithEmployeesAsync();
        using var client = await SignInAsync(userName);

        var response = await ImportAsync(client, ImportFiles.Csv(Header, $"{Andi},M.01,1,Self,2025-03-14"));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await AssessmentCountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task Import_ByAdminOfAnotherAgencyIntoThisAgency_Returns403()
    {
        using var admin = await AdminWithEmployeesAsync();
        using var medan = await SignInAsync("admin.medan");

        var response = await ImportAsync(medan, ImportFiles.Csv(Header, $"{Andi},M.01,3,Supervisor,2025-03-14"), query: $"?agencyId={await AgencyIdAsync("LAMSEL")}");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await AssessmentCountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task Import_WithoutFile_Returns400NamingFile()
    {
        using var client = await SignInAsync("admin.kalianda");
        using var form = new MultipartFormDataContent { { new StringContent("true"), "dryRun" } };

        var response = await client.PostAsync(Import, form);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "file");
    }

    [TestCase("penilaian.txt", "text/plain")]
    [TestCase("penilaian.pdf", "application/pdf")]
    public async Task Import_FileThatIsNotCsvOrXlsx_Returns415(string fileName, string contentType)
    {
        using var client = await AdminWithEmployeesAsync();

        var response = await ImportAsync(client, ImportFiles.Csv(Header, $"{Andi},M.01,3,Supervisor,2025-03-14"), fileName, contentType: contentType);

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        (await AssessmentCountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task GetTemplate_ReturnsCsvWithBomWhoseRowsImportForARegisteredEmployee()
    {
        using var client = await SignInAsync("admin.kalianda");
        await client.CreateEmployeeAsync("198609262015051001", "Budi Santoso");

        var template = await client.GetAsync($"{Import}/template");

        template.StatusCode.ShouldBe(HttpStatusCode.OK);
        template.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await template.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(3);
        lines[0].Trim().ShouldBe("nip,competency_code,framework_code,level,method,assessed_on,assessor_name,evidence_note,evidence_url");
        var result = await (await ImportAsync(client, bytes, "template.csv", query: "?dryRun=true")).ShouldBeOkAsync<JsonElement>();
        result.GetProperty("insertedCount").GetInt32().ShouldBe(2);
        result.GetProperty("warningCount").GetInt32().ShouldBe(0);
    }
}
