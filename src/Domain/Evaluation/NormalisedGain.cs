namespace AsnCompetency.Domain.Evaluation;

/// <summary>Hake's category of a normalised gain.</summary>
public enum GainCategory
{
    Low,
    Medium,
    High,
}

/// <summary>The Indonesian effectiveness band of g × 100.</summary>
public enum EffectivenessBand
{
    /// <summary>Below 40.</summary>
    TidakEfektif,

    /// <summary>40 to below 56.</summary>
    KurangEfektif,

    /// <summary>56 to below 76.</summary>
    CukupEfektif,

    /// <summary>76 and above.</summary>
    Efektif,
}

/// <summary>
/// Hake's normalised gain, g = (post − pre) / (max − pre): the share of the possible improvement
/// that was achieved (DOMAIN.md §4). Undefined when pre is already at the maximum.
/// </summary>
public static class NormalisedGain
{
    public static double? Of(double pre, double post, double max) => pre >= max ? null : (post - pre) / (max - pre);

    /// <summary>High above 0.7, medium from 0.3 to 0.7, low below 0.3.</summary>
    public static GainCategory CategoryOf(double g) => g > 0.7 ? GainCategory.High : g >= 0.3 ? GainCategory.Medium : GainCategory.Low;

    public static EffectivenessBand BandOf(double g)
    {
        var percent = g * 100;
        return percent < 40 ? EffectivenessBand.TidakEfektif
            : percent < 56 ? EffectivenessBand.KurangEfektif
            : percent < 76 ? EffectivenessBand.CukupEfektif
            : EffectivenessBand.Efektif;
    }
}
