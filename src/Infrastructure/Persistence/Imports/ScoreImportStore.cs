using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.Evaluation.Import;
using Npgsql;
using NpgsqlTypes;
using Columns = AsnCompetency.Application.Evaluation.Import.ScoreImportColumns;

namespace AsnCompetency.Infrastructure.Persistence.Imports;

/// <summary>
/// Score import in PostgreSQL: rows stream into a temporary table with binary COPY; session codes,
/// instrument codes, NIPs and enrolments are resolved within the user's scope with one UPDATE …
/// FROM (each UPDATE rewrites every staged row: four of them took 47 s of a million-row import); every failing row is found with set-based queries; and the scores are written
/// with one INSERT … ON CONFLICT. All of it runs in the command's transaction; the staging tables
/// disappear with it.
/// </summary>
public sealed class ScoreImportStore(ApplicationDbContext db) : StagedImportStore(db), IScoreImportStore
{
    private const string Staging = "score_import";
    private const string Sessions = "score_import_sessions";

    /// <summary>The scope as the filters of ApplicationDbContext state it, for the raw SQL below.</summary>
    private const string SessionInScope = "(@scope_all OR t.agency_id IS NULL OR t.agency_id = @scope_agency)";
    private const string EmployeeInScope = "(@scope_all OR e.agency_id = @scope_agency) AND (NOT @scope_own OR e.id = @scope_employee)";
    /// <summary>A staged row (s) and its resolved session codes (k).</summary>
    private const string SameKey =
        "k.session_code = s.session_code AND k.program_code IS NOT DISTINCT FROM s.program_code AND k.agency_code IS NOT DISTINCT FROM s.agency_code";

    private const string EnrollmentInScope = "(@scope_all OR en.agency_id = @scope_agency) AND (NOT @scope_own OR en.employee_id = @scope_employee)";

    public async Task<ScoreImportOutcome> ImportAsync(
        ScoreImportBatch batch, IAsyncEnumerable<StagedScore> rows, ImportMessages errors, CancellationToken cancellationToken)
    {
        var connection = await ConnectionAsync(cancellationToken);
        await ExecuteAsync($"""
            CREATE TEMP TABLE {Staging} (
                row_number int NOT NULL, id uuid NOT NULL, nip char(18) NOT NULL,
                session_code text NOT NULL, program_code text, agency_code text, instrument_code text NOT NULL, phase text, value numeric(9,3),
                session_id uuid, instrument_id uuid, instrument_kind text, min_score numeric(9,3), max_score numeric(9,3),
                employee_id uuid, enrollment_id uuid, enrollment_status text
            ) ON COMMIT DROP
            """, cancellationToken);
        await CopyAsync(connection, rows, cancellationToken);
        await ExecuteAsync($"CREATE INDEX ON {Staging} (nip); ANALYZE {Staging}", cancellationToken);
        await ResolveAsync(batch, cancellationToken);

        await CollectConflictsAsync(batch, errors, cancellationToken);
        var total = await CountAsync($"SELECT count(*) FROM {Staging}", cancellationToken);
        var replaced = await CountAsync(
            $"""
            SELECT count(*) FROM {Staging} s
            WHERE EXISTS (SELECT 1 FROM participant_scores ps
                          WHERE ps.instrument_id = s.instrument_id AND ps.enrollment_id = s.enrollment_id AND ps.phase = s.phase)
            """,
            cancellationToken);
        var outcome = new ScoreImportOutcome(total - replaced, replaced);
        if (errors.Any || batch.DryRun)
        {
            return outcome;
        }

        await ExecuteAsync(
            $"""
            INSERT INTO participant_scores (id, instrument_id, enrollment_id, phase, value, recorded_at, recorded_by)
            SELECT s.id, s.instrument_id, s.enrollment_id, s.phase, s.value, @now, @user
            FROM {Staging} s
            ORDER BY s.row_number
            ON CONFLICT (instrument_id, enrollment_id, phase)
            DO UPDATE SET value = EXCLUDED.value, recorded_at = EXCLUDED.recorded_at, recorded_by = EXCLUDED.recorded_by
            """,
            cancellationToken,
            new NpgsqlParameter("now", batch.Now),
            new NpgsqlParameter("user", (object?)batch.UserId ?? DBNull.Value) { NpgsqlDbType = NpgsqlDbType.Uuid });
        return outcome;
    }

    private static async Task CopyAsync(NpgsqlConnection connection, IAsyncEnumerable<StagedScore> rows, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            $"COPY {Staging} (row_number, id, nip, session_code, program_code, agency_code, instrument_code, phase, value) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(row.RowNumber, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(row.Id, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(row.Nip, NpgsqlDbType.Char, cancellationToken);
            await writer.WriteAsync(row.SessionCode, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(writer, row.ProgramCode, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(writer, row.AgencyCode, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.InstrumentCode, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(writer, row.Phase?.ToString(), NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(writer, row.Value, NpgsqlDbType.Numeric, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    /// <summary>
    /// Finds each row's session (by its code, and the programme's when given), instrument,
    /// employee and enrolment, only among what the user may score. Sessions are resolved once per
    /// distinct code pair, which also tells how many sessions a code matched.
    /// </summary>
    private async Task ResolveAsync(ScoreImportBatch batch, CancellationToken cancellationToken)
    {
        await ExecuteAsync(
            $"""
            CREATE TEMP TABLE {Sessions} ON COMMIT DROP AS
            SELECT k.session_code, k.program_code, k.agency_code, count(t.id)::int AS matches, (array_agg(t.id))[1] AS session_id,
                   string_agg(p.code || coalesce(' of ' || a.code, ' (national)'), ', ' ORDER BY p.code, a.code) AS sessions
            FROM (SELECT DISTINCT session_code, program_code, agency_code FROM {Staging}) k
            LEFT JOIN (training_sessions t JOIN training_programs p ON p.id = t.program_id LEFT JOIN agencies a ON a.id = t.agency_id)
                   ON t.code = k.session_code AND (k.program_code IS NULL OR p.code = k.program_code)
                  AND (k.agency_code IS NULL OR a.code = k.agency_code) AND {SessionInScope}
            GROUP BY k.session_code, k.program_code, k.agency_code;

            UPDATE {Staging} s
            SET session_id = r.session_id, instrument_id = r.instrument_id, instrument_kind = r.instrument_kind,
                min_score = r.min_score, max_score = r.max_score, employee_id = r.employee_id,
                enrollment_id = r.enrollment_id, enrollment_status = r.enrollment_status
            FROM (
                SELECT s.row_number, k.session_id, i.id AS instrument_id, i.kind AS instrument_kind, i.min_score, i.max_score,
                       e.id AS employee_id, en.id AS enrollment_id, en.status AS enrollment_status
                FROM {Staging} s
                LEFT JOIN {Sessions} k ON k.matches = 1 AND {SameKey}
                LEFT JOIN score_instruments i ON i.session_id = k.session_id AND i.code = s.instrument_code
                LEFT JOIN employees e ON e.nip = s.nip AND {EmployeeInScope}
                LEFT JOIN enrollments en ON en.session_id = k.session_id AND en.employee_id = e.id AND {EnrollmentInScope}
            ) r
            WHERE r.row_number = s.row_number
            """,
            cancellationToken,
            ScopeParameters.Of(batch.Scope));
    }

    /// <summary>The problems only the whole file and the database can show, each reported at its row.</summary>
    private async Task CollectConflictsAsync(ScoreImportBatch batch, ImportMessages errors, CancellationToken cancellationToken)
    {
        var nip = batch.HeaderOf(Columns.Nip);
        var session = batch.HeaderOf(Columns.SessionCode);
        var instrument = batch.HeaderOf(Columns.InstrumentCode);
        var score = batch.HeaderOf(Columns.Score);
        var where = batch.Scope.AllAgencies ? "" : " in your agency";

        await CollectAsync(
            $"""
            SELECT s.row_number,
                   CASE WHEN k.matches = 0
                        THEN format('There is no training session %s%s%s that you may score.', s.session_code,
                                    CASE WHEN s.program_code IS NULL THEN '' ELSE ' in programme ' || s.program_code END,
                                    CASE WHEN s.agency_code IS NULL THEN '' ELSE ' of agency ' || s.agency_code END)
                        ELSE format('Session code %s is used by more than one session you may score (in %s); add a program_code or agency_code column to say which.',
                                    s.session_code, k.sessions)
                   END AS message
            FROM {Staging} s JOIN {Sessions} k ON {SameKey}
            WHERE k.matches <> 1
            """,
            session,
            errors,
            cancellationToken);
        await CollectAsync(
            $"""
            SELECT s.row_number,
                   format('Session %s has no instrument %s (%s).', s.session_code, s.instrument_code,
                          coalesce('it has ' || (SELECT string_agg(i.code, ', ' ORDER BY i.code) FROM score_instruments i WHERE i.session_id = s.session_id),
                                   'it has none yet: add the instruments first')) AS message
            FROM {Staging} s
            WHERE s.session_id IS NOT NULL AND s.instrument_id IS NULL
            """,
            instrument,
            errors,
            cancellationToken);
        await CollectAsync(
            $"""
            SELECT row_number,
                   CASE WHEN value < min_score OR value > max_score
                        THEN format('%s is outside %s''s scale (%s to %s).', value::float8, instrument_code, min_score::float8, max_score::float8)
                        ELSE format('%s is a competency level: a whole number from %s to %s.', instrument_code, min_score::int, max_score::int)
                   END AS message
            FROM {Staging}
            WHERE value < min_score OR value > max_score OR (instrument_kind = 'CompetencyLevel' AND value <> trunc(value))
            """,
            score,
            errors,
            cancellationToken);
        await CollectAsync(
            $"SELECT row_number, format('NIP %s is not registered{where}.', nip) AS message FROM {Staging} WHERE employee_id IS NULL",
            nip,
            errors,
            cancellationToken);
        await CollectAsync(
            $"""
            SELECT row_number,
                   CASE WHEN enrollment_id IS NULL
                        THEN format('The employee with NIP %s is not enrolled in session %s.', nip, session_code)
                        ELSE format('The enrolment of NIP %s in session %s is %s: only participants holding a place (registered, attending or completed) are scored.',
                                    nip, session_code, enrollment_status)
                   END AS message
            FROM {Staging}
            WHERE session_id IS NOT NULL AND employee_id IS NOT NULL
              AND (enrollment_id IS NULL OR enrollment_status NOT IN ('Registered', 'Attending', 'Completed'))
            """,
            nip,
            errors,
            cancellationToken);
        await CollectAsync(
            $"""
            SELECT row_number, format('Row %s of the file already has a score of NIP %s on %s (%s) in session %s.', first_row, nip, instrument_code, phase, session_code) AS message
            FROM (SELECT row_number, nip, instrument_code, phase, session_code,
                         min(row_number) OVER (PARTITION BY nip, instrument_id, phase) AS first_row
                  FROM {Staging} WHERE instrument_id IS NOT NULL AND phase IS NOT NULL) d
            WHERE row_number <> first_row
            """,
            nip,
            errors,
            cancellationToken);
    }
}
