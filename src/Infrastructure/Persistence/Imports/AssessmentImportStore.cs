using AsnCompetency.Application.Assessments.Import;
using AsnCompetency.Application.Common.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Columns = AsnCompetency.Application.Assessments.Import.AssessmentImportColumns;

namespace AsnCompetency.Infrastructure.Persistence.Imports;

/// <summary>
/// Assessment import in PostgreSQL: rows stream into a temporary table with binary COPY, NIPs are
/// resolved to employees with one UPDATE … FROM, unknown, inactive and other-agency NIPs and
/// repeated rows are found with set-based queries, and the assessments are written with one
/// INSERT … SELECT. All of it runs in the command's transaction; the staging table disappears
/// with it.
/// </summary>
public sealed class AssessmentImportStore(ApplicationDbContext db) : StagedImportStore(db), IAssessmentImportStore
{
    private const string Staging = "assessment_import";

    /// <summary>Rows whose assessment is fully read; a row with cell errors may lack some of these.</summary>
    private const string Complete = "competency_id IS NOT NULL AND method IS NOT NULL AND assessed_on IS NOT NULL";

    public async Task<AssessmentImportOutcome> ImportAsync(
        AssessmentImportBatch batch, IAsyncEnumerable<StagedAssessment> rows, ImportMessages errors, CancellationToken cancellationToken)
    {
        var connection = await ConnectionAsync(cancellationToken);

        await ExecuteAsync($"""
            CREATE TEMP TABLE {Staging} (
                row_number int NOT NULL, id uuid NOT NULL, nip char(18) NOT NULL,
                competency_id uuid, framework_id uuid, level int, method text, assessed_on date,
                assessor_name text, assessor_user_id uuid, evidence_note text, evidence_url text,
                employee_id uuid, employee_agency_id uuid, employee_active boolean
            ) ON COMMIT DROP
            """, cancellationToken);
        await CopyAsync(connection, rows, cancellationToken);
        await ExecuteAsync($"CREATE INDEX ON {Staging} (nip); ANALYZE {Staging}", cancellationToken);

        // Who each NIP is, once, for every check and the insert below.
        await ExecuteAsync($"""
            UPDATE {Staging} s
            SET employee_id = e.id, employee_agency_id = e.agency_id, employee_active = e.is_active
            FROM employees e
            WHERE e.nip = s.nip
            """, cancellationToken);

        await CollectConflictsAsync(batch, errors, cancellationToken);
        var inserted = await CountAsync($"SELECT count(*) FROM {Staging}", cancellationToken);
        if (errors.Any || batch.DryRun)
        {
            return new AssessmentImportOutcome(inserted);
        }

        // Assessments are append-only: this INSERT is the only statement that touches the table.
        await ExecuteAsync(
            $"""
            INSERT INTO assessments (id, employee_id, agency_id, competency_id, framework_id, level, method, assessed_on,
                                     assessor_name, assessor_user_id, evidence_note, evidence_url, supersedes_id, correction_reason,
                                     recorded_at, recorded_by)
            SELECT s.id, s.employee_id, @agency, s.competency_id, s.framework_id, s.level, s.method, s.assessed_on,
                   s.assessor_name, s.assessor_user_id, s.evidence_note, s.evidence_url, NULL, NULL,
                   @now, @user
            FROM {Staging} s
            ORDER BY s.row_number
            """,
            cancellationToken,
            new NpgsqlParameter("agency", batch.AgencyId),
            new NpgsqlParameter("now", batch.Now),
            new NpgsqlParameter("user", (object?)batch.UserId ?? DBNull.Value) { NpgsqlDbType = NpgsqlDbType.Uuid });
        return new AssessmentImportOutcome(inserted);
    }

    private static async Task CopyAsync(NpgsqlConnection connection, IAsyncEnumerable<StagedAssessment> rows, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            $"""
            COPY {Staging} (row_number, id, nip, competency_id, framework_id, level, method, assessed_on,
                            assessor_name, assessor_user_id, evidence_note, evidence_url)
            FROM STDIN (FORMAT BINARY)
            """,
            cancellationToken);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(row.RowNumber, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(row.Id, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(row.Nip, NpgsqlDbType.Char, cancellationToken);
            await WriteNullableAsync(writer, row.CompetencyId, NpgsqlDbType.Uuid, cancellationToken);
            await WriteNullableAsync(writer, row.FrameworkId, NpgsqlDbType.Uuid, cancellationToken);
            await WriteNullableAsync(writer, row.Level, NpgsqlDbType.Integer, cancellationToken);
            await WriteNullableAsync(writer, row.Method?.ToString(), NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(writer, row.AssessedOn, NpgsqlDbType.Date, cancellationToken);
            await WriteNullableAsync(writer, row.AssessorName, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(writer, row.AssessorUserId, NpgsqlDbType.Uuid, cancellationToken);
            await WriteNullableAsync(writer, row.EvidenceNote, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(writer, row.EvidenceUrl, NpgsqlDbType.Text, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    /// <summary>The problems only the whole file and the database can show, each reported at its row.</summary>
    private async Task CollectConflictsAsync(AssessmentImportBatch batch, ImportMessages errors, CancellationToken cancellationToken)
    {
        var nip = batch.HeaderOf(Columns.Nip);
        var agency = new NpgsqlParameter("agency", batch.AgencyId);
        await CollectAsync(
            $"SELECT row_number, format('NIP %s is not registered in this agency.', nip) AS message FROM {Staging} WHERE employee_id IS NULL",
            nip,
            errors,
            cancellationToken);
        await CollectAsync(
            $"""
            SELECT row_number, format('NIP %s is registered in another agency; only this agency''s employees can be assessed here.', nip) AS message
            FROM {Staging} WHERE employee_agency_id <> @agency
            """,
            nip,
            errors,
            cancellationToken,
            agency.Clone());
        await CollectAsync(
            $"""
            SELECT row_number, format('The employee with NIP %s is inactive; assessments are recorded only for active employees.', nip) AS message
            FROM {Staging} WHERE employee_agency_id = @agency AND NOT employee_active
            """,
            nip,
            errors,
            cancellationToken,
            agency.Clone());
        await CollectAsync(
            $"""
            SELECT row_number, format('Row %s of the file already has this NIP, competency, method and date.', first_row) AS message
            FROM (SELECT row_number, min(row_number) OVER (PARTITION BY nip, competency_id, method, assessed_on) AS first_row
                  FROM {Staging} WHERE {Complete}) d
            WHERE row_number <> first_row
            """,
            nip,
            errors,
            cancellationToken);

        // The table is append-only and an import cannot be undone, so uploading the same file
        // twice must not double the history.
        await CollectAsync(
            $"""
            SELECT s.row_number,
                   format('NIP %s already has an assessment of this competency by method %s on %s; it is not recorded twice (correct the recorded assessment to change it).',
                          s.nip, s.method, to_char(s.assessed_on, 'YYYY-MM-DD')) AS message
            FROM {Staging} s
            WHERE s.employee_agency_id = @agency AND {Complete}
              AND EXISTS (SELECT 1 FROM assessments a
                          WHERE a.employee_id = s.employee_id AND a.competency_id = s.competency_id
                            AND a.method = s.method AND a.assessed_on = s.assessed_on)
            """,
            nip,
            errors,
            cancellationToken,
            agency.Clone());
    }
}
