using System.Runtime.CompilerServices;
using AsnCompetency.Application.Exports;
using AsnCompetency.Application.Tna;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace AsnCompetency.Infrastructure.Persistence.Tna;

/// <summary>Exports: the same scoped SQL as the reports, read with a forward-only reader and handed on row by row.</summary>
public sealed partial class TnaReadStore : IExportReadStore
{
    /// <summary>The unit an employee belongs to now: their current position's unit.</summary>
    private const string CurrentUnit = """
        LEFT JOIN LATERAL (
            SELECT pa.unit_id FROM position_assignments pa
            WHERE pa.employee_id = emp.id AND pa.end_date IS NULL
            ORDER BY pa.start_date DESC LIMIT 1) cu ON true
        LEFT JOIN units u ON u.id = cu.unit_id AND u.agency_id = e.agency_id
        """;

    public IAsyncEnumerable<object?[]> ScoresAsync(ScoreExportFilter filter, CancellationToken cancellationToken)
    {
        var sql = $"""
            SELECT a.id, a.code, a.name, u.id, u.code, u.name, emp.id, emp.nip, emp.full_name,
                   p.id, p.code, p.title, s.id, s.code, s.start_date, s.end_date,
                   i.id, i.code, i.name, i.kind, i.competency_id, i.min_score, i.max_score,
                   pre.value, post.value, fu.value,
                   post.value - pre.value,
                   CASE WHEN pre.value < i.max_score THEN round((post.value - pre.value) / (i.max_score - pre.value), 6) END
            FROM score_instruments i
            JOIN training_sessions s ON s.id = i.session_id
            JOIN training_programs p ON p.id = s.program_id
            JOIN enrollments e ON e.session_id = s.id AND e.status IN ('Registered', 'Attending', 'Completed')
            JOIN employees emp ON emp.id = e.employee_id
            JOIN agencies a ON a.id = e.agency_id
            {CurrentUnit}
            LEFT JOIN participant_scores pre ON pre.instrument_id = i.id AND pre.enrollment_id = e.id AND pre.phase = 'Pre'
            LEFT JOIN participant_scores post ON post.instrument_id = i.id AND post.enrollment_id = e.id AND post.phase = 'Post'
            LEFT JOIN participant_scores fu ON fu.instrument_id = i.id AND fu.enrollment_id = e.id AND fu.phase = 'FollowUp'
            WHERE (@scope_all OR e.agency_id = @scope_agency)
                AND (NOT @scope_own OR e.employee_id = @scope_employee)
                AND (pre.id IS NOT NULL OR post.id IS NOT NULL OR fu.id IS NOT NULL)
                AND (@agency::uuid IS NULL OR e.agency_id = @agency)
                AND (@program::uuid IS NULL OR s.program_id = @program)
                AND (@session::uuid IS NULL OR s.id = @session)
                AND (@year::int IS NULL OR extract(year FROM s.start_date) = @year)
                AND (@competency::uuid IS NULL OR i.competency_id = @competency)
            ORDER BY p.code, s.start_date, s.code, i.code, emp.nip
            """;
        return StreamAsync(
            sql,
            [
                .. ScopeParameters(),
                Uuid("agency", filter.AgencyId),
                Uuid("program", filter.ProgramId),
                Uuid("session", filter.SessionId),
                new NpgsqlParameter("year", NpgsqlDbType.Integer) { Value = (object?)filter.Year ?? DBNull.Value },
                Uuid("competency", filter.CompetencyId),
            ],
            cancellationToken);
    }

    public IAsyncEnumerable<object?[]> GapsAsync(TnaPopulation population, CancellationToken cancellationToken)
    {
        var sql = $"""
            WITH {PopulationCtes}
            SELECT pr.agency_id, a.code, pr.unit_id, u.code, u.name, pr.employee_id, emp.nip, emp.full_name, pr.employee_type,
                   pr.position_id, pr.position_type, pr.competency_id, c.code, c.name, pr.required_level, pr.current_level,
                   CASE WHEN pr.current_level IS NOT NULL THEN pr.gap END, pr.weight
            FROM pairs pr
            JOIN agencies a ON a.id = pr.agency_id
            JOIN units u ON u.id = pr.unit_id
            JOIN employees emp ON emp.id = pr.employee_id
            JOIN competencies c ON c.id = pr.competency_id
            ORDER BY a.code, u.code, emp.nip, c.code
            """;
        return StreamAsync(sql, PopulationParameters(population), cancellationToken);
    }

    public IAsyncEnumerable<object?[]> LearningHoursAsync(TnaPopulation population, int year, CancellationToken cancellationToken)
    {
        var sql = $"""
            {PerPersonCtes}
            SELECT p.agency_id, a.code, p.unit_id, u.code, u.name, p.employee_id, emp.nip, emp.full_name, p.employee_type,
                   @year_number, p.jp,
                   CASE WHEN p.employee_type = 'Pns' THEN p.minimum END,
                   CASE WHEN p.employee_type = 'Pppk' THEN p.maximum END,
                   CASE WHEN p.employee_type = 'Pns' THEN CASE WHEN p.jp >= p.minimum THEN 'MeetsMinimum' ELSE 'BelowMinimum' END
                        ELSE CASE WHEN p.jp > p.maximum THEN 'AboveMaximum' ELSE 'WithinMaximum' END END,
                   CASE WHEN p.employee_type = 'Pns' THEN greatest(p.minimum - p.jp, 0) ELSE 0 END
            FROM per_person p
            JOIN agencies a ON a.id = p.agency_id
            JOIN units u ON u.id = p.unit_id
            JOIN employees emp ON emp.id = p.employee_id
            ORDER BY a.code, u.code, emp.nip
            """;
        return StreamAsync(
            sql,
            [
                .. PopulationParameters(population),
                .. YearParameters(year),
                new NpgsqlParameter("year_number", NpgsqlDbType.Integer) { Value = year },
            ],
            cancellationToken);
    }

    /// <summary>Reads rows one at a time; nothing is buffered beyond the current row.</summary>
    private async IAsyncEnumerable<object?[]> StreamAsync(string sql, NpgsqlParameter[] parameters, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = (NpgsqlCommand)db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            command.CommandTimeout = CommandTimeoutSeconds;
            command.Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
            command.Parameters.AddRange(parameters);
            await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = await reader.IsDBNullAsync(i, cancellationToken) ? null : reader.GetValue(i);
                }

                yield return row;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
