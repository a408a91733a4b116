using System.Net;
using System.Text.Json;
using AsnCompetency.Api.IntegrationTests.Training;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.Training.TrainingBuilder;

namespace AsnCompetency.Api.IntegrationTests.Evaluation;

/// <summary>
/// Pre/post scores through the API and the session evaluation, checked against independently
/// published results: Student's sleep data with R's t.test and wilcox.test (paired).
/// </summary>
public sealed class SessionEvaluationTests : ApiTestBase
{
    // R datasets::sleep, +2 so the scores lie on a 0–10 test.
    private static readonly decimal[] Pre = [2.7m, 0.4m, 1.8m, 0.8m, 1.9m, 5.4m, 5.7m, 2.8m, 2.0m, 4.0m];
    private static readonly decimal[] Post = [3.9m, 2.8m, 3.1m, 2.1m, 1.9m, 6.4m, 7.5m, 3.6m, 6.6m, 5.4m];

    [Test]
    public async Task Evaluation_SleepData_MatchesPublishedResultsToFourSignificantDigits()
    {
        var s = await ArrangeAsync(participants: 10);
        await RecordAsync(s, [.. s.Enrollments.Select((e, i) => Entry(e, s.Test, "Pre", Pre[i])), .. s.Enrollments.Select((e, i) => Entry(e, s.Test, "Post", Post[i]))]);

        var evaluation = await s.Admin.GetJsonAsync($"{Session(s.SessionId)}/evaluation");

        evaluation.GetProperty("participants").GetInt32().ShouldBe(10);
        var result = evaluation.GetProperty("instruments")[0].GetProperty("prePost");
        result.GetProperty("pairedCount").GetInt32().ShouldBe(10);
        Significant(result, "t", 4.062128);
        result.GetProperty("df").GetInt32().ShouldBe(9);
        Significant(result, "p", 0.002832890);
        Significant(result, "ciLower", 0.7001142);
        Significant(result, "ciUpper", 2.4598858);
        Significant(result, "meanDifference", 1.58);
        Significant(result, "dz", 1.58 / 1.229995);
        Significant(result, "wilcoxonP", 0.009091);

        // Independently: individual g = (post − pre)/(10 − pre), their mean; and the gain of the averages.
        var gains = Pre.Zip(Post, (pre, post) => (double)((post - pre) / (10 - pre))).ToList();
        Significant(result, "meanIndividualGain", gains.Average());
        var (preMean, postMean) = ((double)Pre.Average(), (double)Post.Average());
        Significant(result, "gainOfAverages", (postMean - preMean) / (10 - preMean));
        evaluation.GetProperty("instruments")[0].GetProperty("preFollowUp").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Test]
    public async Task Evaluation_EdgeCases_GiveReasonsInsteadOfNaNOr500()
    {
        var s = await ArrangeAsync(participants: 3);

        // One pair at the maximum, one missing its post, one ordinary pair.
        await RecordAsync(s, [Entry(s.Enrollments[0], s.Test, "Pre", 10m), Entry(s.Enrollments[0], s.Test, "Post", 10m), Entry(s.Enrollments[1], s.Test, "Pre", 4m),
            Entry(s.Enrollments[2], s.Test, "Pre", 5m), Entry(s.Enrollments[2], s.Test, "Post", 8m)]);

        var response = await s.Admin.GetAsync($"{Session(s.SessionId)}/evaluation");

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        text.ShouldNotContain("NaN");
        text.ShouldNotContain("Infinity");
        var result = JsonDocument.Parse(text).RootElement.GetProperty("instruments")[0].GetProperty("prePost");
        result.GetProperty("pairedCount").GetInt32().ShouldBe(2);
        result.GetProperty("excluded").GetProperty("MissingPost").GetInt32().ShouldBe(1);
        result.GetProperty("excluded").GetProperty("PreAtMaximum").GetInt32().ShouldBe(1);
        result.GetProperty("individualGainCount").GetInt32().ShouldBe(1);
        result.GetProperty("meanIndividualGain").GetDouble().ShouldBe(0.6, 1e-9);
    }

    [Test]
    public async Task RecordScores_OutOfRangeUnknownOrNotEnrolled_RefusesTheWholeGridNamingTheCell()
    {
        var s = await ArrangeAsync(participants: 2);

        await (await s.Admin.SendWithIfMatchAsync(HttpMethod.Put, $"{Session(s.SessionId)}/scores", null, new
        {
            entries = new[] { Entry(s.Enrollments[0], s.Test, "Pre", 5m), Entry(s.Enrollments[1], s.Test, "Pre", 11m) },
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "entries[1].value");
        await (await s.Admin.SendWithIfMatchAsync(HttpMethod.Put, $"{Session(s.SessionId)}/scores", null, new
        {
            entries = new[] { Entry(s.Enrollments[0], s.Test, "Pre", 5.0001m) },
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "entries[0].value");
        await (await s.Admin.SendWithIfMatchAsync(HttpMethod.Put, $"{Session(s.SessionId)}/scores", null, new
        {
            entries = new[] { Entry(s.Enrollments[0], s.Test, "Pre", 5m), Entry(Guid.NewGuid(), s.Test, "Pre", 5m) },
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "entries[1].enrollmentId");

        var grid = await s.Admin.GetJsonAsync($"{Session(s.SessionId)}/scores");
        grid.GetProperty("rows").EnumerateArray().SelectMany(r => r.GetProperty("scores").EnumerateArray()).ShouldBeEmpty();
    }

    [Test]
    public async Task RecordScores_AgainAndNull_ReplacesAndRemoves()
    {
        var s = await ArrangeAsync(participants: 1);
        await RecordAsync(s, [Entry(s.Enrollments[0], s.Test, "Pre", 5m), Entry(s.Enrollments[0], s.Test, "Post", 6m)]);

        await RecordAsync(s, [Entry(s.Enrollments[0], s.Test, "Pre", 4.5m), Entry(s.Enrollments[0], s.Test, "Post", null)]);

        var cells = (await s.Admin.GetJsonAsync($"{Session(s.SessionId)}/scores")).GetProperty("rows")[0].GetProperty("scores").EnumerateArray().ToList();
        cells.ShouldHaveSingleItem().GetProperty("value").GetDecimal().ShouldBe(4.5m);
    }

    [Test]
    public async Task CreateInstrument_LevelOfACompetencyNotTargeted_Returns400AndTestWithoutMax400()
    {
        var s = await ArrangeAsync(participants: 1);
        var (_, national) = await s.Admin.NationalStandardAsync();
        var url = $"{Session(s.SessionId)}/instruments";

        await (await s.Admin.PostJsonAsync(url, new { code = "LEVEL", name = "Level", kind = "CompetencyLevel", competencyId = national["M.05"] }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "competencyId");
        await (await s.Admin.PostJsonAsync(url, new { code = "TEST2", name = "Test", kind = "Test" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "maxScore");
        await (await s.Admin.PostJsonAsync(url, new { code = "TEST3", name = "Test", kind = "Test", maxScore = 0.0004 })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "maxScore");
        await (await s.Admin.PostJsonAsync(url, new { code = "TEST", name = "Test", kind = "Test", maxScore = 100 })).ShouldBeProblemAsync(HttpStatusCode.Conflict, "code");
        var level = await (await s.Admin.PostJsonAsync(url, new { code = "M01", name = "Integritas", kind = "CompetencyLevel", competencyId = national["M.01"] }))
            .ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        level.GetProperty("minScore").GetDecimal().ShouldBe(1m);
        level.GetProperty("maxScore").GetDecimal().ShouldBe(5m);
    }

    [Test]
    public async Task Scores_OtherAgencyAndEmployee_CannotSeeOrWrite()
    {
        var s = await ArrangeAsync(participants: 1);
        await RecordAsync(s, [Entry(s.Enrollments[0], s.Test, "Pre", 5m)]);
        using var medan = await SignInAsync("admin.medan");
        using var employee = await SignInAsync("pegawai.kalianda");

        await (await medan.GetAsync($"{Session(s.SessionId)}/evaluation")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await medan.GetAsync($"{Session(s.SessionId)}/scores")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await medan.PostJsonAsync($"{Session(s.SessionId)}/instruments", new { code = "X", name = "X", kind = "Test", maxScore = 10 }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await medan.SendWithIfMatchAsync(HttpMethod.Put, $"{Session(s.SessionId)}/scores", null, new { entries = new[] { Entry(s.Enrollments[0], s.Test, "Post", 6m) } }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await employee.GetAsync($"{Session(s.SessionId)}/evaluation")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await employee.SendWithIfMatchAsync(HttpMethod.Put, $"{Session(s.SessionId)}/scores", null, new { entries = new[] { Entry(s.Enrollments[0], s.Test, "Post", 6m) } }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var assessor = await SignInAsync("asesor.kalianda");
        await RecordAsync(s with { Admin = assessor }, [Entry(s.Enrollments[0], s.Test, "Post", 6m)]);
    }

    [Test]
    public async Task Reassessments_LevelInstrument_RecordPostTrainingAssessmentsOnce()
    {
        var s = await ArrangeAsync(participants: 2);
        var (_, national) = await s.Admin.NationalStandardAsync();
        var level = (await (await s.Admin.PostJsonAsync($"{Session(s.SessionId)}/instruments", new { code = "M01", name = "Integritas", kind = "CompetencyLevel", competencyId = national["M.01"] }))
            .ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created)).Id();
        await RecordAsync(s, [Entry(s.Enrollments[0], level, "Pre", 2m), Entry(s.Enrollments[0], level, "Post", 4m), Entry(s.Enrollments[1], level, "Pre", 3m)]);
        await (await s.Admin.SendWithIfMatchAsync(HttpMethod.Put, $"{Session(s.SessionId)}/scores", null, new { entries = new[] { Entry(s.Enrollments[1], level, "Post", 3.5m) } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "entries[0].value");
        var url = $"{Session(s.SessionId)}/instruments/{level}/reassessments";

        var first = await (await s.Admin.PostAsync(url, null)).ShouldBeOkAsync<JsonElement>();
        var again = await (await s.Admin.PostAsync(url, null)).ShouldBeOkAsync<JsonElement>();

        first.GetProperty("recorded").GetInt32().ShouldBe(1);
        again.GetProperty("recorded").GetInt32().ShouldBe(0);
        again.GetProperty("alreadyRecorded").GetInt32().ShouldBe(1);
        var employee = (await s.Admin.GetJsonAsync(Enrollment(s.Enrollments[0]))).EmployeeOf();
        var history = await s.Admin.GetJsonAsync($"/api/v1/employees/{employee}/assessments");
        var assessment = history.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        assessment.GetProperty("method").GetString().ShouldBe("PostTraining");
        assessment.GetProperty("level").GetInt32().ShouldBe(4);
        await (await s.Admin.PostAsync($"{Session(s.SessionId)}/instruments/{s.Test}/reassessments", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "instrumentId");
        await (await s.Admin.PostAsync($"{url}?phase=Pre", null)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "phase");
    }

    [Test]
    public async Task Evaluations_ProgrammeOverTwoSessions_PoolsTheParticipantsOnAHundredPointScale()
    {
        var s = await ArrangeAsync(participants: 5);
        await RecordAsync(s, [.. s.Enrollments.Select((e, i) => Entry(e, s.Test, "Pre", Pre[i])), .. s.Enrollments.Select((e, i) => Entry(e, s.Test, "Post", Post[i]))]);
        var staff = await s.Admin.StaffAsync(await s.Admin.AgencyIdAsync(), "DINKES-2", 5, firstIndex: 50);
        var program = (await s.Admin.GetJsonAsync(Session(s.SessionId))).GetProperty("program").Id();
        var second = await s.Admin.OpenSessionAsync(program, "ANGKATAN-2", startDate: End.AddDays(14), endDate: End.AddDays(18));
        var enrollments = new List<Guid>();
        foreach (var employee in staff.Employees)
        {
            enrollments.Add((await s.Admin.EnrolAsync(second, employee)).Id());
        }

        // The second session's test is out of 20: on the common scale its scores count the same as the first's out of 10.
        var test = (await (await s.Admin.PostJsonAsync($"{Session(second)}/instruments", new { code = "TEST", name = "Tes", kind = "Test", maxScore = 20 }))
            .ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created)).Id();
        var secondRun = s with { SessionId = second };
        await RecordAsync(secondRun, [.. enrollments.Select((e, i) => Entry(e, test, "Pre", Pre[i + 5] * 2)), .. enrollments.Select((e, i) => Entry(e, test, "Post", Post[i + 5] * 2))]);

        var report = await s.Admin.GetJsonAsync($"/api/v1/evaluations?groupBy=program&year={Year}");

        var group = report.GetProperty("groups").EnumerateArray().ShouldHaveSingleItem();
        group.GetProperty("code").GetString().ShouldBe("TEKNIS-01");
        group.GetProperty("sessions").GetInt32().ShouldBe(2);
        var result = group.GetProperty("comparison");
        result.GetProperty("pairedCount").GetInt32().ShouldBe(10);
        Significant(result, "t", 4.062128);
        Significant(result, "p", 0.002832890);
        Significant(result, "meanDifference", 15.8);
        Significant(result, "ciLower", 7.001142);
        var gains = Pre.Zip(Post, (pre, post) => (double)((post - pre) / (10 - pre))).ToList();
        Significant(result, "meanIndividualGain", gains.Average());

        var byAgency = await s.Admin.GetJsonAsync("/api/v1/evaluations?groupBy=agency");
        byAgency.GetProperty("groups").EnumerateArray().ShouldHaveSingleItem().GetProperty("code").GetString().ShouldBe("LAMSEL");
        using var medan = await SignInAsync("admin.medan");
        (await medan.GetJsonAsync("/api/v1/evaluations")).GetProperty("groups").EnumerateArray().ShouldBeEmpty();
        await (await s.Admin.GetAsync("/api/v1/evaluations?groupBy=unit")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    private static object Entry(Guid enrollmentId, Guid instrumentId, string phase, decimal? value) => new { enrollmentId, instrumentId, phase, value };

    private static async Task RecordAsync(Arranged s, object[] entries)
    {
        var response = await s.Admin.SendWithIfMatchAsync(HttpMethod.Put, $"{Session(s.SessionId)}/scores", null, new { entries });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private static void Significant(JsonElement result, string property, double expected)
    {
        var actual = result.GetProperty(property).GetDouble();
        Math.Abs(actual - expected).ShouldBeLessThan(Math.Abs(expected) * 5e-4, $"{property}: {actual} against {expected}");
    }

    /// <summary>A running LAMSEL session of a programme targeting M.01, with a 0–10 test and participants enrolled.</summary>
    private static async Task<Arranged> ArrangeAsync(int participants)
    {
        var admin = await SignInAsync("admin.kalianda");
        var (_, national) = await admin.NationalStandardAsync();
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "DINKES", participants);
        var program = (await admin.CreateProgramAsync("TEKNIS-01", targets: (national["M.01"], 3))).Id();
        var session = await admin.OpenSessionAsync(program, "ANGKATAN-1");
        var enrollments = new List<Guid>();
        foreach (var employee in staff.Employees)
        {
            enrollments.Add((await admin.EnrolAsync(session, employee)).Id());
        }

        var test = await (await admin.PostJsonAsync($"{Session(session)}/instruments", new { code = "TEST", name = "Tes pengetahuan", kind = "Test", maxScore = 10 }))
            .ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        return new Arranged(admin, session, enrollments, test.Id());
    }

    private sealed record Arranged(HttpClient Admin, Guid SessionId, IReadOnlyList<Guid> Enrollments, Guid Test);
}
