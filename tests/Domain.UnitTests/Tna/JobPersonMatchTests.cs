using AsnCompetency.Domain.Assessments;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Tna;

namespace AsnCompetency.Domain.UnitTests.Tna;

/// <summary>JPM = Σ actual ÷ Σ required × 100 over assessed competencies; capped variant; categories by the agency's thresholds.</summary>
public sealed class JobPersonMatchTests
{
    private static readonly TnaSettings Defaults = TnaSettings.NationalDefaults();

    [Test]
    public void Compute_SurplusOffsetsGap_UncappedIs100AndCappedLower()
    {
        var jpm = JobPersonMatch.Compute([(3, 3), (3, 2), (2, 3)], Defaults);

        jpm.Value.ShouldBe(100m);
        jpm.CappedValue.ShouldBe(87.5m);
        jpm.Category.ShouldBe(JpmCategory.Optimal);
        jpm.AssessedCount.ShouldBe(3);
        jpm.RequiredCount.ShouldBe(3);
    }

    [Test]
    public void Compute_CappedVariantChosen_CategoryFollowsCappedValue()
    {
        var settings = TnaSettings.ForAgency(Guid.CreateVersion7(), Defaults);
        settings.Apply(settings.ToValues() with { JpmCategoryVariant = JpmVariant.Capped });

        var jpm = JobPersonMatch.Compute([(3, 3), (3, 2), (2, 3)], settings);

        jpm.CategoryVariant.ShouldBe(JpmVariant.Capped);
        jpm.Category.ShouldBe(JpmCategory.CukupOptimal);
    }

    [Test]
    public void Compute_NeverAssessedCompetency_LeftOutOfBothSums()
    {
        var jpm = JobPersonMatch.Compute([(4, 2), (4, null), (2, 2)], Defaults);

        // (2 + 2) ÷ (4 + 2) × 100, not (2 + 0 + 2) ÷ 10 × 100.
        jpm.Value.ShouldBe(66.67m);
        jpm.AssessedCount.ShouldBe(2);
        jpm.RequiredCount.ShouldBe(3);
        jpm.Category.ShouldBe(JpmCategory.KurangOptimal);
    }

    [Test]
    public void Compute_NothingAssessed_NoValueAndNoCategory()
    {
        var jpm = JobPersonMatch.Compute([(3, null), (2, null)], Defaults);

        jpm.Value.ShouldBeNull();
        jpm.CappedValue.ShouldBeNull();
        jpm.Category.ShouldBeNull();
        jpm.RequiredCount.ShouldBe(2);
    }

    [TestCase(90, JpmCategory.Optimal)]
    [TestCase(89.99, JpmCategory.CukupOptimal)]
    [TestCase(78, JpmCategory.CukupOptimal)]
    [TestCase(77.99, JpmCategory.KurangOptimal)]
    public void Categorise_AtThresholds_UsesAtLeast(decimal value, JpmCategory expected) =>
        JobPersonMatch.Categorise(value, Defaults).ShouldBe(expected);

    [Test]
    public void Compute_JustBelowOptimal_NotRoundedUpIntoOptimal()
    {
        // 2249 ÷ 2499 × 100 = 89.996 shows as 90.00 but is not 90.
        var pairs = Enumerable.Repeat((Required: 1, Current: (int?)1), 2249).Concat(Enumerable.Repeat((Required: 1, Current: (int?)0), 250));

        var jpm = JobPersonMatch.Compute(pairs, Defaults);

        jpm.Value.ShouldBe(90.00m);
        jpm.Category.ShouldBe(JpmCategory.CukupOptimal);
    }
}

/// <summary>Settings are validated as a whole; defaults are the documented ones.</summary>
public sealed class TnaSettingsTests
{
    [Test]
    public void NationalDefaults_AreTheDocumentedValues()
    {
        var settings = TnaSettings.NationalDefaults();

        settings.AgencyId.ShouldBeNull();
        settings.CurrentLevelRule.ShouldBe(CurrentLevelRule.MethodPriorityFirst);
        settings.MethodPriority[0].ShouldBe(AssessmentMethod.AssessmentCentre);
        settings.MethodPriority[^1].ShouldBe(AssessmentMethod.Self);
        settings.ValidityMonths.ShouldBe(36);
        (settings.JpmOptimalThreshold, settings.JpmAdequateThreshold).ShouldBe((90m, 78m));
        settings.MinAnnualJpPns.ShouldBe(20);
        settings.MaxAnnualJpPppk.ShouldBe(24);
    }

    [Test]
    public void Apply_MethodMissing_RejectedNamingMethodPriority()
    {
        var settings = TnaSettings.NationalDefaults();

        var error = Should.Throw<DomainValidationException>(() =>
            settings.Apply(settings.ToValues() with { MethodPriority = [AssessmentMethod.Self, AssessmentMethod.Supervisor] }));

        error.Field.ShouldBe("methodPriority");
    }

    [Test]
    public void Apply_AdequateNotBelowOptimal_Rejected()
    {
        var settings = TnaSettings.NationalDefaults();

        Should.Throw<DomainValidationException>(() => settings.Apply(settings.ToValues() with { JpmAdequateThreshold = 90m }))
            .Field.ShouldBe("jpmAdequateThreshold");
    }

    [Test]
    public void Apply_AllWeightsZero_Rejected()
    {
        var settings = TnaSettings.NationalDefaults();

        Should.Throw<DomainValidationException>(() =>
            settings.Apply(settings.ToValues() with { GapWeight = 0, CriticalityWeight = 0, PeopleWeight = 0, RecencyWeight = 0 }));
    }

    [Test]
    public void Apply_ValidChange_Stored()
    {
        var settings = TnaSettings.NationalDefaults();

        settings.Apply(settings.ToValues() with { CurrentLevelRule = CurrentLevelRule.NewestFirst, ValidityMonths = null });

        settings.CurrentLevelRule.ShouldBe(CurrentLevelRule.NewestFirst);
        settings.ValidityMonths.ShouldBeNull();
    }
}
