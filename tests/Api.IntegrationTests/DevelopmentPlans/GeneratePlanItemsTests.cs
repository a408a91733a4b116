using System.Net;
using System.Text.Json;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.DevelopmentPlans.GenerationScenario;
using static AsnCompetency.Api.IntegrationTests.DevelopmentPlans.PlanRequests;

namespace AsnCompetency.Api.IntegrationTests.DevelopmentPlans;

/// <summary>
/// Generation chooses, within the budget, each person's JP, each programme's capacity and one
/// programme per person and competency, the items that close the most weighted gap; on the small
/// scenario the tests check that against the optimum found by brute force over every subset.
/// </summary>
public sealed class GeneratePlanItemsTests : ApiTestBase
{
    private const decimal Ceiling = 100_000_000m;

    [Test]
    public async Task Generate_SmallCase_ChoosesTheExactOptimumWithinTheBudget()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var scenario = await BuildAsync(admin);
        var (plan, etag) = await admin.CreatePlanAsync(Ceiling);
        const decimal budget = 12_000_000m;
        var candidates = Candidates(ModelTaken.Nothing);
        var selections = FeasibleSelections(candidates, ModelTaken.Nothing);
        BestClosure(selections, budget).ShouldBeLessThan(BestClosure(selections, decimal.MaxValue), "the budget must bind for the test to mean something");

        var (report, newETag) = await admin.GenerateAsync(plan.Id(), etag, budget);

        newETag.ShouldNotBe(etag);
        report.GetProperty("plan").GetProperty("eTag").GetString().ShouldBe(newETag);
        report.GetProperty("method").GetString().ShouldBe("Exact");
        report.GetProperty("budget").GetDecimal().ShouldBe(budget);
        report.GetProperty("budgetForGenerated").GetDecimal().ShouldBe(budget);
        report.GetProperty("candidateCount").GetInt32().ShouldBe(candidates.Count);
        var items = report.GetProperty("plan").Items();
        items.ShouldAllBe(i => i.GetProperty("source").GetString() == "Generated");
        report.GetProperty("chosenCount").GetInt32().ShouldBe(items.Count);
        var chosen = items.Select(scenario.ToModel).ToList();
        chosen.ShouldAllBe(c => candidates.Contains(c), "every item is a candidate with its programme's cost and JP and its weighted closure");
        FitsBesidesBudget(chosen, ModelTaken.Nothing).ShouldBeTrue();

        var optimum = BestClosure(selections, budget);
        report.GetProperty("gapClosure").GetDecimal().ShouldBe(optimum);
        report.GetProperty("upperBound").GetDecimal().ShouldBe(optimum);
        chosen.Sum(c => c.Value).ShouldBe(optimum);
        chosen.Sum(c => c.Cost).ShouldBeLessThanOrEqualTo(budget);
        report.GetProperty("budgetUsed").GetDecimal().ShouldBe(chosen.Sum(c => c.Cost));
        var saved = await admin.GetJsonAsync(Of(plan.Id()));
        saved.Items().Count.ShouldBe(items.Count);
        saved.GetProperty("totalCost").GetDecimal().ShouldBe(chosen.Sum(c => c.Cost));
        saved.GetProperty("budgetRemaining").GetDecimal().ShouldBe(Ceiling - chosen.Sum(c => c.Cost));
        saved.GetProperty("expectedGapClosure").GetDecimal().ShouldBe(optimum);
    }

    [Test]
    public async Task Generate_RisingBudget_NeverLowersGapClosureAndStaysOptimal()
    {
        using var admin = await SignInAsync("admin.kalianda");
        await BuildAsync(admin);
        var (plan, etag) = await admin.CreatePlanAsync(Ceiling);
        var selections = FeasibleSelections(Candidates(ModelTaken.Nothing), ModelTaken.Nothing);

        var previous = -1m;
        for (var budget = 0m; budget <= 32_000_000m; budget += 1_000_000m)
        {
            (var report, etag) = await admin.GenerateAsync(plan.Id(), etag, budget);

            var closure = report.GetProperty("gapClosure").GetDecimal();
            closure.ShouldBeGreaterThanOrEqualTo(previous, $"budget {budget}");
            closure.ShouldBe(BestClosure(selections, budget), $"budget {budget}");
            report.GetProperty("budgetUsed").GetDecimal().ShouldBeLessThanOrEqualTo(budget);
            report.GetProperty("plan").GetProperty("totalCost").GetDecimal().ShouldBeLessThanOrEqualTo(budget);
            previous = closure;
        }

        previous.ShouldBe(BestClosure(selections, decimal.MaxValue), "at the top of the range the budget no longer binds");
    }

    [Test]
    public async Task Generate_TightBudget_ReportsEveryLeftOutCandidateWithItsTrueReason()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var scenario = await BuildAsync(admin);
        var (plan, etag) = await admin.CreatePlanAsync(Ceiling);
        const decimal budget = 7_000_000m;
        var candidates = Candidates(ModelTaken.Nothing);

        var (report, etag2) = await admin.GenerateAsync(plan.Id(), etag, budget);

        var chosen = report.GetProperty("plan").Items().Select(scenario.ToModel).ToList();
        var leftOut = report.GetProperty("leftOut").EnumerateArray()
            .Select(l => (Candidate: scenario.LeftOutToModel(l), Reason: l.GetProperty("reason").GetString()!))
            .ToList();
        var byReason = report.GetProperty("leftOutByReason").EnumerateObject().ToDictionary(r => r.Name, r => r.Value.GetInt32());
        byReason.Values.Sum().ShouldBe(candidates.Count - chosen.Count);
        byReason.GetValueOrDefault("OverBudget").ShouldBeGreaterThan(0);
        leftOut.Count.ShouldBe(candidates.Count - chosen.Count);
        leftOut.Select(l => l.Candidate.Key).Concat(chosen.Select(c => c.Key)).ShouldBe(candidates.Select(c => c.Key), ignoreOrder: true);
        leftOut.GroupBy(l => l.Reason).ToDictionary(g => g.Key, g => g.Count()).ShouldBe(byReason, ignoreOrder: true);
        leftOut.Select(l => l.Candidate.Value).ShouldBeInOrder(SortDirection.Descending);
        var budgetLeft = budget - chosen.Sum(c => c.Cost);
        foreach (var (candidate, reason) in leftOut)
        {
            ReasonHolds(candidate, reason, chosen, ModelTaken.Nothing, budgetLeft).ShouldBeTrue($"{candidate} left out as {reason}");
        }

        var (limited, _) = await admin.GenerateAsync(plan.Id(), etag2, budget, leftOutLimit: 2);
        limited.GetProperty("leftOut").GetArrayLength().ShouldBe(2);
        limited.GetProperty("leftOutByReason").EnumerateObject().Sum(r => r.Value.GetInt32()).ShouldBe(candidates.Count - chosen.Count);
    }

    [Test]
    public async Task Generate_ProgrammeWithCapacityOne_ChoosesItAtMostOnce()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var scenario = await BuildAsync(admin);
        var (plan, etag) = await admin.CreatePlanAsync(Ceiling);
        Candidates(ModelTaken.Nothing).Count(c => c.Program == "SK01-SATU").ShouldBeGreaterThan(1);

        var (report, _) = await admin.GenerateAsync(plan.Id(), etag, 100_000_000m);

        var chosen = report.GetProperty("plan").Items().Select(scenario.ToModel).ToList();
        chosen.Count(c => c.Program == "SK01-SATU").ShouldBe(1);
        report.GetProperty("leftOut").EnumerateArray()
            .Where(l => l.GetProperty("programId").GetGuid() == scenario.ProgramIds["SK01-SATU"])
            .Select(l => l.GetProperty("reason").GetString())
            .ShouldContain("ProgramFull");
        report.GetProperty("gapClosure").GetDecimal().ShouldBe(BestClosure(FeasibleSelections(Candidates(ModelTaken.Nothing), ModelTaken.Nothing), 100_000_000m));
    }

    [Test]
    public async Task Generate_PppkWith24JpLimit_NeverGetsTheProgrammeOf30Jp()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var scenario = await BuildAsync(admin);
        var (plan, etag) = await admin.CreatePlanAsync(Ceiling);
        var pppk = scenario.Employees["P4"];

        // P4's largest gap is M.02, which only the 30 JP programme closes: worth choosing with budget to spare, were it not for their 24 JP.
        var (report, _) = await admin.GenerateAsync(plan.Id(), etag, 100_000_000m);

        var theirs = report.GetProperty("plan").Items().Where(i => i.GetProperty("employee").Id() == pppk).ToList();
        theirs.ShouldNotContain(i => i.GetProperty("program").GetProperty("code").GetString() == "M02-30JP");
        theirs.Sum(i => i.GetProperty("plannedJp").GetInt32()).ShouldBeLessThanOrEqualTo(MaxJpPppk);
        report.GetProperty("leftOut").EnumerateArray()
            .Where(l => l.GetProperty("employeeId").GetGuid() == pppk && l.GetProperty("programId").GetGuid() == scenario.ProgramIds["M02-30JP"])
            .ShouldAllBe(l => l.GetProperty("reason").GetString() == "PersonJpExhausted");
    }

    [Test]
    public async Task Generate_Again_ReplacesGeneratedItemsAndKeepsHandMadeOnes()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var scenario = await BuildAsync(admin);
        var (plan, etag) = await admin.CreatePlanAsync(Ceiling);
        var handMade = ItemBody(scenario.Competencies["M.01"], employeeId: scenario.Employees["P3"], programId: scenario.ProgramIds["M01-DASAR"], plannedQuarter: 1);
        (var withItem, etag) = await admin.AddItemAsync(plan.Id(), etag, handMade);
        var handMadeId = withItem.Items().Single().Id();
        var taken = new ModelTaken(
            2_500_000m, new Dictionary<string, int> { ["P3"] = 12 }, new Dictionary<string, int> { ["M01-DASAR"] = 1 }, new HashSet<(string, string)> { ("P3", "M.01") });
        var candidates = Candidates(taken);
        var selections = FeasibleSelections(candidates, taken);

        (var first, etag) = await admin.GenerateAsync(plan.Id(), etag, 20_000_000m);

        first.GetProperty("budgetForGenerated").GetDecimal().ShouldBe(17_500_000m);
        first.GetProperty("candidateCount").GetInt32().ShouldBe(candidates.Count);
        first.GetProperty("gapClosure").GetDecimal().ShouldBe(BestClosure(selections, 17_500_000m));
        first.GetProperty("plan").GetProperty("totalCost").GetDecimal().ShouldBeLessThanOrEqualTo(20_000_000m);
        ShouldKeepHandMadeAndNotPlanItTwice(first, handMadeId, scenario, taken);

        // P3 has 40 − 12 = 28 JP left: the 30 JP programme no longer fits them.
        first.GetProperty("leftOut").EnumerateArray()
            .Single(l => l.GetProperty("employeeId").GetGuid() == scenario.Employees["P3"] && l.GetProperty("programId").GetGuid() == scenario.ProgramIds["M02-30JP"])
            .GetProperty("reason").GetString().ShouldBe("PersonJpExhausted");

        var (second, _) = await admin.GenerateAsync(plan.Id(), etag, 15_000_000m);

        second.GetProperty("removedGeneratedCount").GetInt32().ShouldBe(first.GetProperty("chosenCount").GetInt32());
        second.GetProperty("gapClosure").GetDecimal().ShouldBe(BestClosure(selections, 12_500_000m));
        ShouldKeepHandMadeAndNotPlanItTwice(second, handMadeId, scenario, taken);
        var saved = await admin.GetJsonAsync(Of(plan.Id()));
        saved.Items().Count.ShouldBe(1 + second.GetProperty("chosenCount").GetInt32());
    }

    [Test]
    public async Task Generate_HandMadeItemsFillTheProgramme_GeneratesNoMoreOfIt()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var scenario = await BuildAsync(admin);
        var (plan, etag) = await admin.CreatePlanAsync(Ceiling);
        (_, etag) = await admin.AddItemAsync(
            plan.Id(), etag, ItemBody(scenario.Competencies["SK.01"], unitId: scenario.UnitId, participantCount: 1, programId: scenario.ProgramIds["SK01-SATU"]));
        var taken = new ModelTaken(1_500_000m, new Dictionary<string, int>(), new Dictionary<string, int> { ["SK01-SATU"] = 1 }, new HashSet<(string, string)>());

        var (report, _) = await admin.GenerateAsync(plan.Id(), etag, 100_000_000m);

        report.GetProperty("plan").Items()
            .Where(i => i.GetProperty("source").GetString() == "Generated")
            .ShouldNotContain(i => i.GetProperty("program").GetProperty("code").GetString() == "SK01-SATU");
        report.GetProperty("leftOutByReason").GetProperty("ProgramFull").GetInt32().ShouldBeGreaterThan(0);
        report.GetProperty("gapClosure").GetDecimal().ShouldBe(BestClosure(FeasibleSelections(Candidates(taken), taken), 98_500_000m));
    }

    [Test]
    public async Task Generate_WithoutBudget_UsesThePlanCeiling()
    {
        using var admin = await SignInAsync("admin.kalianda");
        await BuildAsync(admin);
        var (plan, etag) = await admin.CreatePlanAsync(budgetCeiling: 9_000_000m);

        var response = await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{Of(plan.Id())}/generate", etag);

        var report = await response.ShouldBeOkAsync<JsonElement>();
        report.GetProperty("budget").GetDecimal().ShouldBe(9_000_000m);
        report.GetProperty("gapClosure").GetDecimal().ShouldBe(BestClosure(FeasibleSelections(Candidates(ModelTaken.Nothing), ModelTaken.Nothing), 9_000_000m));
    }

    [Test]
    public async Task Generate_WithoutBudgetOrCeiling_Returns400NamingBudget()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var (plan, etag) = await admin.CreatePlanAsync(budgetCeiling: null);

        var response = await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{Of(plan.Id())}/generate", etag, new { });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "budget");
    }

    [Test]
    public async Task Generate_MoreCandidatesThanTheExactSearchTakes_AnswersGreedyWithinTheConstraintsAndBound()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var (_, position) = await admin.UnitWithPositionAsync(await admin.AgencyIdAsync(), "DINKES");
        var (_, national) = await admin.NationalStandardAsync();
        await admin.PutStandardAsync(position, (national["M.01"], 4, 3m), (national["M.02"], 3, 2m));
        var people = new List<Guid>();
        for (var i = 0; i < 16; i++)
        {
            people.Add((await admin.CreateEmployeeAsync(Nips.Pns(200 + i), $"Pegawai {i}", position, positionStartDate: PositionStartDate)).Id());
        }

        await admin.AssessAsync(people.SelectMany((p, i) => new[] { (p, national["M.01"], 1 + (i % 2)), (p, national["M.02"], 1) }));
        await CreateProgramAsync("M01-LANJUT", 24, 6_000_000m, null, null, (national["M.01"], 4));
        await CreateProgramAsync("M01-DASAR", 12, 2_500_000m, 5, null, (national["M.01"], 3));
        await CreateProgramAsync("M02-30JP", 30, 4_000_000m, null, null, (national["M.02"], 3));
        var (plan, etag) = await admin.CreatePlanAsync(Ceiling);
        const decimal budget = 40_000_000m;

        var (report, _) = await admin.GenerateAsync(plan.Id(), etag, budget);

        report.GetProperty("candidateCount").GetInt32().ShouldBe(16 * 3, "more than the exact search's 40");
        report.GetProperty("method").GetString().ShouldBe("Greedy");
        var closure = report.GetProperty("gapClosure").GetDecimal();
        closure.ShouldBeGreaterThan(0m);
        report.GetProperty("upperBound").GetDecimal().ShouldBeGreaterThanOrEqualTo(closure);
        var items = report.GetProperty("plan").Items();
        items.Sum(i => i.GetProperty("plannedCost").GetDecimal()).ShouldBeLessThanOrEqualTo(budget);
        items.Sum(i => i.GetProperty("expectedGapClosure").GetDecimal()).ShouldBe(closure);
        items.GroupBy(i => (i.GetProperty("employee").Id(), i.GetProperty("competency").Id())).ShouldAllBe(g => g.Count() == 1);
        items.GroupBy(i => i.GetProperty("employee").Id()).ShouldAllBe(g => g.Sum(i => i.GetProperty("plannedJp").GetInt32()) <= MaxJpPns);
        items.Count(i => i.GetProperty("program").GetProperty("code").GetString() == "M01-DASAR").ShouldBeLessThanOrEqualTo(5);
    }

    [Test]
    public async Task Generate_BudgetAboveCeiling_Returns400NamingBudgetAndAddsNothing()
    {
        using var admin = await SignInAsync("admin.kalianda");
        await BuildAsync(admin);
        var (plan, etag) = await admin.CreatePlanAsync(budgetCeiling: 10_000_000m);

        var response = await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{Of(plan.Id())}/generate", etag, new { budget = 30_000_000m });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "budget");
        (await Environment.ScalarAsync<long>("SELECT count(*) FROM development_plan_items")).ShouldBe(0);
    }

    [Test]
    public async Task Generate_NegativeBudget_Returns400NamingBudget()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var (plan, etag) = await admin.CreatePlanAsync(Ceiling);

        var response = await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{Of(plan.Id())}/generate", etag, new { budget = -1m });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "budget");
    }

    [Test]
    public async Task Generate_TwiceAtOnceWithTheSameETag_OneWinsAndTheOtherGets412()
    {
        using var admin = await SignInAsync("admin.kalianda");
        await BuildAsync(admin);
        var (plan, etag) = await admin.CreatePlanAsync(Ceiling);
        var url = $"{Of(plan.Id())}/generate";

        var responses = await Task.WhenAll(
            admin.SendWithIfMatchAsync(HttpMethod.Post, url, etag, new { budget = 30_000_000m }),
            admin.SendWithIfMatchAsync(HttpMethod.Post, url, etag, new { budget = 30_000_000m }));

        responses.Select(r => r.StatusCode).ShouldBe([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], ignoreOrder: true);
        var winner = await responses.Single(r => r.StatusCode == HttpStatusCode.OK).ShouldBeOkAsync<JsonElement>();
        var saved = await admin.GetJsonAsync(Of(plan.Id()));
        saved.Items().Count.ShouldBe(winner.GetProperty("chosenCount").GetInt32());
        (await admin.GetJsonAsync($"{Of(plan.Id())}/history")).EnumerateArray().Count(e => e.GetProperty("kind").GetString() == "Generated").ShouldBe(1);
    }

    [Test]
    public async Task Generate_StaleIfMatch_Returns412AndChangesNothing()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var scenario = await BuildAsync(admin);
        var (plan, staleETag) = await admin.CreatePlanAsync(Ceiling);
        await admin.AddItemAsync(plan.Id(), staleETag, ItemBody(scenario.Competencies["M.02"], employeeId: scenario.Employees["P5"], programId: scenario.ProgramIds["M02-30JP"]));

        var response = await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{Of(plan.Id())}/generate", staleETag, new { budget = 10_000_000m });

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await admin.GetJsonAsync(Of(plan.Id()))).Items().Count.ShouldBe(1);
    }

    /// <summary>Whether the reason a candidate was left out is true of the final selection.</summary>
    private static bool ReasonHolds(ModelCandidate candidate, string reason, IReadOnlyList<ModelCandidate> chosen, ModelTaken taken, decimal budgetLeft) => reason switch
    {
        "AlternativeChosen" => chosen.Any(c => c.Person == candidate.Person && c.Competency == candidate.Competency),
        "PersonJpExhausted" => candidate.Jp > JpLimit(candidate.Person) - taken.Jp.GetValueOrDefault(candidate.Person) - chosen.Where(c => c.Person == candidate.Person).Sum(c => c.Jp),
        "ProgramFull" => Programs.Single(p => p.Code == candidate.Program).Capacity is { } capacity
            && chosen.Count(c => c.Program == candidate.Program) + taken.Places.GetValueOrDefault(candidate.Program) >= capacity,
        "OverBudget" => candidate.Cost > budgetLeft,
        "NoGapClosure" => candidate.Value <= 0,
        _ => false,
    };

    private static void ShouldKeepHandMadeAndNotPlanItTwice(JsonElement report, Guid handMadeId, GenerationScenario scenario, ModelTaken taken)
    {
        var items = report.GetProperty("plan").Items();
        var manual = items.Where(i => i.GetProperty("source").GetString() == "Manual").ToList();
        manual.Select(i => i.Id()).ShouldBe([handMadeId]);
        var generated = items.Where(i => i.GetProperty("source").GetString() == "Generated").Select(scenario.ToModel).ToList();
        generated.Count.ShouldBe(report.GetProperty("chosenCount").GetInt32());
        generated.Where(g => taken.Pairs.Contains((g.Person, g.Competency))).ShouldBeEmpty("a hand-made (employee, competency) pair is not planned twice");
        FitsBesidesBudget(generated, taken).ShouldBeTrue();
    }
}
