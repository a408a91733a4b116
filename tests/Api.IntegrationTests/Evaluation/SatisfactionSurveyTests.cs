using System.Net;
using System.Text.Json;
using AsnCompetency.Api.IntegrationTests.Training;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.Training.TrainingBuilder;

namespace AsnCompetency.Api.IntegrationTests.Evaluation;

/// <summary>The community satisfaction index (IKM) against the formula of PermenPANRB 14/2017 worked out here.</summary>
public sealed class SatisfactionSurveyTests : ApiTestBase
{
    private const string Surveys = "/api/v1/satisfaction-surveys";

    // Twelve respondents × nine elements (1–4).
    private static readonly int[][] Answers =
    [
        [3, 3, 2, 4, 3, 3, 4, 2, 3], [4, 3, 3, 4, 3, 4, 4, 3, 3], [3, 2, 2, 4, 3, 3, 3, 2, 2], [4, 4, 3, 4, 4, 4, 4, 3, 4],
        [3, 3, 3, 4, 3, 3, 3, 3, 3], [2, 3, 2, 4, 3, 3, 4, 2, 3], [3, 3, 3, 4, 3, 4, 4, 3, 3], [4, 3, 2, 4, 4, 3, 3, 3, 3],
        [3, 3, 3, 4, 3, 3, 4, 2, 3], [3, 4, 3, 4, 3, 3, 3, 3, 4], [3, 3, 2, 3, 3, 3, 4, 3, 3], [4, 3, 3, 4, 3, 4, 4, 3, 3],
    ];

    [Test]
    public async Task Create_FromAnswers_IndexAndGradeAsTheFormulaGives()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var unit = (await admin.CreateUnitAsync(await admin.AgencyIdAsync(), "PKM-KALIANDA")).Id();

        var survey = await (await admin.PostJsonAsync(Surveys, new { unitId = unit, title = "SKM Semester I", periodStart = $"{Year}-01-01", periodEnd = $"{Year}-06-30", responses = Answers }))
            .ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);

        // NRR per element = Σ answers ÷ respondents; IKM = Σ NRR × 1/9; × 25; rounded only at the end.
        var nrr = Enumerable.Range(0, 9).Select(u => Answers.Sum(r => r[u]) / 12.0).ToArray();
        var unitIndex = nrr.Sum() / 9 * 25;
        survey.GetProperty("respondentCount").GetInt32().ShouldBe(12);
        survey.GetProperty("elements").EnumerateArray().Select(e => e.GetProperty("average").GetDouble()).ToArray()
            .Zip(nrr).ShouldAllBe(pair => Math.Abs(pair.First - pair.Second) < 5e-5);
        survey.GetProperty("elements")[2].GetProperty("name").GetString().ShouldBe("Waktu penyelesaian");
        survey.GetProperty("unitIndex").GetDecimal().ShouldBe((decimal)Math.Round(unitIndex, 2, MidpointRounding.AwayFromZero));
        survey.GetProperty("grade").GetString().ShouldBe(unitIndex >= 88.31 ? "A" : unitIndex >= 76.61 ? "B" : unitIndex >= 65 ? "C" : "D");
        survey.GetProperty("grade").GetString().ShouldBe("B");
    }

    [Test]
    public async Task Create_RespondentsSkippingElements_EachElementAveragedOverItsAnswers()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var unit = (await admin.CreateUnitAsync(await admin.AgencyIdAsync(), "PKM-KALIANDA")).Id();
        int?[][] answers = [[4, 3, null, 4, 4, 3, 4, 4, 4], [2, 3, 3, 4, 4, 3, 4, null, 4], [3, 3, 2, 4, 4, 3, 4, 4, 4]];

        var survey = await (await admin.PostJsonAsync(Surveys, new { unitId = unit, title = "SKM", periodStart = $"{Year}-01-01", periodEnd = $"{Year}-06-30", responses = answers }))
            .ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);

        // Element 3: (3 + 2) / 2 answers; element 8: (4 + 4) / 2.
        survey.GetProperty("elements")[2].GetProperty("average").GetDecimal().ShouldBe(2.5m);
        survey.GetProperty("elements")[7].GetProperty("average").GetDecimal().ShouldBe(4m);
        var nrr = new[] { 3.0, 3.0, 2.5, 4.0, 4.0, 3.0, 4.0, 4.0, 4.0 };
        survey.GetProperty("unitIndex").GetDecimal().ShouldBe((decimal)Math.Round(nrr.Sum() / 9 * 25, 2, MidpointRounding.AwayFromZero));
    }

    [TestCase(3.5326, "A")]
    [TestCase(3.5323, "A")]
    [TestCase(3.5322, "A")]
    [TestCase(3.5321, "B")]
    [TestCase(3.0644, "B")]
    [TestCase(3.0642, "B")]
    [TestCase(3.0641, "C")]
    [TestCase(2.6, "C")]
    [TestCase(2.5998, "C")]
    [TestCase(2.5997, "D")]
    public async Task Create_FromAverages_GradeAtTheThresholds(decimal everyElement, string grade)
    {
        // Nine equal averages a give IKM_unit = 25a, graded as reported (two decimals, half away from zero):
        // 3.5322 → 88.305 → 88.31 A but 3.5321 → 88.30 B; 3.0642 → 76.61 B but 3.0641 → 76.60 C; 2.5998 → 65.00 C but 2.5997 → 64.99 D.
        using var admin = await SignInAsync("admin.kalianda");
        var unit = (await admin.CreateUnitAsync(await admin.AgencyIdAsync(), "PKM-NATAR")).Id();

        var survey = await (await admin.PostJsonAsync(Surveys, new
        {
            unitId = unit,
            title = "SKM 2026",
            periodStart = $"{Year}-01-01",
            periodEnd = $"{Year}-12-31",
            respondentCount = 150,
            elementAverages = Enumerable.Repeat(everyElement, 9),
        })).ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);

        survey.GetProperty("grade").GetString().ShouldBe(grade);
        survey.GetProperty("fromAnswers").GetBoolean().ShouldBeFalse();
    }

    [Test]
    public async Task Create_BadAnswers_Returns400NamingTheCell()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var unit = (await admin.CreateUnitAsync(await admin.AgencyIdAsync(), "PKM-KALIANDA")).Id();
        object Body(object responses) => new { unitId = unit, title = "SKM", periodStart = $"{Year}-01-01", periodEnd = $"{Year}-06-30", responses };

        await (await admin.PostJsonAsync(Surveys, Body(new[] { new[] { 3, 3, 3, 3, 3, 3, 3, 3, 5 } }))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "responses[0][8]");
        await (await admin.PostJsonAsync(Surveys, Body(new[] { new[] { 3, 3, 3 } }))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "responses[0]");
        await (await admin.PostJsonAsync(Surveys, new { unitId = unit, title = "SKM", periodStart = $"{Year}-01-01", periodEnd = $"{Year}-06-30", elementAverages = new[] { 3m } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "respondentCount");
        (await admin.GetJsonAsync($"{Surveys}?unitId={unit}")).GetProperty("totalCount").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task Comparison_SurveysAroundASession_DifferenceOfTheIndices()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "PKM-KALIANDA", 1);
        var session = await admin.OpenSessionAsync((await admin.CreateProgramAsync("PELAYANAN-PRIMA")).Id(), "ANGKATAN-1");
        async Task SurveyAsync(string start, string end, decimal average) =>
            await (await admin.PostJsonAsync(Surveys, new
            {
                unitId = staff.UnitId,
                title = "SKM",
                periodStart = start,
                periodEnd = end,
                respondentCount = 100,
                elementAverages = Enumerable.Repeat(average, 9),
            })).ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        await SurveyAsync($"{Year - 1}-07-01", $"{Year - 1}-12-31", 2.8m);
        await SurveyAsync($"{Year}-01-01", $"{Year}-02-28", 3.0m);
        await SurveyAsync($"{Year}-04-01", $"{Year}-09-30", 3.3m);

        var comparison = await admin.GetJsonAsync($"{Surveys}/comparison?unitId={staff.UnitId}&sessionId={session}");

        comparison.GetProperty("before").GetProperty("unitIndex").GetDecimal().ShouldBe(75m);
        comparison.GetProperty("after").GetProperty("unitIndex").GetDecimal().ShouldBe(82.5m);
        comparison.GetProperty("difference").GetDecimal().ShouldBe(7.5m);
        comparison.GetProperty("note").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Test]
    public async Task Surveys_OtherAgencyAndEmployee_CannotSeeOrWrite()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var unit = (await admin.CreateUnitAsync(await admin.AgencyIdAsync(), "PKM-KALIANDA")).Id();
        var survey = await (await admin.PostJsonAsync(Surveys, new { unitId = unit, title = "SKM", periodStart = $"{Year}-01-01", periodEnd = $"{Year}-06-30", responses = Answers }))
            .ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        using var medan = await SignInAsync("admin.medan");
        using var employee = await SignInAsync("pegawai.kalianda");

        await (await medan.GetAsync($"{Surveys}/{survey.Id()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await medan.GetJsonAsync(Surveys)).GetProperty("totalCount").GetInt32().ShouldBe(0);
        await (await medan.PostJsonAsync(Surveys, new { unitId = unit, title = "SKM", periodStart = $"{Year}-01-01", periodEnd = $"{Year}-06-30", responses = Answers }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "unitId");
        await (await employee.GetAsync(Surveys)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}
