using AsnCompetency.Domain.Assessments;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Training;

namespace AsnCompetency.Domain.Tna;

/// <summary>Which assessment gives an employee's current level of a competency.</summary>
public enum CurrentLevelRule
{
    /// <summary>The most trusted method wins (per the method priority); among equals, the newest.</summary>
    MethodPriorityFirst,

    /// <summary>The newest assessment wins; on the same date, the more trusted method.</summary>
    NewestFirst,
}

/// <summary>Which Job Person Match variant decides the category.</summary>
public enum JpmVariant
{
    /// <summary>Σ actual ÷ Σ required: a level above the standard offsets a gap elsewhere.</summary>
    Uncapped,

    /// <summary>Each actual level capped at its required level: surpluses offset nothing.</summary>
    Capped,
}

/// <summary>
/// The training-needs rules of an agency, or the national defaults (no agency) used by agencies
/// that have not set their own. DOMAIN.md marks these rules as unconfirmed or agency-specific,
/// so they are data, not constants.
/// </summary>
public sealed class TnaSettings : AuditableEntity, IHasRowVersion
{
    public static readonly IReadOnlyList<AssessmentMethod> DefaultMethodPriority =
    [
        AssessmentMethod.AssessmentCentre,
        AssessmentMethod.PostTraining,
        AssessmentMethod.Test,
        AssessmentMethod.Supervisor,
        AssessmentMethod.Peer,
        AssessmentMethod.Self,
    ];

    private TnaSettings()
    {
        MethodPriority = [.. DefaultMethodPriority];
    }

    /// <summary>Null for the national defaults.</summary>
    public Guid? AgencyId { get; private set; }

    public CurrentLevelRule CurrentLevelRule { get; private set; }

    /// <summary>All methods, most trusted first.</summary>
    public AssessmentMethod[] MethodPriority { get; private set; }

    /// <summary>Assessments older than this many months no longer count; null = they never expire.</summary>
    public int? ValidityMonths { get; private set; }

    /// <summary>JPM at or above this is "Optimal".</summary>
    public decimal JpmOptimalThreshold { get; private set; }

    /// <summary>JPM at or above this (and below optimal) is "Cukup Optimal"; below it "Kurang Optimal".</summary>
    public decimal JpmAdequateThreshold { get; private set; }

    public JpmVariant JpmCategoryVariant { get; private set; }

    /// <summary>Weight of the mean gap size in the priority score.</summary>
    public decimal GapWeight { get; private set; }

    /// <summary>Weight of the competency's criticality in the positions' standards (SKJ weight).</summary>
    public decimal CriticalityWeight { get; private set; }

    /// <summary>Weight of the number of people with the gap.</summary>
    public decimal PeopleWeight { get; private set; }

    /// <summary>Weight of the time since the people last had related training.</summary>
    public decimal RecencyWeight { get; private set; }

    /// <summary>Months after which "time since related training" counts fully.</summary>
    public int RecencyHorizonMonths { get; private set; }

    /// <summary>JP a PNS must reach each year (PP 17/2020: at least 20).</summary>
    public int MinAnnualJpPns { get; private set; }

    /// <summary>JP a PNS can be planned for in a year, given their work (time constraint of plan generation).</summary>
    public int MaxAnnualJpPns { get; private set; }

    /// <summary>JP a PPPK can get in a contract year (at most 24).</summary>
    public int MaxAnnualJpPppk { get; private set; }

    /// <summary>Share of a session's meeting days (0–1) a participant must attend to complete it.</summary>
    public decimal MinAttendanceShare { get; private set; }

    /// <summary>JP one activity of a non-classroom form earns when its programme states none (DOMAIN.md §2).</summary>
    public JpConversionRate[] JpConversions { get; private set; } = [];

    public uint RowVersion { get; private set; }

    public static TnaSettings NationalDefaults() => new()
    {
        AgencyId = null,
        CurrentLevelRule = CurrentLevelRule.MethodPriorityFirst,
        MethodPriority = [.. DefaultMethodPriority],
        ValidityMonths = 36,
        JpmOptimalThreshold = 90m,
        JpmAdequateThreshold = 78m,
        JpmCategoryVariant = JpmVariant.Uncapped,
        GapWeight = 0.4m,
        CriticalityWeight = 0.2m,
        PeopleWeight = 0.3m,
        RecencyWeight = 0.1m,
        RecencyHorizonMonths = 36,
        MinAnnualJpPns = 20,
        MaxAnnualJpPns = 40,
        MaxAnnualJpPppk = 24,
        MinAttendanceShare = 0.8m,
        JpConversions = [.. DefaultJpConversions],
    };

    /// <summary>The examples of DOMAIN.md §2: coaching once = 2 JP, benchmarking once = 10 JP, magang once = 20 JP.</summary>
    public static IReadOnlyList<JpConversionRate> DefaultJpConversions { get; } =
    [
        new(DevelopmentForm.Coaching, 2),
        new(DevelopmentForm.Mentoring, 2),
        new(DevelopmentForm.Benchmarking, 10),
        new(DevelopmentForm.Internship, 20),
    ];

    /// <summary>An agency's own settings, starting from <paramref name="defaults"/>.</summary>
    public static TnaSettings ForAgency(Guid agencyId, TnaSettings defaults)
    {
        var settings = new TnaSettings { AgencyId = agencyId };
        settings.Apply(defaults.ToValues());
        return settings;
    }

    public TnaSettingsValues ToValues() => new(
        CurrentLevelRule,
        MethodPriority,
        ValidityMonths,
        JpmOptimalThreshold,
        JpmAdequateThreshold,
        JpmCategoryVariant,
        GapWeight,
        CriticalityWeight,
        PeopleWeight,
        RecencyWeight,
        RecencyHorizonMonths,
        MinAnnualJpPns,
        MaxAnnualJpPns,
        MaxAnnualJpPppk,
        MinAttendanceShare,
        JpConversions);

    /// <summary>The conversion-table JP of a non-classroom form, or null when the table has none.</summary>
    public int? ConversionJp(DevelopmentForm form) => Array.Find(JpConversions, r => r.Form == form)?.Jp;

    public void Apply(TnaSettingsValues values)
    {
        var methods = values.MethodPriority;
        if (methods.Count != Enum.GetValues<AssessmentMethod>().Length || methods.Distinct().Count() != methods.Count)
        {
            throw new DomainValidationException("methodPriority", $"must list every method once, most trusted first: {string.Join(", ", Enum.GetNames<AssessmentMethod>())}.");
        }

        if (values.ValidityMonths is < 1 or > 240)
        {
            throw new DomainValidationException("validityMonths", "must be between 1 and 240, or null for assessments that never expire.");
        }

        if (values.JpmOptimalThreshold is <= 0 or > 200)
        {
            throw new DomainValidationException("jpmOptimalThreshold", "must be above 0 and at most 200.");
        }

        if (values.JpmAdequateThreshold is <= 0 or > 200)
        {
            throw new DomainValidationException("jpmAdequateThreshold", "must be above 0 and at most 200.");
        }

        if (values.JpmAdequateThreshold >= values.JpmOptimalThreshold)
        {
            throw new DomainValidationException("jpmAdequateThreshold", $"must be below the optimal threshold ({values.JpmOptimalThreshold}).");
        }

        RequireWeight("gapWeight", values.GapWeight);
        RequireWeight("criticalityWeight", values.CriticalityWeight);
        RequireWeight("peopleWeight", values.PeopleWeight);
        RequireWeight("recencyWeight", values.RecencyWeight);
        if (values.GapWeight + values.CriticalityWeight + values.PeopleWeight + values.RecencyWeight <= 0)
        {
            throw new DomainValidationException("gapWeight", "at least one priority weight must be above 0.");
        }

        if (values.RecencyHorizonMonths is < 1 or > 240)
        {
            throw new DomainValidationException("recencyHorizonMonths", "must be between 1 and 240.");
        }

        if (values.MinAnnualJpPns is < 0 or > 500)
        {
            throw new DomainValidationException("minAnnualJpPns", "must be between 0 and 500.");
        }

        if (values.MaxAnnualJpPns < values.MinAnnualJpPns || values.MaxAnnualJpPns > 2000)
        {
            throw new DomainValidationException("maxAnnualJpPns", $"must be at least the minimum ({values.MinAnnualJpPns}) and at most 2000.");
        }

        if (values.MaxAnnualJpPppk is < 0 or > 2000)
        {
            throw new DomainValidationException("maxAnnualJpPppk", "must be between 0 and 2000.");
        }

        if (values.MinAttendanceShare is < 0 or > 1)
        {
            throw new DomainValidationException("minAttendanceShare", "must be between 0 and 1 (e.g. 0.8 for 80% of the meeting days).");
        }

        var conversions = values.JpConversions ?? [];
        for (var i = 0; i < conversions.Count; i++)
        {
            if (DevelopmentForms.CategoryOf(conversions[i].Form) != DevelopmentCategory.NonClassroom)
            {
                throw new DomainValidationException($"jpConversions[{i}].form", $"{conversions[i].Form} is not a non-classroom form; classroom programmes state their JP.");
            }

            if (conversions[i].Jp is < 1 or > TrainingProgram.MaxJp)
            {
                throw new DomainValidationException($"jpConversions[{i}].jp", $"must be between 1 and {TrainingProgram.MaxJp}.");
            }
        }

        if (conversions.Select(c => c.Form).Distinct().Count() != conversions.Count)
        {
            throw new DomainValidationException("jpConversions", "must list each form once.");
        }

        CurrentLevelRule = values.CurrentLevelRule;
        MethodPriority = [.. methods];
        ValidityMonths = values.ValidityMonths;
        JpmOptimalThreshold = values.JpmOptimalThreshold;
        JpmAdequateThreshold = values.JpmAdequateThreshold;
        JpmCategoryVariant = values.JpmCategoryVariant;
        GapWeight = values.GapWeight;
        CriticalityWeight = values.CriticalityWeight;
        PeopleWeight = values.PeopleWeight;
        RecencyWeight = values.RecencyWeight;
        RecencyHorizonMonths = values.RecencyHorizonMonths;
        MinAnnualJpPns = values.MinAnnualJpPns;
        MaxAnnualJpPns = values.MaxAnnualJpPns;
        MaxAnnualJpPppk = values.MaxAnnualJpPppk;
        MinAttendanceShare = values.MinAttendanceShare;
        JpConversions = [.. conversions.OrderBy(c => c.Form)];
    }

    private static void RequireWeight(string field, decimal weight)
    {
        if (weight is < 0 or > 100)
        {
            throw new DomainValidationException(field, "must be between 0 and 100.");
        }
    }
}

/// <summary>The editable values of <see cref="TnaSettings"/>.</summary>
public sealed record TnaSettingsValues(
    CurrentLevelRule CurrentLevelRule,
    IReadOnlyList<AssessmentMethod> MethodPriority,
    int? ValidityMonths,
    decimal JpmOptimalThreshold,
    decimal JpmAdequateThreshold,
    JpmVariant JpmCategoryVariant,
    decimal GapWeight,
    decimal CriticalityWeight,
    decimal PeopleWeight,
    decimal RecencyWeight,
    int RecencyHorizonMonths,
    int MinAnnualJpPns,
    int MaxAnnualJpPns,
    int MaxAnnualJpPppk,
    decimal MinAttendanceShare,
    IReadOnlyList<JpConversionRate> JpConversions);

/// <summary>JP one activity of a non-classroom form earns.</summary>
public sealed record JpConversionRate(DevelopmentForm Form, int Jp);
