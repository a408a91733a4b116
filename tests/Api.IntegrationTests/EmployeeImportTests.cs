using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.OrganisationBuilder;

namespace AsnCompetency.Api.IntegrationTests;

/// <summary>
/// Employee import from CSV or XLSX: all or nothing, every failing row named with its column and
/// message, upsert and dry run, Indonesian spreadsheets as people save them.
/// </summary>
public sealed class EmployeeImportTests : ApiTestBase
{
    private const string BudiNip = "198609262015051001";
    private const string Header = "nip,full_name";

    private static IEnumerable<string> Rows(int count, int firstIndex = 0) =>
        Enumerable.Range(firstIndex, count).Select(i => $"{Nips.Pns(i, female: i % 2 == 1)},Pegawai {i}");

    private static Task<long> EmployeeCountAsync() => Environment.ScalarAsync<long>("select count(*) from employees");

    private static async Task<JsonElement> FindByNipAsync(HttpClient client, string nip) =>
        (await client.GetJsonAsync($"{Employees}?search={nip}")).GetProperty("items").EnumerateArray().ShouldHaveSingleItem();

    [Test]
    public async Task Import_HundredThousandRowCsv_InsertsEveryRowInOneRequest()
    {
        using var client = await SignInAsync("admin.kalianda");
        await client.UnitWithPositionAsync(await client.AgencyIdAsync(), "DINKES");
        var before = await EmployeeCountAsync();
        var file = ImportFiles.Csv(
            new[] { "nip,full_name,grade,position_code,position_start_date" }
                .Concat(Enumerable.Range(0, 100_000).Select(i => $"{Nips.Pns(i, female: i % 2 == 1)},Pegawai {i},III/a,DINKES-STAF,2024-01-02")));

        var stopwatch = Stopwatch.StartNew();
        var response = await client.ImportAsync(file);
        stopwatch.Stop();

        var result = await response.ShouldBeOkAsync<JsonElement>();
        TestContext.Progress.WriteLine($"Imported 100,000 employees ({file.Length / 1024 / 1024.0:0.0} MB CSV) in {stopwatch.Elapsed.TotalSeconds:0.0} s");
        result.GetProperty("dryRun").GetBoolean().ShouldBeFalse();
        result.GetProperty("rowCount").GetInt32().ShouldBe(100_000);
        result.GetProperty("insertedCount").GetInt32().ShouldBe(100_000);
        result.GetProperty("updatedCount").GetInt32().ShouldBe(0);
        (await EmployeeCountAsync() - before).ShouldBe(100_000);
        (await Environment.ScalarAsync<long>("select count(*) from position_assignments where end_date is null and start_date = '2024-01-02'")).ShouldBe(100_000);
        var last = await FindByNipAsync(client, Nips.Pns(99_999, female: true));
        last.GetProperty("fullName").GetString().ShouldBe("Pegawai 99999");
        last.GetProperty("gradeCode").GetString().ShouldBe("III/a");
        last.GetProperty("position").GetProperty("code").GetString().ShouldBe("DINKES-STAF");
    }

    [Test]
    public async Task Import_OneBadRowAmongThousands_ImportsNothingAndNamesThatRowColumnAndMessage()
    {
        using var client = await SignInAsync("admin.kalianda");
        var lines = Rows(5_000).ToList();
        lines[3_000] = "198609262015131001,Pegawai Salah";

        var response = await client.ImportAsync(ImportFiles.Csv([Header, .. lines]));

        var (errorCount, errors, truncated) = await response.ShouldBeRejectedImportAsync();
        errorCount.ShouldBe(1);
        truncated.ShouldBeFalse();
        var error = errors.ShouldHaveSingleItem();
        error.Row.ShouldBe(3_002);
        error.Column.ShouldBe("nip");
        error.Message.ShouldContain("digits 9–14");
        error.Message.ShouldContain("13 is not a month");
        (await EmployeeCountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task Import_SeveralBadCells_ReportsEachWithTheColumnAsTheFileNamesIt()
    {
        using var client = await SignInAsync("admin.kalianda");
        await client.UnitWithPositionAsync(await client.AgencyIdAsync(), "DINKES");

        var response = await client.ImportAsync(ImportFiles.Csv(
            "NIP,Nama,Golongan,Kode_Jabatan",
            $"{Nips.Pns(1)},Andi Wijaya,III/z,DINKES-STAF",
            $"{Nips.Pns(2)},,III/a,DINKES-STAF",
            $"{Nips.Pns(3)},Citra Lestari,III/a,TIDAK-ADA",
            $"{Nips.Pns(4)},Dewi Anggraini,IX,DINKES-STAF"));

        var (errorCount, errors, _) = await response.ShouldBeRejectedImportAsync();
        errorCount.ShouldBe(4);
        errors.Select(e => (e.Row, e.Column)).ShouldBe([(2, "Golongan"), (3, "Nama"), (4, "Kode_Jabatan"), (5, "Golongan")]);
        errors[0].Message.ShouldContain("III/z");
        errors[2].Message.ShouldContain("TIDAK-ADA");
        errors[3].Message.ShouldContain("PPPK");
        (await EmployeeCountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task Import_MissingRequiredColumn_Returns422AtTheHeaderRow()
    {
        using var client = await SignInAsync("admin.kalianda");

        var response = await client.ImportAsync(ImportFiles.Csv("nip,golongan", $"{Nips.Pns(1)},III/a"));

        var (_, errors, _) = await response.ShouldBeRejectedImportAsync();
        var error = errors.ShouldHaveSingleItem();
        error.Row.ShouldBe(1);
        error.Message.ShouldContain("full_name");
    }

    [Test]
    public async Task Import_DuplicateNipInTheFile_ReportsTheLaterRow()
    {
        using var client = await SignInAsync("admin.kalianda");

        var response = await client.ImportAsync(ImportFiles.Csv(
            Header,
            $"{Nips.Pns(1)},Andi Wijaya",
            $"{Nips.Pns(2)},Budi Santoso",
            "19700101 201001 1 002,Andi Wijaya Lagi"));

        var (errorCount, errors, _) = await response.ShouldBeRejectedImportAsync();
        errorCount.ShouldBe(1);
        var error = errors.ShouldHaveSingleItem();
        error.Row.ShouldBe(4);
        error.Column.ShouldBe("nip");
        error.Message.ShouldContain("row 2");
        (await EmployeeCountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task Import_NipAlreadyRegisteredInInsertMode_Returns422AndChangesNothing()
    {
        using var client = await SignInAsync("admin.kalianda");
        var budi = (await client.CreateEmployeeAsync(BudiNip, "Budi Santoso")).Id();

        var response = await client.ImportAsync(ImportFiles.Csv(Header, $"{Nips.Pns(1)},Andi Wijaya", $"{BudiNip},Budi Santoso Putra"));

        var (_, errors, _) = await response.ShouldBeRejectedImportAsync();
        var error = errors.ShouldHaveSingleItem();
        error.Row.ShouldBe(3);
        error.Column.ShouldBe("nip");
        error.Message.ShouldContain("mode=upsert");
        (await EmployeeCountAsync()).ShouldBe(1);
        (await client.GetJsonAsync($"{Employees}/{budi}")).GetProperty("fullName").GetString().ShouldBe("Budi Santoso");
    }

    [Test]
    public async Task Import_ModeWrittenAsTheRejectionAdvises_IsAccepted()
    {
        using var client = await SignInAsync("admin.kalianda");
        await client.CreateEmployeeAsync(BudiNip, "Budi Santoso");
        var file = ImportFiles.Csv(Header, $"{BudiNip},Budi Santoso Putra");
        var advice = (await (await client.ImportAsync(file)).ShouldBeRejectedImportAsync()).Errors.ShouldHaveSingleItem().Message;
        advice.ShouldContain("mode=upsert");

        var response = await client.ImportAsync(file, query: "?mode=upsert");

        (await response.ShouldBeOkAsync<JsonElement>()).GetProperty("updatedCount").GetInt32().ShouldBe(1);
    }

    [Test]
    public async Task Import_NipAlreadyRegisteredInUpsertMode_UpdatesTheEmployeeAndAddsPositionHistory()
    {
        using var client = await SignInAsync("admin.kalianda");
        var agencyId = await client.AgencyIdAsync();
        var (_, kabid) = await client.UnitWithPositionAsync(agencyId, "DINKES", "Administrator");
        var (bappeda, _) = await client.UnitWithPositionAsync(agencyId, "BAPPEDA");
        var budi = (await client.CreateEmployeeAsync(BudiNip, "Budi Santoso", kabid, "III/b", positionStartDate: "2020-01-02")).Id();

        var response = await client.ImportAsync(
            ImportFiles.Csv(
                "nip,full_name,position_code,position_start_date",
                $"{BudiNip},Budi Santoso Putra,BAPPEDA-STAF,2025-01-02",
                $"{Nips.Pns(1)},Andi Wijaya,BAPPEDA-STAF,2025-01-02"),
            query: "?mode=Upsert");

        var result = await response.ShouldBeOkAsync<JsonElement>();
        result.GetProperty("insertedCount").GetInt32().ShouldBe(1);
        result.GetProperty("updatedCount").GetInt32().ShouldBe(1);
        var updated = await client.GetJsonAsync($"{Employees}/{budi}");
        updated.GetProperty("fullName").GetString().ShouldBe("Budi Santoso Putra");
        updated.GetProperty("position").GetProperty("code").GetString().ShouldBe("BAPPEDA-STAF");
        updated.GetProperty("unit").Id().ShouldBe(bappeda);
        updated.GetProperty("grade").GetProperty("code").GetString().ShouldBe("III/b", "a column the file leaves out keeps the stored value");
        var history = (await client.GetJsonAsync($"{Employees}/{budi}/assignments")).EnumerateArray().ToList();
        history.Select(a => a.GetProperty("position").GetProperty("code").GetString()).ShouldBe(["BAPPEDA-STAF", "DINKES-STAF"]);
        history[0].GetProperty("startDate").GetString().ShouldBe("2025-01-02");
        history[0].GetProperty("isCurrent").GetBoolean().ShouldBeTrue();
        history[1].GetProperty("endDate").GetString().ShouldBe("2025-01-01");
        (await EmployeeCountAsync()).ShouldBe(2);
    }

    [Test]
    public async Task Import_UpsertWithPositionStartingBeforeTheCurrentOne_Returns422()
    {
        using var client = await SignInAsync("admin.kalianda");
        var agencyId = await client.AgencyIdAsync();
        var (_, kabid) = await client.UnitWithPositionAsync(agencyId, "DINKES", "Administrator");
        await client.UnitWithPositionAsync(agencyId, "BAPPEDA");
        var budi = (await client.CreateEmployeeAsync(BudiNip, "Budi Santoso", kabid, positionStartDate: "2020-01-02")).Id();

        var response = await client.ImportAsync(
            ImportFiles.Csv("nip,full_name,position_code,position_start_date", $"{BudiNip},Budi Santoso,BAPPEDA-STAF,2019-12-31"),
            query: "?mode=Upsert");

        var error = (await response.ShouldBeRejectedImportAsync()).Errors.ShouldHaveSingleItem();
        error.Row.ShouldBe(2);
        error.Message.ShouldContain("2020-01-02");
        (await client.GetJsonAsync($"{Employees}/{budi}/assignments")).GetArrayLength().ShouldBe(1);
    }

    [Test]
    public async Task Import_UpsertOfNipRegisteredInAnotherAgency_Returns422()
    {
        using var sysadmin = await SignInAsync("sysadmin");
        await sysadmin.CreateEmployeeAsync(BudiNip, "Budi Hartono", agencyId: await AgencyIdAsync("MEDAN"));
        using var client = await SignInAsync("admin.kalianda");

        var response = await client.ImportAsync(ImportFiles.Csv(Header, $"{BudiNip},Budi Santoso"), query: "?mode=Upsert");

        var error = (await response.ShouldBeRejectedImportAsync()).Errors.ShouldHaveSingleItem();
        error.Message.ShouldContain("another agency");
        (await sysadmin.GetJsonAsync($"{Employees}?search={BudiNip}")).Values("fullName").ShouldBe(["Budi Hartono"]);
    }

    [Test]
    public async Task Import_DryRun_ReportsTheCountsAndChangesNothing()
    {
        using var client = await SignInAsync("admin.kalianda");
        var budi = (await client.CreateEmployeeAsync(BudiNip, "Budi Santoso")).Id();

        var response = await client.ImportAsync(
            ImportFiles.Csv([Header, $"{BudiNip},Budi Santoso Putra", .. Rows(2, firstIndex: 1)]),
            query: "?dryRun=true&mode=Upsert");

        var result = await response.ShouldBeOkAsync<JsonElement>();
        result.GetProperty("dryRun").GetBoolean().ShouldBeTrue();
        result.GetProperty("rowCount").GetInt32().ShouldBe(3);
        result.GetProperty("insertedCount").GetInt32().ShouldBe(2);
        result.GetProperty("updatedCount").GetInt32().ShouldBe(1);
        (await EmployeeCountAsync()).ShouldBe(1);
        (await client.GetJsonAsync($"{Employees}/{budi}")).GetProperty("fullName").GetString().ShouldBe("Budi Santoso");
    }

    [Test]
    public async Task Import_DryRunWithErrors_Returns422LikeARealImport()
    {
        using var client = await SignInAsync("admin.kalianda");

        var response = await client.ImportAsync(ImportFiles.Csv(Header, "198609262015053001,Budi Santoso"), query: "?dryRun=true");

        (await response.ShouldBeRejectedImportAsync()).Errors.ShouldHaveSingleItem().Message.ShouldContain("digit 15");
    }

    [Test]
    public async Task Import_SemicolonSeparatedCsvWithBom_ReadsEveryColumn()
    {
        using var client = await SignInAsync("admin.kalianda");

        var response = await client.ImportAsync(ImportFiles.Csv(
            ["nip;full_name;back_title;grade;email", $"{BudiNip};Budi Santoso;S.Kom., M.T.;III/b;budi@example.go.id", $"{Nips.Pns(1)};Andi Wijaya;;IV/a;"],
            withBom: true));

        (await response.ShouldBeOkAsync<JsonElement>()).GetProperty("insertedCount").GetInt32().ShouldBe(2);
        var budi = await FindByNipAsync(client, BudiNip);
        budi.GetProperty("fullName").GetString().ShouldBe("Budi Santoso");
        budi.GetProperty("displayName").GetString().ShouldBe("Budi Santoso, S.Kom., M.T.");
        budi.GetProperty("gradeCode").GetString().ShouldBe("III/b");
        (await FindByNipAsync(client, Nips.Pns(1))).GetProperty("gradeCode").GetString().ShouldBe("IV/a");
    }

    [Test]
    public async Task Import_IndonesianHeaderAliases_ReadsTheColumns()
    {
        using var client = await SignInAsync("admin.kalianda");
        var (unit, position) = await client.UnitWithPositionAsync(await client.AgencyIdAsync(), "DINKES");

        var response = await client.ImportAsync(ImportFiles.Csv(
            "NIP,Nama,Golongan,Kode_Jabatan,TMT Jabatan,Jenis Kelamin,Tanggal Lahir",
            $"{BudiNip},Budi Santoso,III/b,dinkes-staf,02-01-2024,L,26-09-1986"));

        var result = await response.ShouldBeOkAsync<JsonElement>();
        result.GetProperty("insertedCount").GetInt32().ShouldBe(1);
        result.GetProperty("warningCount").GetInt32().ShouldBe(0);
        var budi = await client.GetJsonAsync($"{Employees}/{(await FindByNipAsync(client, BudiNip)).Id()}");
        budi.GetProperty("fullName").GetString().ShouldBe("Budi Santoso");
        budi.GetProperty("grade").GetProperty("code").GetString().ShouldBe("III/b");
        budi.GetProperty("position").Id().ShouldBe(position);
        budi.GetProperty("unit").Id().ShouldBe(unit);
        budi.GetProperty("positionStartDate").GetString().ShouldBe("2024-01-02");
    }

    [Test]
    public async Task Import_UnknownColumnAndImplausibleNip_ImportsWithWarnings()
    {
        using var client = await SignInAsync("admin.kalianda");

        var response = await client.ImportAsync(ImportFiles.Csv("nip,full_name,hobi", "200001012015051001,Rina Muda,catur"));

        var result = await response.ShouldBeOkAsync<JsonElement>();
        result.GetProperty("insertedCount").GetInt32().ShouldBe(1);
        result.GetProperty("warningCount").GetInt32().ShouldBe(2);
        var warnings = result.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("message").GetString()!).ToList();
        warnings.ShouldContain(w => w.Contains("hobi", StringComparison.Ordinal));
        warnings.ShouldContain(w => w.Contains("18th birthday", StringComparison.Ordinal));
    }

    [Test]
    public async Task Import_XlsxWorkbook_ImportsItsRows()
    {
        using var client = await SignInAsync("admin.kalianda");
        var (_, position) = await client.UnitWithPositionAsync(await client.AgencyIdAsync(), "DINKES");
        var file = ImportFiles.Xlsx(
        [
            new() { ["nip"] = BudiNip, ["nama"] = "Budi Santoso", ["golongan"] = "III/b", ["kode_jabatan"] = "DINKES-STAF", ["tmt_jabatan"] = new DateTime(2024, 1, 2) },
            new() { ["nip"] = "199203142023212005", ["nama"] = "Maria Fanggidae", ["golongan"] = "IX", ["kode_jabatan"] = null, ["tmt_jabatan"] = null },
        ]);

        var response = await client.ImportAsync(file, "pegawai.xlsx", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        (await response.ShouldBeOkAsync<JsonElement>()).GetProperty("insertedCount").GetInt32().ShouldBe(2);
        var budi = await client.GetJsonAsync($"{Employees}/{(await FindByNipAsync(client, BudiNip)).Id()}");
        budi.GetProperty("position").Id().ShouldBe(position);
        budi.GetProperty("positionStartDate").GetString().ShouldBe("2024-01-02");
        var maria = await FindByNipAsync(client, "199203142023212005");
        maria.GetProperty("employeeType").GetString().ShouldBe("Pppk");
        maria.GetProperty("gradeCode").GetString().ShouldBe("IX");
    }

    [Test]
    public async Task Import_XlsxWithNipAsNumber_Returns422AboutTheNumberFormat()
    {
        using var client = await SignInAsync("admin.kalianda");
        var file = ImportFiles.Xlsx([new() { ["nip"] = 198609262015051001L, ["nama"] = "Budi Santoso" }]);

        var response = await client.ImportAsync(file, "pegawai.xlsx");

        var error = (await response.ShouldBeRejectedImportAsync()).Errors.ShouldHaveSingleItem();
        error.Row.ShouldBe(2);
        error.Column.ShouldBe("nip");
        error.Message.ShouldContain("number");
        error.Message.ShouldContain("Text");
        (await EmployeeCountAsync()).ShouldBe(0);
    }

    [TestCase("pegawai.txt", "text/plain", "nip,full_name\r\n198609262015051001,Budi Santoso\r\n")]
    [TestCase("pegawai.pdf", "application/pdf", "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n")]
    public async Task Import_FileThatIsNotCsvOrXlsx_Returns415(string fileName, string contentType, string content)
    {
        using var client = await SignInAsync("admin.kalianda");

        var response = await client.ImportAsync(Encoding.UTF8.GetBytes(content), fileName, contentType: contentType);

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        (await EmployeeCountAsync()).ShouldBe(0);
    }

    [Test]
    public async Task Import_WithoutFile_Returns400NamingFile()
    {
        using var client = await SignInAsync("admin.kalianda");
        using var form = new MultipartFormDataContent { { new StringContent("true"), "dryRun" } };

        var response = await client.PostAsync($"{Employees}/import", form);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "file");
    }

    [Test]
    public async Task Import_CsvThatCannotBeParsed_Returns400NamingFile()
    {
        using var client = await SignInAsync("admin.kalianda");

        var response = await client.ImportAsync(ImportFiles.Csv(Header, $"\"{BudiNip},Budi \"Santoso\" tanpa penutup"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "file");
    }
}
