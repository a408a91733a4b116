using AsnCompetency.Domain.Common;

namespace AsnCompetency.Domain.Evaluation;

/// <summary>The grade (mutu pelayanan) of a community satisfaction index on 25–100.</summary>
public enum ServiceGrade
{
    /// <summary>Tidak baik: below 65.00.</summary>
    D,

    /// <summary>Kurang baik: 65.00 to 76.60.</summary>
    C,

    /// <summary>Baik: 76.61 to 88.30.</summary>
    B,

    /// <summary>Sangat baik: 88.31 and above.</summary>
    A,
}

/// <summary>
/// A community satisfaction survey (Survei Kepuasan Masyarakat, PermenPANRB 14/2017) of one
/// public-service unit over a period: either every respondent's answers (1–4) to the nine
/// elements, or the nine element averages (NRR) with the number of respondents, as offices often
/// receive them already tabulated.
/// </summary>
public sealed class SatisfactionSurvey : AuditableEntity, IHasRowVersion
{
    public const int ElementCount = 9;
    public const int MaxRespondents = 100_000;

    private SatisfactionSurvey()
    {
        Title = "";
        ElementAverages = [];
    }

    public Guid AgencyId { get; private set; }

    public Guid UnitId { get; private set; }

    public string Title { get; private set; }

    public DateOnly PeriodStart { get; private set; }

    public DateOnly PeriodEnd { get; private set; }

    public int RespondentCount { get; private set; }

    /// <summary>NRR per element (1–4), from the answers or as given.</summary>
    public decimal[] ElementAverages { get; private set; }

    /// <summary>True when the averages were computed from respondents' answers stored with the survey.</summary>
    public bool FromAnswers { get; private set; }

    public uint RowVersion { get; private set; }

    /// <summary>IKM on 1–4: the mean of the nine element averages (each weighs 1/9).</summary>
    public decimal Index => ElementAverages.Sum() / ElementCount;

    /// <summary>IKM of the unit on 25–100 (× 25), unrounded.</summary>
    public decimal UnitIndex => Index * 25;

    public ServiceGrade Grade => GradeOf(UnitIndex);

    /// <summary>Grades the unrounded index; the published thresholds are on two decimals, so 88.305 rounds to A as an office would.</summary>
    public static ServiceGrade GradeOf(decimal unitIndex)
    {
        var rounded = Math.Round(unitIndex, 2, MidpointRounding.AwayFromZero);
        return rounded >= 88.31m ? ServiceGrade.A : rounded >= 76.61m ? ServiceGrade.B : rounded >= 65.00m ? ServiceGrade.C : ServiceGrade.D;
    }

    /// <summary>
    /// A survey computed from the respondents' answers: NRR_u = Σ answers to u ÷ number of answers
    /// to u. A respondent may skip an element (null); every element needs at least one answer.
    /// </summary>
    public static SatisfactionSurvey FromResponses(Guid agencyId, Guid unitId, string title, DateOnly start, DateOnly end, IReadOnlyList<IReadOnlyList<int?>> responses)
    {
        if (responses.Count is 0 or > MaxRespondents)
        {
            throw new DomainValidationException("responses", $"must hold 1 to {MaxRespondents} respondents.");
        }

        for (var r = 0; r < responses.Count; r++)
        {
            if (responses[r].Count != ElementCount)
            {
                throw new DomainValidationException($"responses[{r}]", $"must hold the {ElementCount} elements' answers (null for an element skipped).");
            }

            for (var u = 0; u < ElementCount; u++)
            {
                if (responses[r][u] is < 1 or > 4)
                {
                    throw new DomainValidationException($"responses[{r}][{u}]", "must be 1 (tidak baik) to 4 (sangat baik).");
                }
            }
        }

        var averages = new decimal[ElementCount];
        for (var u = 0; u < ElementCount; u++)
        {
            var answers = responses.Select(r => r[u]).OfType<int>().ToList();
            averages[u] = answers.Count > 0
                ? (decimal)answers.Sum() / answers.Count
                : throw new DomainValidationException("responses", $"element {u + 1} has no answer from any respondent.");
        }

        return Create(agencyId, unitId, title, start, end, responses.Count, averages, fromAnswers: true);
    }

    /// <summary>A survey whose element averages were tabulated elsewhere.</summary>
    public static SatisfactionSurvey FromAverages(Guid agencyId, Guid unitId, string title, DateOnly start, DateOnly end, int respondentCount, IReadOnlyList<decimal> averages)
    {
        if (respondentCount is < 1 or > MaxRespondents)
        {
            throw new DomainValidationException("respondentCount", $"must be 1 to {MaxRespondents}.");
        }

        if (averages.Count != ElementCount)
        {
            throw new DomainValidationException("elementAverages", $"must hold the {ElementCount} element averages, in the order of PermenPANRB 14/2017.");
        }

        for (var u = 0; u < ElementCount; u++)
        {
            if (averages[u] is < 1 or > 4)
            {
                throw new DomainValidationException($"elementAverages[{u}]", "must be between 1 and 4.");
            }
        }

        return Create(agencyId, unitId, title, start, end, respondentCount, [.. averages], fromAnswers: false);
    }

    private static SatisfactionSurvey Create(Guid agencyId, Guid unitId, string title, DateOnly start, DateOnly end, int respondents, decimal[] averages, bool fromAnswers)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainValidationException("title", "is required.");
        }

        if (end < start)
        {
            throw new DomainValidationException("periodEnd", "must not be before periodStart.");
        }

        return new SatisfactionSurvey
        {
            AgencyId = agencyId,
            UnitId = unitId,
            Title = title.Trim(),
            PeriodStart = start,
            PeriodEnd = end,
            RespondentCount = respondents,
            ElementAverages = averages,
            FromAnswers = fromAnswers,
        };
    }
}
