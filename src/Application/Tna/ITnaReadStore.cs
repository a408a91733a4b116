using AsnCompetency.Domain.Assessments;
using AsnCompetency.Domain.Frameworks;
using AsnCompetency.Domain.Positions;

namespace AsnCompetency.Application.Tna;

/// <summary>
/// The set-based reads of training-needs analysis, done in PostgreSQL: current levels by the
/// agencies' rules, gap aggregation, priorities and the people a programme would help. Every
/// query is limited to the current user's scope by the implementation itself, so no handler can
/// forget it.
/// </summary>
public interface ITnaReadStore
{
    /// <summary>Current level of every competency the employee has a counting assessment of, as of a date.</summary>
    Task<IReadOnlyList<CurrentLevel>> GetCurrentLevelsAsync(Guid employeeId, DateOnly asOf, CancellationToken cancellationToken);

    /// <summary>Gap figures per group of the given dimensions (at least one), and for the whole population.</summary>
    Task<GapReportRows> GetGapsAsync(TnaPopulation population, IReadOnlyList<GapDimension> groupBy, CancellationToken cancellationToken);

    /// <summary>Per competency (and per competency group): the gap figures priorities are scored from.</summary>
    /// <param name="recencyHorizonMonths">Months after which time since related training counts fully.</param>
    Task<IReadOnlyList<PriorityRow>> GetPriorityRowsAsync(TnaPopulation population, int recencyHorizonMonths, CancellationToken cancellationToken);

    /// <summary>
    /// For the given competencies: every person with a gap and every active programme (national or
    /// of the person's agency) that would raise them, i.e. whose target level is above their current level.
    /// </summary>
    Task<IReadOnlyList<ProgramBeneficiary>> GetProgramBeneficiariesAsync(TnaPopulation population, IReadOnlyCollection<Guid>? competencyIds, CancellationToken cancellationToken);
}

/// <summary>The dimensions gaps can be grouped by.</summary>
public enum GapDimension
{
    Agency,
    Region,
    Unit,
    PositionType,
    Competency,
}

/// <summary>
/// Who and what the analysis covers: active employees holding a position on the as-of date,
/// narrowed by the filters; requirements narrowed by framework or competency.
/// </summary>
/// <param name="UnitPathPrefix">The materialised path of a unit: that unit and the units below it.</param>
public sealed record TnaPopulation(
    DateOnly AsOf,
    Guid? AgencyId = null,
    string? UnitPathPrefix = null,
    Guid? FrameworkId = null,
    PositionType? PositionType = null,
    Guid? CompetencyId = null);

/// <summary>The level that counts for an employee's competency, and the assessment it comes from.</summary>
public sealed record CurrentLevel(Guid CompetencyId, int Level, AssessmentMethod Method, DateOnly AssessedOn, Guid AssessmentId);

/// <summary>The gap figures of one group. Keys are null for dimensions not grouped by.</summary>
/// <param name="Headcount">People in the group whose position requires at least one competency in scope.</param>
/// <param name="NeverAssessedCount">People with no current level for any required competency: unknown, not zero and not meeting.</param>
/// <param name="PartlyAssessedCount">People with a current level for some but not all required competencies.</param>
/// <param name="FullyAssessedCount">People with a current level for every required competency.</param>
/// <param name="WithGapCount">People below the required level in at least one assessed competency.</param>
/// <param name="MeetingStandardCount">Fully assessed people at or above every required level.</param>
/// <param name="GapTotal">Sum of the gaps (required − current, 0 when above) over assessed requirements.</param>
/// <param name="AssessedRequirementCount">Requirements (person × competency) with a current level.</param>
/// <param name="RequirementCount">Requirements (person × competency) in the group.</param>
public sealed record GapGroupRow(
    GroupKey Key,
    int Headcount,
    int NeverAssessedCount,
    int PartlyAssessedCount,
    int FullyAssessedCount,
    int WithGapCount,
    int MeetingStandardCount,
    long GapTotal,
    long AssessedRequirementCount,
    long RequirementCount)
{
    /// <summary>The figures of nobody: no key, every count zero.</summary>
    public static readonly GapGroupRow Empty = new(new GroupKey(null, null, null, null, null, null, null, null, null, null, null, null), 0, 0, 0, 0, 0, 0, 0, 0, 0);
}

/// <summary>The gap figures of each group, and of the whole population (each person once).</summary>
public sealed record GapReportRows(IReadOnlyList<GapGroupRow> Groups, GapGroupRow Total);

/// <summary>The values of the grouped dimensions, with display names.</summary>
public sealed record GroupKey(
    Guid? AgencyId,
    string? AgencyCode,
    string? AgencyName,
    string? Region,
    Guid? UnitId,
    string? UnitCode,
    string? UnitName,
    PositionType? PositionType,
    Guid? CompetencyId,
    string? CompetencyCode,
    string? CompetencyName,
    CompetencyGroupKind? CompetencyGroupKind);

/// <summary>
/// Gap figures of one competency (or, with <see cref="IsGroupTotal"/>, of all competencies under
/// one group heading of a framework).
/// </summary>
/// <param name="RequiredByCount">People whose position requires the competency (or one of the group's).</param>
/// <param name="AffectedCount">People with a gap in it.</param>
/// <param name="MeanGap">Mean gap over the affected people's gaps.</param>
/// <param name="MeanWeight">Mean criticality weight (SKJ) over the affected requirements.</param>
/// <param name="MeanRecency">Mean over the affected requirements of min(months since related training, horizon) ÷ horizon; 1 when never trained.</param>
public sealed record PriorityRow(
    bool IsGroupTotal,
    Guid? GroupId,
    string? GroupCode,
    string? GroupName,
    Guid? CompetencyId,
    string? CompetencyCode,
    string? CompetencyName,
    CompetencyGroupKind? CompetencyGroupKind,
    int RequiredByCount,
    int AffectedCount,
    int NeverAssessedCount,
    decimal MeanGap,
    decimal MeanWeight,
    decimal MeanRecency,
    decimal WeightedGapTotal);

/// <summary>A person with a gap, and a programme that would raise their level.</summary>
public sealed record ProgramBeneficiary(
    Guid CompetencyId,
    Guid ProgramId,
    string ProgramCode,
    string ProgramTitle,
    int ProgramJp,
    decimal ProgramCost,
    int? ProgramCapacity,
    int TargetLevel,
    Guid EmployeeId,
    string Nip,
    string EmployeeName,
    Domain.Employees.EmployeeType EmployeeType,
    Guid UnitId,
    int RequiredLevel,
    int CurrentLevel,
    decimal Weight);
