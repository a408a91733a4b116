using System.Net;
using System.Text;
using System.Text.Json;
using AsnCompetency.Api.IntegrationTests.Training;
using AsnCompetency.Testing;
using MiniExcelLibs;
using static AsnCompetency.Api.IntegrationTests.Training.TrainingBuilder;

namespace AsnCompetency.Api.IntegrationTests.Evaluation;

/// <summary>Score, gap and learning-hour exports: documented columns, RFC 4180, formula-like text neutralised, scope, audit.</summary>
public sealed class ExportTests : ApiTestBase
{
    private const string ScoresExport = "/api/v1/exports/scores";

    [Test]
    public async Task ExportScores_Csv_OneRowPerParticipantAndInstrumentWithGains()
    {
        var s = await ArrangeAsync();

        var response = await s.Admin.GetAsync($"{ScoresExport}?year={Year}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.FileName!.ShouldContain("scores-");
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        header.ShouldBe(Application.Exports.ExportHandlers.ScoreColumns.ToArray());
        lines.Length.ShouldBe(3);
        var first = Row(header, lines[1]);
        first["nip"].ShouldBe(s.Nips[0]);
        first["instrument_code"].ShouldBe("TEST");
        first["pre"].ShouldBe("40");
        first["post"].ShouldBe("70");
        first["gain"].ShouldBe("30");
        first["normalised_gain"].ShouldBe("0.5");
        first["max_score"].ShouldBe("100");
        first["follow_up"].ShouldBe("");
        (await Environment.ScalarAsync<long>("select count(*) from audit_events where action = 'Export' and target = 'scores'")).ShouldBe(1);
        (await Environment.ScalarAsync<string>("select detail ->> 'rows' from audit_events where target = 'scores'")).ShouldBe("2");
        (await Environment.ScalarAsync<string>("select detail ->> 'outcome' from audit_events where target = 'scores'")).ShouldBe("Completed");
    }

    [Test]
    public async Task ExportScores_FormulaLikeText_NeutralisedAndQuotedPerRfc4180()
    {
        var s = await ArrangeAsync(title: "=HYPERLINK(\"http://x\",\"klik\"), pelatihan");

        var text = await (await s.Admin.GetAsync($"{ScoresExport}?separator=semicolon&bom=true")).Content.ReadAsByteArrayAsync();

        text.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        var csv = Encoding.UTF8.GetString(text[3..]);
        csv.ShouldContain(";\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\"), pelatihan\";");
        csv.Split("\r\n")[0].ShouldContain("agency_id;agency_code");

        // Semicolon-separated files are for Excel in Indonesian: decimals with a comma.
        csv.ShouldContain(";40;70;;30;0,5\r\n");
    }

    [Test]
    public async Task ExportScores_Xlsx_TypedCells()
    {
        var s = await ArrangeAsync();

        var response = await s.Admin.GetAsync($"{ScoresExport}?format=xlsx");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        rows.Count.ShouldBe(2);
        rows[0]["pre"].ShouldBeOfType<double>().ShouldBe(40);
        rows[0]["nip"].ShouldBe(s.Nips[0]);
    }

    [Test]
    public async Task ExportScores_XlsxWithoutRows_StillNamesTheColumns()
    {
        using var medan = await SignInAsync("admin.medan");

        var response = await medan.GetAsync($"{ScoresExport}?format=xlsx");

        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var header = stream.Query().Cast<IDictionary<string, object?>>().First();
        header.Values.Select(v => v?.ToString()).ShouldBe(Application.Exports.ExportHandlers.ScoreColumns);
    }

    [Test]
    public async Task Exports_OtherAgencyEmployeeAndBadOptions()
    {
        var s = await ArrangeAsync();
        using var medan = await SignInAsync("admin.medan");
        using var employee = await SignInAsync("pegawai.kalianda");

        var medanCsv = await (await medan.GetAsync(ScoresExport)).Content.ReadAsStringAsync();
        medanCsv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(1);
        await (await employee.GetAsync(ScoresExport)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await s.Admin.GetAsync($"{ScoresExport}?format=pdf")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "format");
        await (await s.Admin.GetAsync($"{ScoresExport}?separator=tab")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "separator");
        await (await s.Admin.GetAsync($"{ScoresExport}?year=1900")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "year");
    }

    [Test]
    public async Task ExportLearningHoursAndGaps_Csv_DocumentedColumns()
    {
        var s = await ArrangeAsync();

        var hours = (await (await s.Admin.GetAsync($"/api/v1/exports/learning-hours?year={Year}")).Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var gaps = (await (await s.Admin.GetAsync("/api/v1/exports/gaps")).Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        hours[0].Split(',').ShouldBe(Application.Exports.ExportHandlers.LearningHourColumns.ToArray());
        hours.Length.ShouldBe(3);
        Row(hours[0].Split(','), hours[1])["status"].ShouldBe("BelowMinimum");
        gaps[0].Split(',').ShouldBe(Application.Exports.ExportHandlers.GapColumns.ToArray());
    }

    private static Dictionary<string, string> Row(string[] header, string line) =>
        header.Zip(line.Split(','), (h, v) => (h, v)).ToDictionary(x => x.h, x => x.v);

    /// <summary>A LAMSEL session with a 0–100 test: two participants scored 40 → 70 and 60 → 90.</summary>
    private static async Task<Arranged> ArrangeAsync(string title = "Pelatihan Teknis")
    {
        var admin = await SignInAsync("admin.kalianda");
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "DINKES", 2);
        var program = (await (await admin.PostJsonAsync(Programs, ProgramBody("TEKNIS-01", title: title))).ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created)).Id();
        var session = await admin.OpenSessionAsync(program, "ANGKATAN-1");
        var enrollments = new List<Guid>();
        foreach (var employee in staff.Employees)
        {
            enrollments.Add((await admin.EnrolAsync(session, employee)).Id());
        }

        var test = (await (await admin.PostJsonAsync($"{Session(session)}/instruments", new { code = "TEST", name = "Tes", kind = "Test", maxScore = 100 }))
            .ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created)).Id();
        var scores = await admin.SendWithIfMatchAsync(HttpMethod.Put, $"{Session(session)}/scores", null, new
        {
            entries = new object[]
            {
                new { enrollmentId = enrollments[0], instrumentId = test, phase = "Pre", value = 40 },
                new { enrollmentId = enrollments[0], instrumentId = test, phase = "Post", value = 70 },
                new { enrollmentId = enrollments[1], instrumentId = test, phase = "Pre", value = 60 },
                new { enrollmentId = enrollments[1], instrumentId = test, phase = "Post", value = 90 },
            },
        });
        scores.StatusCode.ShouldBe(HttpStatusCode.OK, await scores.Content.ReadAsStringAsync());
        var nips = new List<string>();
        foreach (var employee in staff.Employees)
        {
            nips.Add((await admin.GetJsonAsync($"/api/v1/employees/{employee}")).GetProperty("nip").GetString()!);
        }

        return new Arranged(admin, session, [.. nips.Order()]);
    }

    private sealed record Arranged(HttpClient Admin, Guid SessionId, IReadOnlyList<string> Nips);
}
