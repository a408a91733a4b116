using System.Data.Common;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Application.Tna;
using AsnCompetency.Application.Training.LearningHours;
using AsnCompetency.Domain.Assessments;
using AsnCompetency.Domain.Employees;
using AsnCompetency.Domain.Frameworks;
using AsnCompetency.Domain.Positions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace AsnCompetency.Infrastructure.Persistence.Tna;

/// <summary>
/// Training-needs analysis in SQL. One set of common table expressions defines the population
/// (active employees in a position on the as-of date, within the caller's scope and the
/// filters), their requirements (the positions' SKJ), the current level of each requirement by
/// the agency's rule, and the gap; each query aggregates those pairs its own way. Nothing is
/// looped over per employee in C#.
/// </summary>
public sealed partial class TnaReadStore(ApplicationDbContext db, ICurrentUser currentUser, AnalyticsDatabase analytics) : ITnaReadStore, ILearningHoursReadStore
{
    /// <summary>
    /// Seconds a query may take. Reports over a whole country's employees take a minute or more
    /// (docs/benchmarks.md); the driver's default of 30 s would cut them off.
    /// </summary>
    public const int CommandTimeoutSeconds = 300;

    /// <summary>
    /// The effective rule of every agency: its own settings row, or the national defaults.
    /// Materialised: a few dozen rows, hashed once. Inlined, its LATERAL made PostgreSQL loop
    /// over the agencies and read each agency's assessments again (50 s for 100,000 people).
    /// </summary>
    private const string SettingsCte = """
        settings AS MATERIALIZED (
            SELECT a.id AS agency_id, s.current_level_rule, s.method_priority, s.validity_months
            FROM agencies a
            CROSS JOIN LATERAL (
                SELECT t.current_level_rule, t.method_priority, t.validity_months
                FROM tna_settings t
                WHERE t.agency_id = a.id OR t.agency_id IS NULL
                ORDER BY t.agency_id NULLS LAST
                LIMIT 1) s
        )
        """;

    /// <summary>
    /// Which assessments count on the as-of date (not superseded, not in the future, within the
    /// validity period) and, first in the ORDER BY of a DISTINCT ON, which one wins: the more
    /// trusted method or the newer date first, as the agency's rule says.
    /// </summary>
    private const string CountingAssessments = """
        a.assessed_on <= @as_of
            AND (st.validity_months IS NULL OR a.assessed_on > (@as_of - make_interval(months => st.validity_months))::date)
            AND NOT EXISTS (SELECT 1 FROM assessments c WHERE c.supersedes_id = a.id)
        ORDER BY a.employee_id, a.competency_id,
            CASE WHEN st.current_level_rule = 'MethodPriorityFirst' THEN array_position(st.method_priority, a.method::text) END,
            a.assessed_on DESC,
            array_position(st.method_priority, a.method::text),
            a.recorded_at DESC,
            a.id DESC
        """;

    /// <remarks>
    /// people and requirements are NOT MATERIALIZED although used more than once: inlined, the
    /// planner keeps the tables' statistics and reads only the population's assessments through
    /// the (employee_id, competency_id, assessed_on) index; materialised, it takes a CTE's
    /// employee ids for 200 distinct values and hashes all 8.7 million assessments instead.
    /// </remarks>
    private const string PopulationCtes = $"""
        {SettingsCte},
        people AS NOT MATERIALIZED (
            SELECT e.id AS employee_id, e.agency_id, e.employee_type, pa.unit_id, pa.position_id, p.type AS position_type
            FROM employees e
            JOIN position_assignments pa
                ON pa.employee_id = e.id AND pa.start_date <= @as_of AND (pa.end_date IS NULL OR pa.end_date >= @as_of)
            JOIN positions p ON p.id = pa.position_id
            WHERE e.is_active
                AND (@scope_all OR e.agency_id = @scope_agency)
                AND (NOT @scope_own OR e.id = @scope_employee)
                AND (@agency::uuid IS NULL OR e.agency_id = @agency)
                AND (@unit_prefix::text IS NULL OR EXISTS (SELECT 1 FROM units u WHERE u.id = pa.unit_id AND u.path LIKE @unit_prefix || '%'))
                AND (@position_type::text IS NULL OR p.type = @position_type)
        ),
        requirements AS NOT MATERIALIZED (
            SELECT pe.employee_id, pe.agency_id, pe.employee_type, pe.unit_id, pe.position_id, pe.position_type,
                   ps.competency_id, ps.required_level, ps.weight
            FROM people pe
            JOIN position_standards ps ON ps.position_id = pe.position_id
            WHERE (@framework::uuid IS NULL OR ps.framework_id = @framework)
                AND (@competency::uuid IS NULL OR ps.competency_id = @competency)
        ),
        current_levels AS (
            SELECT DISTINCT ON (a.employee_id, a.competency_id) a.employee_id, a.competency_id, a.level
            FROM people pe
            JOIN assessments a ON a.employee_id = pe.employee_id
            JOIN settings st ON st.agency_id = a.agency_id
            WHERE {CountingAssessments}
        ),
        pairs AS (
            SELECT r.*, cl.level AS current_level, GREATEST(r.required_level - cl.level, 0) AS gap
            FROM requirements r
            LEFT JOIN current_levels cl ON cl.employee_id = r.employee_id AND cl.competency_id = r.competency_id
        )
        """;

    /// <summary>The grouping column of each dimension, as the pairs CTE names it.</summary>
    private static readonly Dictionary<GapDimension, string> DimensionColumns = new()
    {
        [GapDimension.Agency] = "agency_id",
        [GapDimension.Region] = "region",
        [GapDimension.Unit] = "unit_id",
        [GapDimension.PositionType] = "position_type",
        [GapDimension.Competency] = "competency_id",
    };

    public async Task<IReadOnlyList<CurrentLevel>> GetCurrentLevelsAsync(Guid employeeId, DateOnly asOf, CancellationToken cancellationToken)
    {
        const string sql = $"""
            WITH {SettingsCte}
            SELECT DISTINCT ON (a.employee_id, a.competency_id) a.competency_id, a.level, a.method, a.assessed_on, a.id
            FROM assessments a
            JOIN settings st ON st.agency_id = a.agency_id
            WHERE a.employee_id = @employee
                AND (@scope_all OR a.agency_id = @scope_agency)
                AND (NOT @scope_own OR a.employee_id = @scope_employee)
                AND {CountingAssessments}
            """;
        return await QueryAsync(
            sql,
            r => new CurrentLevel(r.GetGuid(0), r.GetInt32(1), Enum.Parse<AssessmentMethod>(r.GetString(2)), DateOnly.FromDateTime(r.GetDateTime(3)), r.GetGuid(4)),
            cancellationToken,
            [.. ScopeParameters(), Uuid("employee", employeeId), Date("as_of", asOf)]);
    }

    public async Task<GapReportRows> GetGapsAsync(TnaPopulation population, IReadOnlyList<GapDimension> groupBy, CancellationToken cancellationToken)
    {
        // Column names come from the enum map above, never from input.
        var columns = groupBy.Distinct().Select(d => DimensionColumns[d]).ToList();
        if (columns.Count == 0)
        {
            throw new ArgumentException("Group by at least one dimension.", nameof(groupBy));
        }

        var keyList = string.Join(", ", columns);
        string Key(GapDimension dimension, string expression) =>
            groupBy.Contains(dimension) ? expression : "NULL";

        // The groups and the total in one pass over the pairs: per person per group, and per
        // person overall (a person counts once in the total even when grouped by competency).
        var sql = $"""
            WITH {PopulationCtes},
            grouped_pairs AS (
                SELECT p.*, ag.region FROM pairs p JOIN agencies ag ON ag.id = p.agency_id
            ),
            per_person AS (
                SELECT {keyList}, employee_id, GROUPING({keyList}) <> 0 AS is_total,
                       count(*) AS required, count(current_level) AS assessed,
                       coalesce(bool_or(gap > 0), false) AS has_gap, coalesce(sum(gap), 0) AS gap_sum
                FROM grouped_pairs
                GROUP BY GROUPING SETS (({keyList}, employee_id), (employee_id))
            ),
            groups AS (
                SELECT is_total, {keyList},
                       count(*)::int AS headcount,
                       count(*) FILTER (WHERE assessed = 0)::int AS never_assessed,
                       count(*) FILTER (WHERE assessed > 0 AND assessed < required)::int AS partly_assessed,
                       count(*) FILTER (WHERE assessed = required)::int AS fully_assessed,
                       count(*) FILTER (WHERE has_gap)::int AS with_gap,
                       count(*) FILTER (WHERE assessed = required AND NOT has_gap)::int AS meeting,
                       coalesce(sum(gap_sum), 0)::bigint AS gap_total,
                       coalesce(sum(assessed), 0)::bigint AS assessed_requirements,
                       coalesce(sum(required), 0)::bigint AS requirements
                FROM per_person
                GROUP BY is_total, {keyList}
            )
            SELECT {Key(GapDimension.Agency, "g.agency_id")}, {Key(GapDimension.Agency, "ag.code")}, {Key(GapDimension.Agency, "ag.name")},
                   {Key(GapDimension.Region, "g.region")},
                   {Key(GapDimension.Unit, "g.unit_id")}, {Key(GapDimension.Unit, "un.code")}, {Key(GapDimension.Unit, "un.name")},
                   {Key(GapDimension.PositionType, "g.position_type")},
                   {Key(GapDimension.Competency, "g.competency_id")}, {Key(GapDimension.Competency, "co.code")}, {Key(GapDimension.Competency, "co.name")},
                   {Key(GapDimension.Competency, "co.group_kind")},
                   g.headcount, g.never_assessed, g.partly_assessed, g.fully_assessed, g.with_gap, g.meeting,
                   g.gap_total, g.assessed_requirements, g.requirements, g.is_total
            FROM groups g
            {(groupBy.Contains(GapDimension.Agency) ? "LEFT JOIN agencies ag ON ag.id = g.agency_id" : "")}
            {(groupBy.Contains(GapDimension.Unit) ? "LEFT JOIN units un ON un.id = g.unit_id" : "")}
            {(groupBy.Contains(GapDimension.Competency) ? "LEFT JOIN competencies co ON co.id = g.competency_id" : "")}
            ORDER BY g.is_total, 3, 4, 7, 8, 10, 1, 5, 9
            """;
        var rows = await QueryAsync(
            sql,
            r => (IsTotal: r.GetBoolean(21), Row: new GapGroupRow(
                new GroupKey(
                    NullableGuid(r, 0),
                    NullableString(r, 1),
                    NullableString(r, 2),
                    NullableString(r, 3),
                    NullableGuid(r, 4),
                    NullableString(r, 5),
                    NullableString(r, 6),
                    NullableEnum<PositionType>(r, 7),
                    NullableGuid(r, 8),
                    NullableString(r, 9),
                    NullableString(r, 10),
                    NullableEnum<CompetencyGroupKind>(r, 11)),
                r.GetInt32(12),
                r.GetInt32(13),
                r.GetInt32(14),
                r.GetInt32(15),
                r.GetInt32(16),
                r.GetInt32(17),
                r.GetInt64(18),
                r.GetInt64(19),
                r.GetInt64(20))),
            cancellationToken,
            PopulationParameters(population));
        return new GapReportRows(
            [.. rows.Where(r => !r.IsTotal).Select(r => r.Row)],
            rows.Where(r => r.IsTotal).Select(r => r.Row).SingleOrDefault() ?? GapGroupRow.Empty);
    }

    public async Task<IReadOnlyList<PriorityRow>> GetPriorityRowsAsync(TnaPopulation population, int recencyHorizonMonths, CancellationToken cancellationToken)
    {
        // Related training: a completed programme that targets the competency (the JP ledger),
        // or a post-training re-assessment of it (training recorded before or outside the system).
        var sql = $"""
            WITH {PopulationCtes},
            last_training AS (
                SELECT employee_id, competency_id, max(trained_on) AS trained_on
                FROM (
                    SELECT a.employee_id, a.competency_id, a.assessed_on AS trained_on
                    FROM assessments a
                    JOIN requirements r ON r.employee_id = a.employee_id AND r.competency_id = a.competency_id
                    WHERE a.method = 'PostTraining' AND a.assessed_on <= @as_of
                        AND NOT EXISTS (SELECT 1 FROM assessments c WHERE c.supersedes_id = a.id)
                    UNION ALL
                    SELECT lr.employee_id, t.competency_id, lr.date
                    FROM learning_records lr
                    JOIN training_program_competencies t ON t.program_id = lr.program_id
                    JOIN requirements r ON r.employee_id = lr.employee_id AND r.competency_id = t.competency_id
                    WHERE lr.date <= @as_of
                ) trained
                GROUP BY employee_id, competency_id
            ),
            scored AS (
                SELECT p.employee_id, p.competency_id, c.parent_id AS group_id, p.current_level, p.gap, p.weight,
                       CASE WHEN lt.trained_on IS NULL THEN 1.0
                            ELSE least((extract(year FROM age(@as_of, lt.trained_on)) * 12 + extract(month FROM age(@as_of, lt.trained_on)))::numeric, @horizon) / @horizon
                       END AS recency
                FROM pairs p
                JOIN competencies c ON c.id = p.competency_id
                LEFT JOIN last_training lt ON lt.employee_id = p.employee_id AND lt.competency_id = p.competency_id
            ),
            aggregated AS (
                SELECT GROUPING(competency_id) = 1 AS is_group_total, group_id, competency_id,
                       count(DISTINCT employee_id)::int AS required_by,
                       count(DISTINCT employee_id) FILTER (WHERE gap > 0)::int AS affected,
                       count(DISTINCT employee_id) FILTER (WHERE current_level IS NULL)::int AS never_assessed,
                       coalesce(avg(gap) FILTER (WHERE gap > 0), 0)::numeric AS mean_gap,
                       coalesce(avg(weight) FILTER (WHERE gap > 0), 0)::numeric AS mean_weight,
                       coalesce(avg(recency) FILTER (WHERE gap > 0), 0)::numeric AS mean_recency,
                       coalesce(sum(gap * weight), 0)::numeric AS weighted_gap
                FROM scored
                GROUP BY GROUPING SETS ((group_id, competency_id), (group_id))
            )
            SELECT x.is_group_total, x.group_id, g.code, g.name, x.competency_id, c.code, c.name, coalesce(c.group_kind, g.group_kind),
                   x.required_by, x.affected, x.never_assessed, x.mean_gap, x.mean_weight, x.mean_recency, x.weighted_gap
            FROM aggregated x
            LEFT JOIN competencies g ON g.id = x.group_id
            LEFT JOIN competencies c ON c.id = x.competency_id
            ORDER BY x.is_group_total, c.code, g.code
            """;
        return await QueryAsync(
            sql,
            r => new PriorityRow(
                r.GetBoolean(0),
                NullableGuid(r, 1),
                NullableString(r, 2),
                NullableString(r, 3),
                NullableGuid(r, 4),
                NullableString(r, 5),
                NullableString(r, 6),
                NullableEnum<CompetencyGroupKind>(r, 7),
                r.GetInt32(8),
                r.GetInt32(9),
                r.GetInt32(10),
                r.GetDecimal(11),
                r.GetDecimal(12),
                r.GetDecimal(13),
                r.GetDecimal(14)),
            cancellationToken,
            [.. PopulationParameters(population), new NpgsqlParameter("horizon", NpgsqlDbType.Numeric) { Value = (decimal)recencyHorizonMonths }]);
    }

    public async Task<IReadOnlyList<ProgramBeneficiary>> GetProgramBeneficiariesAsync(
        TnaPopulation population, IReadOnlyCollection<Guid>? competencyIds, CancellationToken cancellationToken)
    {
        var sql = $"""
            WITH {PopulationCtes}
            SELECT p.competency_id, tp.id, tp.code, tp.title, tp.jp, tp.cost_per_participant, tp.annual_capacity, t.target_level,
                   e.id, e.nip, e.full_name, e.employee_type, p.unit_id, p.required_level, p.current_level, p.weight
            FROM pairs p
            JOIN training_program_competencies t ON t.competency_id = p.competency_id AND t.target_level > p.current_level
            JOIN training_programs tp ON tp.id = t.program_id AND tp.is_active
                AND (tp.agency_id IS NULL OR tp.agency_id = p.agency_id)
            JOIN employees e ON e.id = p.employee_id
            WHERE p.gap > 0 AND (@competencies::uuid[] IS NULL OR p.competency_id = ANY(@competencies))
            ORDER BY p.competency_id, tp.code, p.gap * p.weight DESC, e.nip
            """;
        return await QueryAsync(
            sql,
            r => new ProgramBeneficiary(
                r.GetGuid(0),
                r.GetGuid(1),
                r.GetString(2),
                r.GetString(3),
                r.GetInt32(4),
                r.GetDecimal(5),
                r.IsDBNull(6) ? null : r.GetInt32(6),
                r.GetInt32(7),
                r.GetGuid(8),
                r.GetString(9).Trim(),
                r.GetString(10),
                Enum.Parse<EmployeeType>(r.GetString(11)),
                r.GetGuid(12),
                r.GetInt32(13),
                r.GetInt32(14),
                r.GetDecimal(15)),
            cancellationToken,
            [
                .. PopulationParameters(population),
                new NpgsqlParameter("competencies", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = competencyIds is null ? DBNull.Value : competencyIds.ToArray() },
            ]);
    }

    private NpgsqlParameter[] ScopeParameters() => Persistence.ScopeParameters.Of(DataScope.For(currentUser));

    private NpgsqlParameter[] PopulationParameters(TnaPopulation population) =>
    [
        .. ScopeParameters(),
        Date("as_of", population.AsOf),
        Uuid("agency", population.AgencyId),
        new NpgsqlParameter("unit_prefix", NpgsqlDbType.Text) { Value = (object?)population.UnitPathPrefix ?? DBNull.Value },
        Uuid("framework", population.FrameworkId),
        new NpgsqlParameter("position_type", NpgsqlDbType.Text) { Value = (object?)population.PositionType?.ToString() ?? DBNull.Value },
        Uuid("competency", population.CompetencyId),
    ];

    private static NpgsqlParameter Uuid(string name, Guid? value) =>
        new(name, NpgsqlDbType.Uuid) { Value = (object?)value ?? DBNull.Value };

    private static NpgsqlParameter Date(string name, DateOnly value) => new(name, NpgsqlDbType.Date) { Value = value };

    private static Guid? NullableGuid(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetGuid(ordinal);

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static T? NullableEnum<T>(DbDataReader reader, int ordinal)
        where T : struct, Enum =>
        reader.IsDBNull(ordinal) ? null : Enum.Parse<T>(reader.GetString(ordinal));

    private async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken, NpgsqlParameter[] parameters)
    {
        await using var report = await analytics.CommandAsync(db, sql, parameters, CommandTimeoutSeconds, cancellationToken);
        await using var reader = await report.Command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
