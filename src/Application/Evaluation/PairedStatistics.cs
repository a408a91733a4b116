using AsnCompetency.Domain.Evaluation;
using MathNet.Numerics.Distributions;

namespace AsnCompetency.Application.Evaluation;

/// <summary>Why a participant's scores are left out of a statistic.</summary>
public enum ExclusionReason
{
    /// <summary>No pre score: nothing to compare with.</summary>
    MissingPre,

    /// <summary>No post score (yet); in a follow-up comparison, no follow-up score.</summary>
    MissingPost,

    /// <summary>Pre at the maximum: no room to improve, so no individual normalised gain (still in the t-test).</summary>
    PreAtMaximum,
}

/// <summary>Cohen's conventional size of an effect.</summary>
public enum EffectSize
{
    Negligible,
    Small,
    Medium,
    Large,
}

/// <summary>One bin of the distribution of individual normalised gains.</summary>
/// <param name="Lower">Lower edge (inclusive); null for the open bin of negative gains.</param>
/// <param name="Upper">Upper edge (exclusive, but 1.0 inclusive in the last bin).</param>
public sealed record GainBin(double? Lower, double Upper, int Count);

/// <summary>
/// Before/after comparison of one instrument (DOMAIN.md §4): the paired t-test with its 95%
/// confidence interval and effect sizes, the Wilcoxon signed-rank test as the non-parametric
/// companion, and Hake's normalised gain both as the mean of individual gains and as the gain of
/// the averages. Where a statistic cannot be computed, its value is null and the note says why.
/// </summary>
public sealed record PairedComparison(
    int PairedCount,
    IReadOnlyDictionary<ExclusionReason, int> Excluded,
    double? PreMean,
    double? PreSd,
    double? PostMean,
    double? PostSd,
    double? MeanDifference,
    double? DifferenceSd,
    double? CiLower,
    double? CiUpper,
    double? T,
    int? Df,
    double? P,
    double? Dz,
    double? Dav,
    EffectSize? EffectSize,
    string? TestNote,
    double? WilcoxonV,
    double? WilcoxonP,
    string? WilcoxonMethod,
    double? MeanIndividualGain,
    int IndividualGainCount,
    double? GainOfAverages,
    GainCategory? GainCategory,
    EffectivenessBand? EffectivenessBand,
    IReadOnlyList<GainBin> GainDistribution);

public static class PairedStatistics
{
    /// <summary>Below this many non-zero differences without ties, Wilcoxon's p is exact (as R's wilcox.test does).</summary>
    private const int ExactWilcoxonLimit = 50;

    /// <param name="scores">Each participant's pre and post (null when missing).</param>
    /// <param name="max">The instrument's maximum, for the normalised gain.</param>
    public static PairedComparison Compare(IReadOnlyList<(double? Pre, double? Post)> scores, double max)
    {
        var excluded = new Dictionary<ExclusionReason, int>
        {
            [ExclusionReason.MissingPre] = scores.Count(s => s.Pre is null),
            [ExclusionReason.MissingPost] = scores.Count(s => s.Pre is not null && s.Post is null),
        };
        var pairs = scores.Where(s => s.Pre is not null && s.Post is not null).Select(s => (Pre: s.Pre!.Value, Post: s.Post!.Value)).ToList();
        var n = pairs.Count;
        var gains = pairs.Select(p => NormalisedGain.Of(p.Pre, p.Post, max)).ToList();
        excluded[ExclusionReason.PreAtMaximum] = gains.Count(g => g is null);
        var individual = gains.OfType<double>().ToList();
        var meanGain = individual.Count > 0 ? individual.Average() : (double?)null;
        var histogram = Histogram(individual);
        if (n == 0)
        {
            return new PairedComparison(
                0, excluded, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                "No participant has both a pre and a post score.", null, null, null, null, 0, null, null, null, histogram);
        }

        var pre = pairs.Select(p => p.Pre).ToList();
        var post = pairs.Select(p => p.Post).ToList();
        var differences = pairs.Select(p => p.Post - p.Pre).ToList();
        var preMean = pre.Average();
        var postMean = post.Average();
        var meanDifference = differences.Average();
        var preSd = Sd(pre);
        var postSd = Sd(post);
        var sd = Sd(differences);
        var gainOfAverages = NormalisedGain.Of(preMean, postMean, max);
        var (wilcoxonV, wilcoxonP, wilcoxonMethod) = Wilcoxon(differences);
        var categoryGain = meanGain ?? gainOfAverages;
        var category = categoryGain is { } cg ? NormalisedGain.CategoryOf(cg) : (GainCategory?)null;
        var band = categoryGain is { } bg ? NormalisedGain.BandOf(bg) : (EffectivenessBand?)null;

        string? note = null;
        double? lower = null, upper = null, t = null, p = null, dz = null, dav = null;
        int? df = null;
        if (n < 2)
        {
            note = "One pair only: a t-test needs at least two to estimate the spread.";
        }
        else if (sd!.Value <= 1e-9 * Math.Max(1, Math.Abs(meanDifference)))
        {
            // Equal differences of decimal scores differ in the last bits as doubles: treat them as equal.
            note = $"Every participant changed by exactly {meanDifference:0.####}: the differences have no spread, so no t-test or d_z is reported.";
        }
        else
        {
            df = n - 1;
            var standardError = sd!.Value / Math.Sqrt(n);
            var critical = StudentT.InvCDF(0, 1, df.Value, 0.975);
            lower = meanDifference - critical * standardError;
            upper = meanDifference + critical * standardError;
            t = meanDifference / standardError;
            // The lower tail of −|t| keeps its precision where 1 − CDF(|t|) would round to 0.
            p = Math.Min(1, 2 * StudentT.CDF(0, 1, df.Value, -Math.Abs(t.Value)));
            dz = meanDifference / sd.Value;
        }

        if (n >= 2 && preSd + postSd is > 0)
        {
            dav = meanDifference / ((preSd!.Value + postSd!.Value) / 2);
        }

        return new PairedComparison(
            n, excluded, preMean, preSd, postMean, postSd, meanDifference, sd, lower, upper, t, df, p, dz, dav,
            dz is { } d ? SizeOf(d) : null, note, wilcoxonV, wilcoxonP, wilcoxonMethod,
            meanGain, individual.Count, gainOfAverages, category, band, histogram);
    }

    public static EffectSize SizeOf(double d) => Math.Abs(d) switch
    {
        < 0.2 => EffectSize.Negligible,
        < 0.5 => EffectSize.Small,
        < 0.8 => EffectSize.Medium,
        _ => EffectSize.Large,
    };

    /// <summary>Sample standard deviation (n − 1); null for fewer than two values.</summary>
    private static double? Sd(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
        {
            return null;
        }

        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }

    /// <summary>
    /// Wilcoxon signed-rank test of the differences, two-sided, as R's wilcox.test(paired) does:
    /// zero differences dropped; exact when fewer than 50 remain and none tie; otherwise the normal
    /// approximation with tie correction and continuity correction. V = sum of positive ranks.
    /// </summary>
    private static (double? V, double? P, string? Method) Wilcoxon(IReadOnlyList<double> differences)
    {
        var nonZero = differences.Where(d => d != 0).ToList();
        var n = nonZero.Count;
        if (n == 0)
        {
            return (null, null, null);
        }

        var ordered = nonZero.Select((d, i) => (Abs: Math.Abs(d), Positive: d > 0, Index: i)).OrderBy(x => x.Abs).ToList();
        var ranks = new double[n];
        var tieCorrection = 0.0;
        var hasTies = false;
        for (var i = 0; i < n;)
        {
            var j = i;
            while (j + 1 < n && ordered[j + 1].Abs == ordered[i].Abs)
            {
                j++;
            }

            var rank = (i + j + 2) / 2.0;
            for (var k = i; k <= j; k++)
            {
                ranks[k] = rank;
            }

            var size = j - i + 1;
            if (size > 1)
            {
                hasTies = true;
                tieCorrection += (Math.Pow(size, 3) - size) / 48.0;
            }

            i = j + 1;
        }

        var v = ordered.Select((x, i) => x.Positive ? ranks[i] : 0).Sum();
        if (n < ExactWilcoxonLimit && !hasTies && n == differences.Count)
        {
            return (v, ExactSignedRankP((int)v, n), "Exact");
        }

        // In doubles: n(n + 1)(2n + 1) overflows an int from n ≈ 1,000 (and n(n + 1) from 46,341).
        double count = n;
        var z = v - count * (count + 1) / 4.0;
        var sigma = Math.Sqrt(count * (count + 1) * (2 * count + 1) / 24.0 - tieCorrection);
        if (sigma == 0)
        {
            return (v, null, null);
        }

        z = (z - Math.Sign(z) * 0.5) / sigma;
        var p = 2 * Normal.CDF(0, 1, -Math.Abs(z));
        return (v, Math.Min(p, 1), "NormalApproximation");
    }

    /// <summary>Two-sided exact p of the signed-rank statistic: the count of sign patterns as extreme, over 2^n.</summary>
    private static double ExactSignedRankP(int v, int n)
    {
        var maxSum = n * (n + 1) / 2;
        var ways = new double[maxSum + 1];
        ways[0] = 1;
        for (var rank = 1; rank <= n; rank++)
        {
            for (var sum = maxSum; sum >= rank; sum--)
            {
                ways[sum] += ways[sum - rank];
            }
        }

        var total = Math.Pow(2, n);
        double Cumulative(int upTo) => ways.Take(Math.Max(0, upTo + 1)).Sum() / total;
        var tail = v > maxSum / 2.0 ? 1 - Cumulative(v - 1) : Cumulative(v);
        return Math.Min(1, 2 * tail);
    }

    private static List<GainBin> Histogram(IReadOnlyList<double> gains)
    {
        var bins = new List<GainBin> { new(null, 0, gains.Count(g => g < 0)) };
        for (var i = 0; i < 10; i++)
        {
            var (lower, upper) = (i / 10.0, (i + 1) / 10.0);
            bins.Add(new GainBin(lower, upper, gains.Count(g => g >= lower && (g < upper || (i == 9 && g <= upper)))));
        }

        return bins;
    }
}
