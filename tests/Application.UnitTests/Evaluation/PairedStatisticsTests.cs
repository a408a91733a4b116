using AsnCompetency.Application.Evaluation;
using AsnCompetency.Domain.Evaluation;

namespace AsnCompetency.Application.UnitTests.Evaluation;

/// <summary>
/// The statistics against published reference values: Student's sleep data (R's datasets::sleep)
/// with R's t.test(paired = TRUE) and wilcox.test(paired = TRUE) results, and hand calculations.
/// </summary>
public sealed class PairedStatisticsTests
{
    // Student (1908), R datasets::sleep, shifted by +2 so scores lie on a 0–10 scale: the
    // differences, and so every test statistic, are unchanged.
    private static readonly double[] SleepGroup1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
    private static readonly double[] SleepGroup2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

    private static IReadOnlyList<(double? Pre, double? Post)> Sleep() =>
        [.. SleepGroup1.Zip(SleepGroup2, (pre, post) => ((double?)(pre + 2), (double?)(post + 2)))];

    [Test]
    public void Compare_SleepData_MatchesRsPairedTTest()
    {
        // R: t = -4.0621, df = 9, p-value = 0.002833, 95% CI -2.4598858 -0.7001142, mean difference -1.58 (group1 − group2).
        var result = PairedStatistics.Compare(Sleep(), 10);

        result.PairedCount.ShouldBe(10);
        result.MeanDifference!.Value.ShouldBe(1.58, 1e-9);
        result.T!.Value.ShouldBe(4.062128, 5e-6);
        result.Df.ShouldBe(9);
        result.P!.Value.ShouldBe(0.002832890, 5e-8);
        result.CiLower!.Value.ShouldBe(0.7001142, 5e-7);
        result.CiUpper!.Value.ShouldBe(2.4598858, 5e-7);
        result.DifferenceSd!.Value.ShouldBe(1.229995, 5e-6);
        result.Dz!.Value.ShouldBe(1.58 / 1.229995, 1e-5);
        result.EffectSize.ShouldBe(EffectSize.Large);
        result.TestNote.ShouldBeNull();
    }

    [Test]
    public void Compare_SleepData_MatchesRsWilcoxonWithTiesAndAZero()
    {
        // R: wilcox.test(extra ~ group, paired = TRUE): V = 0, p-value = 0.009091 (ties and a zero:
        // normal approximation with continuity correction). Post − pre gives V = 45, the same p.
        var result = PairedStatistics.Compare(Sleep(), 10);

        result.WilcoxonV.ShouldBe(45);
        result.WilcoxonP!.Value.ShouldBe(0.009091, 5e-7);
        result.WilcoxonMethod.ShouldBe("NormalApproximation");
    }

    [Test]
    public void Compare_FiveDistinctPositiveDifferences_ExactWilcoxon()
    {
        // R: wilcox.test(c(1, 2, 3, 4, 5)): V = 15, p-value = 0.0625 (exact: 2 × 1/32).
        var scores = new (double?, double?)[] { (10, 11), (10, 12), (10, 13), (10, 14), (10, 15) };

        var result = PairedStatistics.Compare(scores, 100);

        result.WilcoxonV.ShouldBe(15);
        result.WilcoxonP!.Value.ShouldBe(0.0625, 1e-12);
        result.WilcoxonMethod.ShouldBe("Exact");
    }

    [Test]
    public void Compare_Gains_MeanOfIndividualAndGainOfAverages()
    {
        // g: (80−40)/60 = 0.6667, (90−50)/50 = 0.8, (70−60)/40 = 0.25 → mean 0.5722;
        // averages: pre 50, post 80 → (80 − 50)/(100 − 50) = 0.6.
        var scores = new (double?, double?)[] { (40, 80), (50, 90), (60, 70) };

        var result = PairedStatistics.Compare(scores, 100);

        result.MeanIndividualGain!.Value.ShouldBe((40.0 / 60 + 0.8 + 0.25) / 3, 1e-12);
        result.GainOfAverages!.Value.ShouldBe(0.6, 1e-12);
        result.GainCategory.ShouldBe(GainCategory.Medium);
        result.EffectivenessBand.ShouldBe(EffectivenessBand.CukupEfektif);
        result.GainDistribution.Sum(b => b.Count).ShouldBe(3);
        result.GainDistribution.Single(b => b.Lower == 0.2).Count.ShouldBe(1);
        result.GainDistribution.Single(b => b.Lower == 0.6).Count.ShouldBe(1);
        result.GainDistribution.Single(b => b.Lower == 0.8).Count.ShouldBe(1);
    }

    [Test]
    public void Compare_PreAtMaximumAndMissingScores_ExcludedWithReasons()
    {
        var scores = new (double?, double?)[] { (100, 100), (40, null), (null, 70), (50, 75), (60, 90) };

        var result = PairedStatistics.Compare(scores, 100);

        result.PairedCount.ShouldBe(3);
        result.Excluded[ExclusionReason.MissingPost].ShouldBe(1);
        result.Excluded[ExclusionReason.MissingPre].ShouldBe(1);
        result.Excluded[ExclusionReason.PreAtMaximum].ShouldBe(1);
        result.IndividualGainCount.ShouldBe(2);
        result.MeanIndividualGain!.Value.ShouldBe((0.5 + 0.75) / 2, 1e-12);
    }

    [Test]
    public void Compare_OnePair_NoTestAndAReason()
    {
        var result = PairedStatistics.Compare([(40, 80)], 100);

        result.PairedCount.ShouldBe(1);
        result.T.ShouldBeNull();
        result.P.ShouldBeNull();
        result.CiLower.ShouldBeNull();
        result.Dz.ShouldBeNull();
        result.TestNote.ShouldNotBeNull().ShouldContain("two");
        result.MeanIndividualGain!.Value.ShouldBe(40.0 / 60, 1e-12);
    }

    [Test]
    public void Compare_AllDifferencesEqual_NoTestAndAReasonInsteadOfInfinity()
    {
        var result = PairedStatistics.Compare([(40, 50), (60, 70), (70, 80)], 100);

        result.MeanDifference.ShouldBe(10);
        result.T.ShouldBeNull();
        result.P.ShouldBeNull();
        result.Dz.ShouldBeNull();
        result.TestNote.ShouldNotBeNull().ShouldContain("no spread");
        result.Dav.ShouldNotBeNull();
        double.IsFinite(result.Dav.Value).ShouldBeTrue();
    }

    [Test]
    public void Compare_EqualDecimalGainsThatAreNotExactDoubles_StillNoTest()
    {
        // 60.1 → 65.3 and the like: +5.2 each, which doubles do not hold exactly.
        var result = PairedStatistics.Compare([(60.1, 65.3), (70.3, 75.5), (80.7, 85.9), (55.9, 61.1)], 100);

        result.T.ShouldBeNull();
        result.P.ShouldBeNull();
        result.Dz.ShouldBeNull();
        result.TestNote.ShouldNotBeNull().ShouldContain("no spread");
    }

    [Test]
    public void Compare_VeryLargeT_PKeepsItsPrecisionInsteadOfZero()
    {
        // Thirty participants all gaining about 20 with a small spread: t ≈ 110, p far below 1e-16 but not 0.
        var scores = Enumerable.Range(0, 30).Select(i => ((double?)40, (double?)(60 + (i % 3 - 1) * 0.5))).ToList();

        var result = PairedStatistics.Compare(scores, 100);

        result.P!.Value.ShouldBeGreaterThan(0);
        result.P.Value.ShouldBeLessThan(1e-30);
    }

    [Test]
    public void Compare_FiftyThousandPairs_WilcoxonByTheNormalApproximationWithoutIntegerOverflow()
    {
        // Differences +1, −2, +3, −4, … ±50,000: V = 25,000² = 625,000,000; n(n + 1)(2n + 1)
        // overflowed an int, so σ was NaN and the session's evaluation failed to serialise (500).
        const int n = 50_000;
        var scores = Enumerable.Range(1, n).Select(i => ((double?)100_000, (double?)(100_000 + (i % 2 == 1 ? i : -i)))).ToList();

        var result = PairedStatistics.Compare(scores, 200_000);

        result.WilcoxonV.ShouldBe(625_000_000);
        result.WilcoxonMethod.ShouldBe("NormalApproximation");
        result.WilcoxonP!.Value.ShouldBe(0.99690998, 1e-6);
    }

    [Test]
    public void Compare_NoPairs_EverythingNullWithAReason()
    {
        var result = PairedStatistics.Compare([(40, null), (null, null)], 100);

        result.PairedCount.ShouldBe(0);
        result.MeanDifference.ShouldBeNull();
        result.TestNote.ShouldNotBeNull();
        result.WilcoxonP.ShouldBeNull();
    }

    [TestCase(0.71, GainCategory.High)]
    [TestCase(0.7, GainCategory.Medium)]
    [TestCase(0.3, GainCategory.Medium)]
    [TestCase(0.29, GainCategory.Low)]
    public void CategoryOf_HakesThresholds(double g, GainCategory expected) => NormalisedGain.CategoryOf(g).ShouldBe(expected);

    [TestCase(0.39, EffectivenessBand.TidakEfektif)]
    [TestCase(0.40, EffectivenessBand.KurangEfektif)]
    [TestCase(0.559, EffectivenessBand.KurangEfektif)]
    [TestCase(0.56, EffectivenessBand.CukupEfektif)]
    [TestCase(0.76, EffectivenessBand.Efektif)]
    public void BandOf_IndonesianBands(double g, EffectivenessBand expected) => NormalisedGain.BandOf(g).ShouldBe(expected);
}
