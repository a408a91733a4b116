using System.Net;
using System.Text.Json;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.OrganisationBuilder;
using static AsnCompetency.Api.IntegrationTests.Tna.TnaBuilder;

namespace AsnCompetency.Api.IntegrationTests.Tna;

/// <summary>
/// Priorities score each competency by the documented weighted mean of gap, criticality, people
/// and recency; recommendations pair them with the programmes (national or the agency's own)
/// that raise the affected people, and the closure those programmes would bring.
/// </summary>
public sealed class PrioritiesTests : ApiTestBase
{
    [Test]
    public async Task GetPriorities_DefaultWeights_RankTheCompetencyAffectingMorePeopleFirstWithTheDocumentedScore()
    {
        var s = await ArrangeAsync();
        using var admin = await SignInAsync("admin.kalianda");

        var report = await admin.GetJsonAsync(Priorities);

        var weights = new Weights(0.4m, 0.2m, 0.3m, 0.1m);
        var weightsDto = report.GetProperty("weights");
        new Weights(
            weightsDto.GetProperty("gap").GetDecimal(),
            weightsDto.GetProperty("criticality").GetDecimal(),
            weightsDto.GetProperty("people").GetDecimal(),
            weightsDto.GetProperty("recency").GetDecimal()).ShouldBe(weights);
        weightsDto.GetProperty("recencyHorizonMonths").GetInt32().ShouldBe(36);
        var competencies = report.Array("competencies");
        competencies.Select(c => c.GetProperty("competencyCode").GetString()).ShouldBe(["M.01", "M.02"]);
        competencies.Select(c => c.GetProperty("rank").GetInt32()).ShouldBe([1, 2]);
        ShouldScore(competencies[0], s.M01, mostAffected: 3, weights);
        ShouldScore(competencies[1], s.M02, mostAffected: 3, weights);
        competencies[0].GetProperty("requiredByCount").GetInt32().ShouldBe(5);
        competencies[0].GetProperty("neverAssessedCount").GetInt32().ShouldBe(1);
        competencies[0].GetProperty("weightedGapTotal").GetDecimal().ShouldBe(s.M01.Sum(a => a.Gap * a.Weight));
        competencies[1].GetProperty("weightedGapTotal").GetDecimal().ShouldBe(s.M02.Sum(a => a.Gap * a.Weight));
        var group = report.Array("groups").ShouldHaveSingleItem();
        group.GetProperty("groupCode").GetString().ShouldBe("M");
        group.GetProperty("affectedCount").GetInt32().ShouldBe(3);
    }

    [Test]
    public async Task GetPriorities_GapWeightOnly_RanksTheLargerGapFirst()
    {
        var s = await ArrangeAsync();
        using var admin = await SignInAsync("admin.kalianda");
        await admin.UpdateSettingsAsync(settings =>
        {
            settings["gapWeight"] = 1m;
            settings["criticalityWeight"] = 0m;
            settings["peopleWeight"] = 0m;
            settings["recencyWeight"] = 0m;
        });

        var report = await admin.GetJsonAsync(Priorities);

        var weights = new Weights(1m, 0m, 0m, 0m);
        var competencies = report.Array("competencies");
        competencies.Select(c => c.GetProperty("competencyCode").GetString()).ShouldBe(["M.02", "M.01"]);
        ShouldScore(competencies[0], s.M02, mostAffected: 3, weights);
        ShouldScore(competencies[1], s.M01, mostAffected: 3, weights);
    }

    [Test]
    public async Task GetPriorities_OtherAgencysWeights_DoNotChangeThisAgencysRanking()
    {
        await ArrangeAsync();
        using var medan = await SignInAsync("admin.medan");
        await medan.UpdateSettingsAsync(settings =>
        {
            settings["gapWeight"] = 1m;
            settings["peopleWeight"] = 0m;
        });
        using var admin = await SignInAsync("admin.kalianda");

        var report = await admin.GetJsonAsync(Priorities);

        report.Array("competencies").Select(c => c.GetProperty("competencyCode").GetString()).ShouldBe(["M.01", "M.02"]);
    }

    [Test]
    public async Task GetPriorities_PostTrainingAssessmentCorrectedToAnotherMethod_NoLongerCountsAsTraining()
    {
        var s = await ArrangeAsync();
        using var admin = await SignInAsync("admin.kalianda");
        var postTraining = await Environment.ScalarAsync<Guid>($"select id from assessments where method = 'PostTraining' and employee_id = '{s.M01[1].Person}'");
        await admin.CorrectAsync(postTraining, 2, "Supervisor", Today.AddMonths(-12), "Bukan penilaian pascapelatihan: penilaian atasan");

        var report = await admin.GetJsonAsync(Priorities);

        // A superseded assessment no longer counts, so nobody affected in M.01 has had related training.
        var m01 = report.Array("competencies").Single(c => c.GetProperty("competencyCode").GetString() == "M.01");
        ShouldScore(m01, [.. s.M01.Select(a => a with { Recency = 1m })], mostAffected: 3, new Weights(0.4m, 0.2m, 0.3m, 0.1m));
    }

    [Test]
    public async Task GetPriorities_CompletedProgrammeTargetingTheCompetency_CountsAsRelatedTraining()
    {
        var s = await ArrangeAsync();
        var integrity = await CreateProgramAsync("NAS-INTEGRITAS", null, 1_000_000m, (s.National["M.01"], 3));
        var teamwork = await CreateProgramAsync("NAS-KERJASAMA", null, 1_000_000m, (s.National["M.02"], 4));
        await CompletedAsync(s.M01[0].Person, s.AgencyId, integrity, Today.AddMonths(-6));

        // Training for another competency is not related training for M.01.
        await CompletedAsync(s.M01[2].Person, s.AgencyId, teamwork, Today.AddMonths(-3));
        using var admin = await SignInAsync("admin.kalianda");

        var report = await admin.GetJsonAsync(Priorities);

        var m01 = report.Array("competencies").Single(c => c.GetProperty("competencyCode").GetString() == "M.01");
        ShouldScore(m01, [s.M01[0] with { Recency = 6m / 36m }, s.M01[1], s.M01[2]], mostAffected: 3, new Weights(0.4m, 0.2m, 0.3m, 0.1m));
    }

    [Test]
    public async Task GetRecommendations_ProgrammesAboveTheCurrentLevel_ListTheAffectedAsBeneficiariesWithTheirClosure()
    {
        var s = await ArrangeAsync();
        using var admin = await SignInAsync("admin.kalianda");
        var medanAgency = await AgencyIdAsync("MEDAN");
        await CreateProgramAsync("NAS-INTEGRITAS", null, 2_000_000m, (s.National["M.01"], 3));
        await CreateProgramAsync("LMS-INTEGRITAS-DASAR", s.AgencyId, 500_000m, (s.National["M.01"], 2));
        await CreateProgramAsync("MDN-INTEGRITAS", medanAgency, 100_000m, (s.National["M.01"], 5));

        // Above the required 4: it closes the gap, but only up to the standard counts as closure.
        await CreateProgramAsync("LMS-KERJASAMA", s.AgencyId, 1_000_000m, (s.National["M.02"], 5));

        var report = await admin.GetJsonAsync($"{Recommendations}?top=10");

        var recommendations = report.Array("recommendations");
        recommendations.Select(r => r.GetProperty("priority").GetProperty("competencyCode").GetString()).ShouldBe(["M.01", "M.02"]);
        var m01 = recommendations[0].Array("programs");
        m01.Select(p => p.GetProperty("code").GetString()).ShouldBe(["NAS-INTEGRITAS", "LMS-INTEGRITAS-DASAR"]);
        ShouldRecommend(m01[0], 3, s.M01, 2_000_000m);
        ShouldRecommend(m01[1], 2, s.M01, 500_000m);
        var m02 = recommendations[1].Array("programs").ShouldHaveSingleItem();
        ShouldRecommend(m02, 5, s.M02, 1_000_000m);
        m02.GetProperty("expectedClosure").GetDecimal().ShouldBe(4m);
        m02.GetProperty("closesGapCount").GetInt32().ShouldBe(1);
    }

    [Test]
    public async Task GetRecommendations_OnlyAnotherAgencysProgramme_RecommendsNothingForTheCompetency()
    {
        var s = await ArrangeAsync();
        await CreateProgramAsync("MDN-INTEGRITAS", await AgencyIdAsync("MEDAN"), 100_000m, (s.National["M.01"], 5));
        using var admin = await SignInAsync("admin.kalianda");

        var report = await admin.GetJsonAsync(Recommendations);

        var m01 = report.Array("recommendations").Single(r => r.GetProperty("priority").GetProperty("competencyCode").GetString() == "M.01");
        m01.Array("programs").ShouldBeEmpty();
    }

    [Test]
    public async Task GetPriorities_AsOtherAgencysAdmin_ListsOnlyTheirOwnGaps()
    {
        var s = await ArrangeAsync();
        await CreateProgramAsync("LMS-INTEGRITAS-DASAR", s.AgencyId, 500_000m, (s.National["M.01"], 2));
        using var medan = await SignInAsync("admin.medan");

        var priorities = await medan.GetJsonAsync(Priorities);
        var recommendations = await medan.GetJsonAsync(Recommendations);

        var only = priorities.Array("competencies").ShouldHaveSingleItem();
        only.GetProperty("competencyCode").GetString().ShouldBe("M.03");
        only.GetProperty("affectedCount").GetInt32().ShouldBe(1);
        recommendations.Array("recommendations").Select(r => r.GetProperty("priority").GetProperty("competencyCode").GetString()).ShouldBe(["M.03"]);
        recommendations.Array("recommendations")[0].Array("programs").ShouldBeEmpty();
    }

    [Test]
    public async Task GetPrioritiesAndRecommendations_AsEmployee_Return403()
    {
        var s = await ArrangeAsync();
        await LinkUserToEmployeeAsync("pegawai.kalianda", s.M01[0].Person);
        using var employee = await SignInAsync("pegawai.kalianda");

        await (await employee.GetAsync(Priorities)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await employee.GetAsync(Recommendations)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    /// <summary>A JP ledger entry of a completed programme, as completion writes it.</summary>
    private static Task<Guid> CompletedAsync(Guid employeeId, Guid agencyId, Guid programId, DateOnly on) =>
        Environment.ScalarAsync<Guid>(
            "insert into learning_records (id, employee_id, agency_id, date, jp, title, form, source, program_id, created_at, updated_at) " +
            $"values (gen_random_uuid(), '{employeeId}', '{agencyId}', '{on:yyyy-MM-dd}', 24, 'Pelatihan', 'Technical', 'Training', '{programId}', now(), now()) returning id");

    /// <summary>One affected requirement: a person below the standard.</summary>
    private sealed record Affected(Guid Person, int Required, int Current, decimal Weight, decimal Recency)
    {
        public int Gap => Required - Current;
    }

    private sealed record Weights(decimal Gap, decimal Criticality, decimal People, decimal Recency);

    private sealed record Arranged(Guid AgencyId, IReadOnlyDictionary<string, Guid> National, IReadOnlyList<Affected> M01, IReadOnlyList<Affected> M02);

    /// <summary>
    /// Score = 100 × (wg·gap + wc·criticality + wp·people + wr·recency) ÷ (wg + wc + wp + wr), with
    /// gap = mean gap ÷ 4, criticality = w ÷ (w + 1) for the mean SKJ weight w, people = affected ÷ most affected,
    /// recency = mean of min(months since post-training assessment, 36) ÷ 36, 1 when never trained.
    /// </summary>
    private static void ShouldScore(JsonElement priority, IReadOnlyList<Affected> affected, int mostAffected, Weights w)
    {
        var meanGap = (decimal)affected.Average(a => a.Gap);
        var meanWeight = affected.Average(a => a.Weight);
        var gap = Math.Min(meanGap / 4m, 1m);
        var criticality = meanWeight / (meanWeight + 1m);
        var people = (decimal)affected.Count / mostAffected;
        var recency = affected.Average(a => a.Recency);
        var score = 100m * ((w.Gap * gap) + (w.Criticality * criticality) + (w.People * people) + (w.Recency * recency)) / (w.Gap + w.Criticality + w.People + w.Recency);

        var code = priority.GetProperty("competencyCode").GetString();
        priority.GetProperty("affectedCount").GetInt32().ShouldBe(affected.Count, code);
        priority.GetProperty("meanGap").GetDecimal().ShouldBe(meanGap, 0.0001m, code);
        priority.GetProperty("meanWeight").GetDecimal().ShouldBe(meanWeight, 0.0001m, code);
        var factors = priority.GetProperty("factors");
        factors.GetProperty("gap").GetDecimal().ShouldBe(gap, 0.0001m, code);
        factors.GetProperty("criticality").GetDecimal().ShouldBe(criticality, 0.0001m, code);
        factors.GetProperty("people").GetDecimal().ShouldBe(people, 0.0001m, code);
        factors.GetProperty("recency").GetDecimal().ShouldBe(recency, 0.0001m, code);
        priority.GetProperty("score").GetDecimal().ShouldBe(score, 0.01m, code);
    }

    /// <summary>The beneficiaries are the affected below the target; closure Σ weight × (min(target, required) − current).</summary>
    private static void ShouldRecommend(JsonElement program, int target, IReadOnlyList<Affected> affected, decimal cost)
    {
        var beneficiaries = affected.Where(a => a.Current < target).ToList();
        var code = program.GetProperty("code").GetString();
        program.GetProperty("targetLevel").GetInt32().ShouldBe(target, code);
        program.GetProperty("beneficiaryCount").GetInt32().ShouldBe(beneficiaries.Count, code);
        program.GetProperty("closesGapCount").GetInt32().ShouldBe(beneficiaries.Count(b => target >= b.Required), code);
        program.GetProperty("expectedClosure").GetDecimal().ShouldBe(beneficiaries.Sum(b => b.Weight * (Math.Min(target, b.Required) - b.Current)), code);
        program.GetProperty("totalCost").GetDecimal().ShouldBe(cost * beneficiaries.Count, code);
        var people = program.Array("people");
        people.Select(p => p.GetProperty("employeeId").GetGuid()).ShouldBe(beneficiaries.Select(b => b.Person), ignoreOrder: true, code);
        foreach (var person in people)
        {
            var b = beneficiaries.Single(x => x.Person == person.GetProperty("employeeId").GetGuid());
            person.GetProperty("requiredLevel").GetInt32().ShouldBe(b.Required);
            person.GetProperty("currentLevel").GetInt32().ShouldBe(b.Current);
            person.GetProperty("gap").GetInt32().ShouldBe(b.Gap);
            person.GetProperty("weight").GetDecimal().ShouldBe(b.Weight);
        }
    }

    /// <summary>
    /// One position requiring M.01 3 (weight 1) and M.02 4 (weight 2), five holders: M.01 below the standard for three
    /// (gaps 1, 1 after a post-training re-assessment 12 months ago, and 2), M.02 for one (gap 2); one never assessed;
    /// one above both. MEDAN has a gap of its own in M.03.
    /// </summary>
    private static async Task<Arranged> ArrangeAsync()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var (_, n) = await admin.NationalStandardAsync();
        var agencyId = await admin.AgencyIdAsync();
        var unit = (await admin.CreateUnitAsync(agencyId, "DINKES")).Id();
        var position = await admin.PositionWithStandardAsync(unit, "DINKES-KASI", "Administrator", (n["M.01"], 3, 1m), (n["M.02"], 4, 2m));
        var people = new List<Guid>();
        for (var i = 1; i <= 5; i++)
        {
            people.Add((await admin.CreateEmployeeAsync(Nips.Pns(i), $"Pegawai {i}", position)).Id());
        }

        await admin.AssessAsync(people[0], n["M.01"], 2, "Supervisor");
        await admin.AssessAsync(people[0], n["M.02"], 4, "Supervisor");
        await admin.AssessAsync(people[1], n["M.01"], 2, "PostTraining", Today.AddMonths(-12));
        await admin.AssessAsync(people[1], n["M.02"], 4, "Supervisor");
        await admin.AssessAsync(people[2], n["M.01"], 1, "Supervisor");
        await admin.AssessAsync(people[2], n["M.02"], 2, "Supervisor");
        await admin.AssessAsync(people[4], n["M.01"], 4, "Supervisor");
        await admin.AssessAsync(people[4], n["M.02"], 5, "Supervisor");

        using var medan = await SignInAsync("admin.medan");
        var medanUnit = (await medan.CreateUnitAsync(await medan.AgencyIdAsync(), "DISKOMINFO")).Id();
        var medanPosition = await medan.PositionWithStandardAsync(medanUnit, "DISKOMINFO-STAF", "Pelaksana", (n["M.03"], 4, 1m));
        var medanEmployee = (await medan.CreateEmployeeAsync(Nips.Pns(950), "Pegawai Medan", medanPosition)).Id();
        await medan.AssessAsync(medanEmployee, n["M.03"], 1, "Supervisor");

        return new Arranged(
            agencyId,
            n,
            [
                new Affected(people[0], 3, 2, 1m, 1m),
                new Affected(people[1], 3, 2, 1m, 12m / 36m),
                new Affected(people[2], 3, 1, 1m, 1m),
            ],
            [new Affected(people[2], 4, 2, 2m, 1m)]);
    }
}
