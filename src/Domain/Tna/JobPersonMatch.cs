namespace AsnCompetency.Domain.Tna;

/// <summary>The Job Person Match category (DOMAIN.md §1).</summary>
public enum JpmCategory
{
    /// <summary>At or above the optimal threshold (default 90).</summary>
    Optimal,

    /// <summary>At or above the adequate threshold (default 78), below optimal.</summary>
    CukupOptimal,

    /// <summary>Below the adequate threshold.</summary>
    KurangOptimal,
}

/// <summary>
/// Job Person Match: Σ actual levels ÷ Σ required levels × 100 over the competencies of a
/// position's standard. The capped variant caps each actual level at its required level, so a
/// surplus in one competency does not hide a gap in another. Competencies without a current
/// level are left out of both sums and counted, so a half-assessed person is not scored as if
/// the rest were zero or were met.
/// </summary>
public sealed record JobPersonMatch(
    decimal? Value,
    decimal? CappedValue,
    JpmVariant CategoryVariant,
    JpmCategory? Category,
    int AssessedCount,
    int RequiredCount)
{
    /// <param name="pairs">Required level and current level (null when never assessed) per competency.</param>
    public static JobPersonMatch Compute(IEnumerable<(int Required, int? Current)> pairs, TnaSettings settings)
    {
        int requiredSum = 0, actualSum = 0, cappedSum = 0, assessed = 0, required = 0;
        foreach (var (requiredLevel, current) in pairs)
        {
            required++;
            if (current is not { } level)
            {
                continue;
            }

            assessed++;
            requiredSum += requiredLevel;
            actualSum += level;
            cappedSum += Math.Min(level, requiredLevel);
        }

        if (requiredSum == 0)
        {
            return new JobPersonMatch(null, null, settings.JpmCategoryVariant, null, assessed, required);
        }

        var value = actualSum * 100m / requiredSum;
        var capped = cappedSum * 100m / requiredSum;

        // The category is decided on the exact ratio: 89.996 is not Optimal even though it shows as 90.00.
        var deciding = settings.JpmCategoryVariant == JpmVariant.Capped ? capped : value;
        return new JobPersonMatch(
            Math.Round(value, 2), Math.Round(capped, 2), settings.JpmCategoryVariant, Categorise(deciding, settings), assessed, required);
    }

    public static JpmCategory Categorise(decimal value, TnaSettings settings) =>
        value >= settings.JpmOptimalThreshold ? JpmCategory.Optimal
        : value >= settings.JpmAdequateThreshold ? JpmCategory.CukupOptimal
        : JpmCategory.KurangOptimal;
}
