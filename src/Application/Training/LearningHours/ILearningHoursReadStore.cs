using AsnCompetency.Application.Tna;

namespace AsnCompetency.Application.Training.LearningHours;

/// <summary>JP compliance in SQL: the population of the needs analysis joined to the JP ledger of a year.</summary>
public interface ILearningHoursReadStore
{
    /// <param name="byAgency">Group by agency instead of unit.</param>
    /// <param name="limit">At most this many people in the shortfall list.</param>
    Task<JpComplianceRows> GetComplianceAsync(TnaPopulation population, int year, bool byAgency, int limit, CancellationToken cancellationToken);
}

/// <param name="Groups">One row per unit (or agency), then a total row with no key.</param>
/// <param name="Shortfalls">PNS below their agency's minimum, fewest JP first.</param>
/// <param name="ShortfallCount">All PNS below the minimum, however many are listed.</param>
public sealed record JpComplianceRows(IReadOnlyList<JpComplianceRow> Groups, IReadOnlyList<JpShortfallRow> Shortfalls, int ShortfallCount);

public sealed record JpComplianceRow(
    Guid? AgencyId,
    Guid? UnitId,
    string? Code,
    string? Name,
    int Headcount,
    int PnsCount,
    int PnsMeetingCount,
    int PppkCount,
    int PppkOverMaximumCount,
    int WithLearningCount,
    long TotalJp);

public sealed record JpShortfallRow(Guid EmployeeId, string Nip, string FullName, Guid AgencyId, Guid UnitId, string UnitName, int Jp, int MinimumJp);
