using AsnCompetency.Application.Common.Models;
using AsnCompetency.Domain.Assessments;
using AsnCompetency.Domain.Tna;
using AsnCompetency.Domain.Training;

namespace AsnCompetency.Application.Tna.Settings;

/// <summary>
/// The training-needs rules that apply to an agency (its own, or the national defaults when
/// <see cref="IsNationalDefault"/>).
/// </summary>
/// <param name="CurrentLevelRule">Which assessment gives the current level: MethodPriorityFirst (most trusted method, then newest) or NewestFirst.</param>
/// <param name="MethodPriority">Every method, most trusted first.</param>
/// <param name="ValidityMonths">Assessments older than this stop counting; null = never.</param>
/// <param name="JpmCategoryVariant">Uncapped (Σ actual ÷ Σ required) or Capped (each actual capped at its required level) decides the JPM category.</param>
/// <param name="GapWeight">Priority weight of the mean gap size.</param>
/// <param name="CriticalityWeight">Priority weight of the SKJ criticality weight.</param>
/// <param name="PeopleWeight">Priority weight of the number of people with the gap.</param>
/// <param name="RecencyWeight">Priority weight of the time since related training.</param>
/// <param name="RecencyHorizonMonths">Months after which time since training counts fully.</param>
/// <param name="MinAnnualJpPns">Yearly JP minimum of a PNS (20).</param>
/// <param name="MaxAnnualJpPns">JP a PNS can be planned for in a year (time constraint of plan generation).</param>
/// <param name="MaxAnnualJpPppk">JP a PPPK can get in a contract year (24).</param>
/// <param name="MinAttendanceShare">Share of a session's meeting days (0–1) a participant must attend to complete it.</param>
/// <param name="JpConversions">JP one activity of a non-classroom form earns when its programme states none.</param>
public sealed record TnaSettingsDto(
    Guid? AgencyId,
    bool IsNationalDefault,
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
    IReadOnlyList<JpConversionRate> JpConversions,
    string ETag) : IVersioned
{
    public static TnaSettingsDto From(TnaSettings s, Guid? askedAgencyId) => new(
        askedAgencyId,
        s.AgencyId is null,
        s.CurrentLevelRule,
        s.MethodPriority,
        s.ValidityMonths,
        s.JpmOptimalThreshold,
        s.JpmAdequateThreshold,
        s.JpmCategoryVariant,
        s.GapWeight,
        s.CriticalityWeight,
        s.PeopleWeight,
        s.RecencyWeight,
        s.RecencyHorizonMonths,
        s.MinAnnualJpPns,
        s.MaxAnnualJpPns,
        s.MaxAnnualJpPppk,
        s.MinAttendanceShare,
        s.JpConversions,
        $"\"{s.RowVersion}\"");
}
