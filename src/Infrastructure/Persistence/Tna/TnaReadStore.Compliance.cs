using AsnCompetency.Application.Tna;
using AsnCompetency.Application.Training.LearningHours;
using Npgsql;
using NpgsqlTypes;

namespace AsnCompetency.Infrastructure.Persistence.Tna;

/// <summary>JP compliance: the needs-analysis population of the year's end joined to the year's ledger.</summary>
public sealed partial class TnaReadStore
{
    /// <summary>
    /// Each person of the population with the year's JP and their agency's limits. The limits are
    /// the agency's own settings or the national defaults, like the current-level rule.
    /// </summary>
    private const string PerPersonCtes = $"""
        WITH {PopulationCtes},
        limits AS (
            SELECT a.id AS agency_id, s.min_annual_jp_pns, s.max_annual_jp_pppk
            FROM agencies a
            CROSS JOIN LATERAL (
                SELECT t.min_annual_jp_pns, t.max_annual_jp_pppk
                FROM tna_settings t
                WHERE t.agency_id = a.id OR t.agency_id IS NULL
                ORDER BY t.agency_id NULLS LAST
                LIMIT 1) s
        ),
        hours AS (
            SELECT lr.employee_id, sum(lr.jp)::int AS jp
            FROM learning_records lr
            WHERE lr.date BETWEEN @year_start AND @year_end
                AND lr.employee_id IN (SELECT employee_id FROM people)
            GROUP BY lr.employee_id
        ),
        per_person AS (
            SELECT pe.employee_id, pe.agency_id, pe.unit_id, pe.employee_type, coalesce(h.jp, 0) AS jp,
                   l.min_annual_jp_pns AS minimum, l.max_annual_jp_pppk AS maximum
            FROM people pe
            JOIN limits l ON l.agency_id = pe.agency_id
            LEFT JOIN hours h ON h.employee_id = pe.employee_id
        )
        """;

    /// <summary>The year of a ledger query: @year_start and @year_end, as <see cref="PerPersonCtes"/> reads them.</summary>
    private static NpgsqlParameter[] YearParameters(int year) => [Date("year_start", new DateOnly(year, 1, 1)), Date("year_end", new DateOnly(year, 12, 31))];

    public async Task<JpComplianceRows> GetComplianceAsync(TnaPopulation population, int year, bool byAgency, int limit, CancellationToken cancellationToken)
    {
        var key = byAgency ? "agency_id" : "unit_id";
        var names = byAgency
            ? "LEFT JOIN agencies n ON n.id = x.agency_id"
            : "LEFT JOIN units n ON n.id = x.unit_id";
        var groupsSql = $"""
            {PerPersonCtes}
            SELECT {(byAgency ? "x.agency_id, NULL::uuid" : "(SELECT u.agency_id FROM units u WHERE u.id = x.unit_id), x.unit_id")}, n.code, n.name,
                   x.headcount, x.pns, x.pns_meeting, x.pppk, x.pppk_over, x.with_learning, x.total_jp
            FROM (
                SELECT GROUPING({key}) = 1 AS is_total, {key},
                       count(*)::int AS headcount,
                       count(*) FILTER (WHERE employee_type = 'Pns')::int AS pns,
                       count(*) FILTER (WHERE employee_type = 'Pns' AND jp >= minimum)::int AS pns_meeting,
                       count(*) FILTER (WHERE employee_type = 'Pppk')::int AS pppk,
                       count(*) FILTER (WHERE employee_type = 'Pppk' AND jp > maximum)::int AS pppk_over,
                       count(*) FILTER (WHERE jp > 0)::int AS with_learning,
                       coalesce(sum(jp), 0)::bigint AS total_jp
                FROM per_person
                GROUP BY GROUPING SETS (({key}), ())
            ) x
            {names}
            ORDER BY x.is_total, n.name
            """;
        var groups = await QueryAsync(
            groupsSql,
            r => new JpComplianceRow(
                NullableGuid(r, 0), NullableGuid(r, 1), NullableString(r, 2), NullableString(r, 3),
                r.GetInt32(4), r.GetInt32(5), r.GetInt32(6), r.GetInt32(7), r.GetInt32(8), r.GetInt32(9), r.GetInt64(10)),
            cancellationToken,
            [.. PopulationParameters(population), .. YearParameters(year)]);

        var shortfallSql = $"""
            {PerPersonCtes}
            SELECT p.employee_id, e.nip, e.full_name, p.agency_id, p.unit_id, u.name, p.jp, p.minimum, count(*) OVER ()::int
            FROM per_person p
            JOIN employees e ON e.id = p.employee_id
            JOIN units u ON u.id = p.unit_id
            WHERE p.employee_type = 'Pns' AND p.jp < p.minimum
            ORDER BY p.jp, e.nip
            LIMIT @limit
            """;
        var total = 0;
        var shortfalls = await QueryAsync(
            shortfallSql,
            r =>
            {
                total = r.GetInt32(8);
                return new JpShortfallRow(r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetGuid(3), r.GetGuid(4), r.GetString(5), r.GetInt32(6), r.GetInt32(7));
            },
            cancellationToken,
            [.. PopulationParameters(population), .. YearParameters(year), new NpgsqlParameter("limit", NpgsqlDbType.Integer) { Value = limit }]);
        if (limit == 0 || (shortfalls.Count == 0 && groups.Count > 0))
        {
            // LIMIT 0 returns no row to read the window count from: take it from the groups.
            total = groups.Where(g => g.AgencyId is null && g.UnitId is null).Sum(g => g.PnsCount - g.PnsMeetingCount);
        }

        return new JpComplianceRows(groups, shortfalls, total);
    }
}
