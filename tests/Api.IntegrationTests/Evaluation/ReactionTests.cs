using System.Net;
using System.Text.Json;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.OrganisationBuilder;
using static AsnCompetency.Api.IntegrationTests.Training.TrainingBuilder;
using Staff = AsnCompetency.Api.IntegrationTests.Training.Staff;

namespace AsnCompetency.Api.IntegrationTests.Evaluation;

/// <summary>
/// Kirkpatrick level 1: a session's reaction questionnaire (Likert statements), answered by its
/// participants once each or typed in from paper forms, with per-statement and overall means
/// computed independently here; fixed once answered; scoped like the session's participants.
/// </summary>
public sealed class ReactionTests : ApiTestBase
{
    private static string Reaction(Guid sessionId) => $"{Session(sessionId)}/reaction";

    [Test]
    public async Task Results_OfPaperForms_MatchMeansSdAndDistributionComputedIndependently()
    {
        var s = await ArrangeAsync();
        await ConfigureAsync(s, scalePoints: 5, "Materi relevan", "Pengajar menguasai materi", "Sarana memadai");
        int?[][] forms = [[5, 4, 3], [4, 4, null], [3, 5, 2], [5, 3, 4]];
        foreach (var answers in forms)
        {
            await (await s.Admin.PostJsonAsync($"{Reaction(s.SessionId)}/responses", new { answers, comment = answers[2] is null ? "Ruang kelas panas" : null }))
                .ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        }

        var results = (await s.Admin.GetJsonAsync(Reaction(s.SessionId))).GetProperty("results");

        results.GetProperty("respondents").GetInt32().ShouldBe(4);
        results.GetProperty("participants").GetInt32().ShouldBe(3);
        var items = results.GetProperty("items").EnumerateArray().ToList();
        double[][] given = [[5, 4, 3, 5], [4, 4, 5, 3], [3, 2, 4]];
        for (var i = 0; i < 3; i++)
        {
            var mean = given[i].Average();
            var sd = Math.Sqrt(given[i].Sum(a => (a - mean) * (a - mean)) / (given[i].Length - 1));
            items[i].GetProperty("answerCount").GetInt32().ShouldBe(given[i].Length);
            items[i].GetProperty("mean").GetDouble().ShouldBe(mean, 1e-9);
            items[i].GetProperty("standardDeviation").GetDouble().ShouldBe(sd, 1e-9);
            items[i].GetProperty("distribution").EnumerateArray().Select(c => c.GetInt32())
                .ShouldBe(Enumerable.Range(1, 5).Select(point => given[i].Count(a => a == point)));
        }

        var overall = given.Select(g => g.Average()).Average();
        results.GetProperty("overallMean").GetDouble().ShouldBe(overall, 1e-9);
        results.GetProperty("overallPercent").GetDouble().ShouldBe((overall - 1) / 4 * 100, 1e-9);
        results.GetProperty("comments").EnumerateArray().ShouldHaveSingleItem().GetString().ShouldBe("Ruang kelas panas");
    }

    [Test]
    public async Task Configure_WithoutItems_UsesTheUsualStatementsOnAFourPointScale()
    {
        var s = await ArrangeAsync();

        var questionnaire = await (await s.Admin.SendWithIfMatchAsync(HttpMethod.Put, Reaction(s.SessionId), null, new { })).ShouldBeOkAsync<JsonElement>();

        questionnaire.GetProperty("scalePoints").GetInt32().ShouldBe(4);
        questionnaire.GetProperty("items").GetArrayLength().ShouldBe(8);
        var reaction = await s.Admin.GetJsonAsync(Reaction(s.SessionId));
        reaction.GetProperty("results").GetProperty("respondents").GetInt32().ShouldBe(0);
        reaction.GetProperty("results").GetProperty("overallMean").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Test]
    public async Task Participant_AnswersOnceAndSeesNoResults()
    {
        var s = await ArrangeAsync();
        await ConfigureAsync(s, scalePoints: 4, "Materi relevan", "Pengajar menguasai materi");
        await LinkUserToEmployeeAsync("pegawai.kalianda", s.Staff[0]);
        using var participant = await SignInAsync("pegawai.kalianda");

        var before = await participant.GetJsonAsync(Reaction(s.SessionId));
        before.GetProperty("answered").GetBoolean().ShouldBeFalse();
        await (await participant.PostJsonAsync($"{Reaction(s.SessionId)}/responses", new { answers = new int?[] { 4, 3 } })).ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        await (await participant.PostJsonAsync($"{Reaction(s.SessionId)}/responses", new { answers = new int?[] { 1, 1 } })).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var after = await participant.GetJsonAsync(Reaction(s.SessionId));
        after.GetProperty("answered").GetBoolean().ShouldBeTrue();
        after.GetProperty("results").ValueKind.ShouldBe(JsonValueKind.Null);
        (await s.Admin.GetJsonAsync(Reaction(s.SessionId))).GetProperty("results").GetProperty("overallMean").GetDouble().ShouldBe(3.5, 1e-9);

        // Not a participant of this session: not theirs to answer.
        await LinkUserToEmployeeAsync("pegawai.kalianda", s.Staff[3]);
        using var outsider = await SignInAsync("pegawai.kalianda");
        await (await outsider.PostJsonAsync($"{Reaction(s.SessionId)}/responses", new { answers = new int?[] { 4, 3 } })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Answers_OffTheScaleWrongCountOrAllSkipped_AreRefusedNamingTheField()
    {
        var s = await ArrangeAsync();
        await ConfigureAsync(s, scalePoints: 4, "Materi relevan", "Pengajar menguasai materi");

        await (await s.Admin.PostJsonAsync($"{Reaction(s.SessionId)}/responses", new { answers = new int?[] { 4, 5 } })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "answers[1]");
        await (await s.Admin.PostJsonAsync($"{Reaction(s.SessionId)}/responses", new { answers = new int?[] { 4 } })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "answers");
        await (await s.Admin.PostJsonAsync($"{Reaction(s.SessionId)}/responses", new { answers = new int?[] { null, null } })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "answers");
        await (await s.Admin.SendWithIfMatchAsync(HttpMethod.Put, Reaction(s.SessionId), null, new { scalePoints = 11 })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "scalePoints");
        await (await s.Admin.SendWithIfMatchAsync(HttpMethod.Put, Reaction(s.SessionId), null, new { items = new[] { new { text = " " } } })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "items[0].text");
        (await Environment.ScalarAsync<long>("select count(*) from reaction_responses")).ShouldBe(0);
    }

    [Test]
    public async Task Questionnaire_OnceAnsweredOrStale_CannotChange()
    {
        var s = await ArrangeAsync();
        var created = await ConfigureAsync(s, scalePoints: 4, "Materi relevan");
        var etag = created.GetProperty("eTag").GetString();
        var changed = await (await s.Admin.SendWithIfMatchAsync(HttpMethod.Put, Reaction(s.SessionId), etag, new { scalePoints = 5, items = new[] { new { text = "Materi relevan" } } }))
            .ShouldBeOkAsync<JsonElement>();
        await (await s.Admin.SendWithIfMatchAsync(HttpMethod.Put, Reaction(s.SessionId), etag, new { scalePoints = 4 })).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);

        await (await s.Admin.PostJsonAsync($"{Reaction(s.SessionId)}/responses", new { answers = new int?[] { 5 } })).ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        await (await s.Admin.SendWithIfMatchAsync(HttpMethod.Put, Reaction(s.SessionId), changed.GetProperty("eTag").GetString(), new { scalePoints = 4 }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Responses_BeforeTheSessionBeginsOrWithoutQuestionnaire_AreRefused()
    {
        var s = await ArrangeAsync();
        await (await s.Admin.PostJsonAsync($"{Reaction(s.SessionId)}/responses", new { answers = new int?[] { 4 } })).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var planned = (await s.Admin.CreateSessionAsync(s.ProgramId, "ANGKATAN-2", startDate: Day(6, 1), endDate: Day(6, 5))).Id();
        await (await s.Admin.SendWithIfMatchAsync(HttpMethod.Put, Reaction(planned), null, new { })).ShouldBeOkAsync<JsonElement>();
        await (await s.Admin.PostJsonAsync($"{Reaction(planned)}/responses", new { answers = new int?[] { 4, 4, 4, 4, 4, 4, 4, 4 } })).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        // Open for enrolment but its first day still to come.
        var tomorrow = DateOnly.FromDateTime(DateTime.Today).AddDays(1);
        var upcoming = await s.Admin.OpenSessionAsync(s.ProgramId, "ANGKATAN-3", startDate: tomorrow, endDate: tomorrow);
        await (await s.Admin.SendWithIfMatchAsync(HttpMethod.Put, Reaction(upcoming), null, new { })).ShouldBeOkAsync<JsonElement>();
        var early = await s.Admin.PostJsonAsync($"{Reaction(upcoming)}/responses", new { answers = new int?[] { 4, 4, 4, 4, 4, 4, 4, 4 } });
        (await early.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("has not begun");
    }

    [Test]
    public async Task Scope_OtherAgencyCannotReachAndRolesDoOnlyTheirPart()
    {
        var s = await ArrangeAsync();
        await ConfigureAsync(s, scalePoints: 4, "Materi relevan");

        using var medan = await SignInAsync("admin.medan");
        await (await medan.GetAsync(Reaction(s.SessionId))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await medan.SendWithIfMatchAsync(HttpMethod.Put, Reaction(s.SessionId), null, new { })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await medan.PostJsonAsync($"{Reaction(s.SessionId)}/responses", new { answers = new int?[] { 4 } })).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        using var analyst = await SignInAsync("analis.kalianda");
        (await analyst.GetJsonAsync(Reaction(s.SessionId))).GetProperty("results").ValueKind.ShouldBe(JsonValueKind.Object);
        await (await analyst.SendWithIfMatchAsync(HttpMethod.Put, Reaction(s.SessionId), null, new { })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await analyst.PostJsonAsync($"{Reaction(s.SessionId)}/responses", new { answers = new int?[] { 4 } })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        using var assessor = await SignInAsync("asesor.kalianda");
        await (await assessor.PostJsonAsync($"{Reaction(s.SessionId)}/responses", new { answers = new int?[] { 3 } })).ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        await (await assessor.SendWithIfMatchAsync(HttpMethod.Put, Reaction(s.SessionId), null, new { })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await Environment.ScalarAsync<long>("select count(*) from reaction_responses")).ShouldBe(1);
    }

    private static async Task<JsonElement> ConfigureAsync(Arranged s, int scalePoints, params string[] statements) =>
        await (await s.Admin.SendWithIfMatchAsync(HttpMethod.Put, Reaction(s.SessionId), null, new { scalePoints, items = statements.Select(text => new { text, category = "Umum" }) }))
            .ShouldBeOkAsync<JsonElement>();

    /// <summary>A LAMSEL session, open, with three of four staff enrolled.</summary>
    private static async Task<Arranged> ArrangeAsync()
    {
        var admin = await SignInAsync("admin.kalianda");
        var staff = await admin.StaffAsync(await admin.AgencyIdAsync(), "DINKES", 4);
        var program = (await admin.CreateProgramAsync("TEKNIS-01")).Id();
        var session = await admin.OpenSessionAsync(program, "ANGKATAN-1");
        foreach (var employee in staff.Employees.Take(3))
        {
            await admin.EnrolAsync(session, employee);
        }

        return new Arranged(admin, program, session, staff);
    }

    private sealed record Arranged(HttpClient Admin, Guid ProgramId, Guid SessionId, Staff Staff);
}
