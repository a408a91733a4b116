using System.Net;
using System.Text.Json;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.OrganisationBuilder;
using static AsnCompetency.Api.IntegrationTests.Tna.TnaBuilder;

namespace AsnCompetency.Api.IntegrationTests.Tna;

/// <summary>
/// The competency profile takes each required competency's current level by the agency's rule
/// (superseded and expired assessments left out), and the Job Person Match over the assessed ones.
/// </summary>
public sealed class CompetencyProfileTests : ApiTestBase
{
    [Test]
    public async Task GetCompetencyProfile_MixedHistory_ReportsCurrentLevelsAndJpmAsComputedByHand()
    {
        var s = await ArrangeAsync();
        using var admin = await SignInAsync("admin.kalianda");

        var profile = await admin.GetJsonAsync(Profile(s.Employee));

        profile.GetProperty("employeeId").GetGuid().ShouldBe(s.Employee);
        profile.GetProperty("nip").GetString().ShouldBe(Nips.Pns(1));
        profile.GetProperty("position").Id().ShouldBe(s.Position);
        profile.GetProperty("isIntendedPosition").GetBoolean().ShouldBeFalse();
        profile.GetProperty("asOf").GetString().ShouldBe(Today.Iso());
        var expected = new[]
        {
            // M.01: the assessment centre outranks the newer supervisor's and the older self-assessment.
            new Item("M.01", 3, 4, "AssessmentCentre", s.M01AssessmentCentreOn, s.M01AssessmentCentre),

            // M.02: the newer assessment-centre level was superseded by a correction.
            new Item("M.02", 4, 3, "Supervisor", s.M02CorrectionOn, s.M02Correction),

            // M.04: the assessment-centre level is older than the 36 months of validity.
            new Item("M.04", 2, 1, "Self", s.M04SelfOn, s.M04Self),
            new Item("SK.01", 3, null, null, null, null),
        };
        ShouldMatch(profile, expected);
        ShouldHaveJpm(profile, expected, "Uncapped");
        var summary = profile.GetProperty("summary");
        summary.GetProperty("requiredCount").GetInt32().ShouldBe(4);
        summary.GetProperty("assessedCount").GetInt32().ShouldBe(3);
        summary.GetProperty("metCount").GetInt32().ShouldBe(1);
        summary.GetProperty("gapCount").GetInt32().ShouldBe(2);
        summary.GetProperty("notAssessedCount").GetInt32().ShouldBe(1);
        summary.GetProperty("totalGap").GetInt32().ShouldBe(expected.Sum(i => i.Gap ?? 0));
        var others = profile.Array("otherAssessed");
        others.Select(o => $"{o.GetProperty("competencyCode").GetString()} {o.GetProperty("level").GetInt32()}").ShouldBe(["M.05 3"]);
    }

    [Test]
    public async Task GetCompetencyProfile_AfterSwitchingToNewestFirst_TakesTheNewestLevel()
    {
        var s = await ArrangeAsync();
        using var admin = await SignInAsync("admin.kalianda");
        var (body, etag) = await admin.ReadSettingsAsync();
        body["currentLevelRule"] = "NewestFirst";

        var update = await admin.SendWithIfMatchAsync(HttpMethod.Put, Settings, etag, body);
        var profile = await admin.GetJsonAsync(Profile(s.Employee));

        (await update.ShouldBeOkAsync<JsonElement>()).GetProperty("currentLevelRule").GetString().ShouldBe("NewestFirst");
        var expected = new[]
        {
            new Item("M.01", 3, 2, "Supervisor", s.M01SupervisorOn, s.M01Supervisor),
            new Item("M.02", 4, 3, "Supervisor", s.M02CorrectionOn, s.M02Correction),
            new Item("M.04", 2, 1, "Self", s.M04SelfOn, s.M04Self),
            new Item("SK.01", 3, null, null, null, null),
        };
        ShouldMatch(profile, expected);
        ShouldHaveJpm(profile, expected, "Uncapped");
    }

    [Test]
    public async Task GetCompetencyProfile_CappedCategoryVariant_CategorisesTheCappedValue()
    {
        var s = await ArrangeAsync();
        using var admin = await SignInAsync("admin.kalianda");
        await admin.UpdateSettingsAsync(settings => settings["jpmCategoryVariant"] = "Capped");

        var profile = await admin.GetJsonAsync(Profile(s.Employee));

        var expected = new[]
        {
            new Item("M.01", 3, 4, "AssessmentCentre", s.M01AssessmentCentreOn, s.M01AssessmentCentre),
            new Item("M.02", 4, 3, "Supervisor", s.M02CorrectionOn, s.M02Correction),
            new Item("M.04", 2, 1, "Self", s.M04SelfOn, s.M04Self),
            new Item("SK.01", 3, null, null, null, null),
        };
        ShouldHaveJpm(profile, expected, "Capped");

        // 7 ÷ 9 capped is below 78, while the uncapped 8 ÷ 9 would be Cukup Optimal.
        profile.GetProperty("jobPersonMatch").GetProperty("category").GetString().ShouldBe("KurangOptimal");
    }

    [Test]
    public async Task GetCompetencyProfile_ValidityTurnedOff_CountsTheOldAssessment()
    {
        var s = await ArrangeAsync();
        using var admin = await SignInAsync("admin.kalianda");
        await admin.UpdateSettingsAsync(settings => settings["validityMonths"] = null);

        var profile = await admin.GetJsonAsync(Profile(s.Employee));

        var m04 = profile.Array("items").Single(i => i.GetProperty("competencyCode").GetString() == "M.04");
        m04.OptionalInt("currentLevel").ShouldBe(5);
        m04.OptionalGuid("assessmentId").ShouldBe(s.M04Expired);
    }

    [Test]
    public async Task GetCompetencyProfile_SupervisorRankedMostTrusted_TakesTheSupervisorsLevel()
    {
        var s = await ArrangeAsync();
        using var admin = await SignInAsync("admin.kalianda");
        await admin.UpdateSettingsAsync(settings =>
            settings["methodPriority"] = new System.Text.Json.Nodes.JsonArray("Supervisor", "AssessmentCentre", "PostTraining", "Test", "Peer", "Self"));

        var profile = await admin.GetJsonAsync(Profile(s.Employee));

        var m01 = profile.Array("items").Single(i => i.GetProperty("competencyCode").GetString() == "M.01");
        m01.OptionalInt("currentLevel").ShouldBe(2);
        m01.OptionalGuid("assessmentId").ShouldBe(s.M01Supervisor);
    }

    [Test]
    public async Task GetCompetencyProfile_AsOfAnEarlierDay_TakesTheLevelsThatCountedThen()
    {
        var s = await ArrangeAsync();
        using var admin = await SignInAsync("admin.kalianda");
        var asOf = Today.AddDays(-150);

        var profile = await admin.GetJsonAsync($"{Profile(s.Employee)}?asOf={asOf.Iso()}");

        profile.GetProperty("asOf").GetString().ShouldBe(asOf.Iso());
        var expected = new[]
        {
            new Item("M.01", 3, 4, "AssessmentCentre", s.M01AssessmentCentreOn, s.M01AssessmentCentre),
            new Item("M.02", 4, 3, "Supervisor", s.M02CorrectionOn, s.M02Correction),

            // Still within 36 months of that day, and the self-assessment was not made yet.
            new Item("M.04", 2, 5, "AssessmentCentre", s.M04ExpiredOn, s.M04Expired),
            new Item("SK.01", 3, null, null, null, null),
        };
        ShouldMatch(profile, expected);
        ShouldHaveJpm(profile, expected, "Uncapped");
    }

    [Test]
    public async Task GetCompetencyProfile_IntendedPosition_MeasuresAgainstItsStandard()
    {
        var s = await ArrangeAsync();
        using var admin = await SignInAsync("admin.kalianda");
        var intended = await admin.PositionWithStandardAsync(
            s.Unit, "DINKES-KABID", "Administrator", (s.National["M.01"], 5, 1m), (s.National["M.04"], 1, 2m), (s.National["M.05"], 3, 1m));

        var profile = await admin.GetJsonAsync($"{Profile(s.Employee)}?positionId={intended}");

        profile.GetProperty("position").Id().ShouldBe(intended);
        profile.GetProperty("isIntendedPosition").GetBoolean().ShouldBeTrue();
        var expected = new[]
        {
            new Item("M.01", 5, 4, "AssessmentCentre", s.M01AssessmentCentreOn, s.M01AssessmentCentre),
            new Item("M.04", 1, 1, "Self", s.M04SelfOn, s.M04Self),
            new Item("M.05", 3, 3, "Self", s.M05SelfOn, s.M05Self),
        };
        ShouldMatch(profile, expected);
        ShouldHaveJpm(profile, expected, "Uncapped");
        profile.Array("otherAssessed").Select(o => o.GetProperty("competencyCode").GetString()).ShouldBe(["M.02"]);
    }

    [Test]
    public async Task GetCompetencyProfile_AsEmployee_SeesOwnButNotAnothers()
    {
        var s = await ArrangeAsync();
        await LinkUserToEmployeeAsync("pegawai.kalianda", s.Employee);
        using var employee = await SignInAsync("pegawai.kalianda");

        var own = await employee.GetJsonAsync(Profile(s.Employee));
        var other = await employee.GetAsync(Profile(s.Colleague));

        own.Array("items").Count.ShouldBe(4);
        own.GetProperty("jobPersonMatch").GetProperty("value").GetDecimal().ShouldBe(Jpm(8, 9));
        await other.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task GetCompetencyProfile_OtherAgencysEmployeeOrUnknownEmployee_Returns404()
    {
        var s = await ArrangeAsync();
        using var medan = await SignInAsync("admin.medan");
        using var admin = await SignInAsync("admin.kalianda");

        await (await medan.GetAsync(Profile(s.Employee))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await admin.GetAsync(Profile(Guid.NewGuid()))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await admin.GetAsync($"{Profile(s.Employee)}?positionId={Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private sealed record Item(string Code, int Required, int? Current, string? Method, DateOnly? AssessedOn, Guid? AssessmentId)
    {
        public int? Gap => Current is { } current ? Math.Max(Required - current, 0) : null;

        public string Status => Current is null ? "NotAssessed" : Gap > 0 ? "Gap" : "Met";
    }

    private sealed record Arranged(
        IReadOnlyDictionary<string, Guid> National,
        Guid Unit,
        Guid Position,
        Guid Employee,
        Guid Colleague,
        Guid M01AssessmentCentre,
        DateOnly M01AssessmentCentreOn,
        Guid M01Supervisor,
        DateOnly M01SupervisorOn,
        Guid M02Correction,
        DateOnly M02CorrectionOn,
        Guid M04Expired,
        DateOnly M04ExpiredOn,
        Guid M04Self,
        DateOnly M04SelfOn,
        Guid M05Self,
        DateOnly M05SelfOn);

    /// <summary>
    /// An Administrator position requiring M.01 3, M.02 4 (weight 2), M.04 2 (weight 1.5) and SK.01 3; its holder has
    /// M.01: self 5 (700 days ago), assessment centre 4 (400 days), supervisor 2 (100 days);
    /// M.02: assessment centre 5 (10 days ago) corrected to supervisor 3 dated 200 days ago;
    /// M.04: assessment centre 5 37 months ago (expired), self 1 (30 days); SK.01 never; M.05 (not required) self 3.
    /// </summary>
    private static async Task<Arranged> ArrangeAsync()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var (_, national) = await admin.NationalStandardAsync();
        var unit = (await admin.CreateUnitAsync(await admin.AgencyIdAsync(), "DINKES")).Id();
        var position = await admin.PositionWithStandardAsync(
            unit, "DINKES-SEK", "Administrator", (national["M.01"], 3, 1m), (national["M.02"], 4, 2m), (national["M.04"], 2, 1.5m), (national["SK.01"], 3, 1m));
        var employee = (await admin.CreateEmployeeAsync(Nips.Pns(1), "Budi Santoso", position)).Id();
        var colleague = (await admin.CreateEmployeeAsync(Nips.Pns(2), "Andi Wijaya", position)).Id();

        await admin.AssessAsync(employee, national["M.01"], 5, "Self", Today.AddDays(-700));
        var m01Centre = await admin.AssessAsync(employee, national["M.01"], 4, "AssessmentCentre", Today.AddDays(-400));
        var m01Supervisor = await admin.AssessAsync(employee, national["M.01"], 2, "Supervisor", Today.AddDays(-100));

        var m02Wrong = await admin.AssessAsync(employee, national["M.02"], 5, "AssessmentCentre", Today.AddDays(-10));
        var m02Correction = await admin.CorrectAsync(m02Wrong.Id(), 3, "Supervisor", Today.AddDays(-200));

        var m04Expired = await admin.AssessAsync(employee, national["M.04"], 5, "AssessmentCentre", Today.AddMonths(-37));
        var m04Self = await admin.AssessAsync(employee, national["M.04"], 1, "Self", Today.AddDays(-30));

        var m05Self = await admin.AssessAsync(employee, national["M.05"], 3, "Self", Today.AddDays(-5));
        await admin.AssessAsync(colleague, national["M.01"], 1, "Supervisor", Today.AddDays(-5));

        return new Arranged(
            national,
            unit,
            position,
            employee,
            colleague,
            m01Centre.Id(),
            Today.AddDays(-400),
            m01Supervisor.Id(),
            Today.AddDays(-100),
            m02Correction.Id(),
            Today.AddDays(-200),
            m04Expired.Id(),
            Today.AddMonths(-37),
            m04Self.Id(),
            Today.AddDays(-30),
            m05Self.Id(),
            Today.AddDays(-5));
    }

    private static void ShouldMatch(JsonElement profile, IReadOnlyList<Item> expected)
    {
        var items = profile.Array("items");
        items.Select(i => i.GetProperty("competencyCode").GetString()).ShouldBe(expected.Select(e => e.Code));
        foreach (var (item, want) in items.Zip(expected))
        {
            var actual = new Item(
                item.GetProperty("competencyCode").GetString()!,
                item.GetProperty("requiredLevel").GetInt32(),
                item.OptionalInt("currentLevel"),
                item.OptionalString("levelMethod"),
                item.OptionalString("levelAssessedOn") is { } on ? DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture) : null,
                item.OptionalGuid("assessmentId"));
            actual.ShouldBe(want);
            item.OptionalInt("gap").ShouldBe(want.Gap, want.Code);
            item.GetProperty("status").GetString().ShouldBe(want.Status, want.Code);
        }
    }

    /// <summary>JPM = Σ current ÷ Σ required × 100 over the assessed items; capped caps each current at its required level.</summary>
    private static void ShouldHaveJpm(JsonElement profile, IReadOnlyList<Item> expected, string variant)
    {
        var assessed = expected.Where(i => i.Current is not null).ToList();
        var required = assessed.Sum(i => i.Required);
        var value = Jpm(assessed.Sum(i => i.Current!.Value), required);
        var capped = Jpm(assessed.Sum(i => Math.Min(i.Current!.Value, i.Required)), required);
        var deciding = variant == "Capped" ? capped : value;
        var category = deciding >= 90m ? "Optimal" : deciding >= 78m ? "CukupOptimal" : "KurangOptimal";

        var jpm = profile.GetProperty("jobPersonMatch");
        jpm.GetProperty("value").GetDecimal().ShouldBe(value);
        jpm.GetProperty("cappedValue").GetDecimal().ShouldBe(capped);
        jpm.GetProperty("categoryVariant").GetString().ShouldBe(variant);
        jpm.GetProperty("category").GetString().ShouldBe(category);
        jpm.GetProperty("assessedCount").GetInt32().ShouldBe(assessed.Count);
        jpm.GetProperty("requiredCount").GetInt32().ShouldBe(expected.Count);
        jpm.GetProperty("optimalThreshold").GetDecimal().ShouldBe(90m);
        jpm.GetProperty("adequateThreshold").GetDecimal().ShouldBe(78m);
    }

    private static decimal Jpm(int actual, int required) => Math.Round(actual * 100m / required, 2);
}
