using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.Employees.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Columns = AsnCompetency.Application.Employees.Import.EmployeeImportColumns;

namespace AsnCompetency.Infrastructure.Persistence.Imports;

/// <summary>
/// Employee import in PostgreSQL: rows stream into a temporary table with binary COPY, duplicate
/// and conflicting NIPs are found with set-based queries, and the merge is a handful of
/// INSERT … SELECT / UPDATE … FROM statements. All of it runs in the command's transaction; the
/// staging table disappears with it.
/// </summary>
public sealed class EmployeeImportStore(ApplicationDbContext db) : StagedImportStore(db), IEmployeeImportStore
{
    private const string Staging = "employee_import";
    private const string AssignmentNote = "Import";

    /// <summary>File columns an upsert may change, and the employees column each one sets.</summary>
    private static readonly (string Column, string Sql)[] UpdatableColumns =
    [
        (Columns.FullName, "full_name"),
        (Columns.FrontTitle, "front_title"),
        (Columns.BackTitle, "back_title"),
        (Columns.Grade, "grade_code"),
        (Columns.Email, "email"),
        (Columns.Phone, "phone"),
    ];

    public async Task<EmployeeImportOutcome> ImportAsync(
        EmployeeImportBatch batch, IAsyncEnumerable<StagedEmployee> rows, ImportMessages errors, CancellationToken cancellationToken)
    {
        var connection = await ConnectionAsync(cancellationToken);

        await ExecuteAsync($"""
            CREATE TEMP TABLE {Staging} (
                row_number int NOT NULL, id uuid NOT NULL, nip char(18) NOT NULL, employee_type text NOT NULL,
                full_name text NOT NULL, front_title text, back_title text, birth_date date NOT NULL, gender text NOT NULL,
                appointed_on date NOT NULL, grade_code text, position_id uuid, unit_id uuid, position_start_date date,
                assignment_id uuid, email text, phone text,
                existing_id uuid, existing_agency_id uuid, existing_position_id uuid, current_start date
            ) ON COMMIT DROP
            """, cancellationToken);
        await CopyAsync(connection, rows, cancellationToken);
        await ExecuteAsync($"CREATE INDEX ON {Staging} (nip); ANALYZE {Staging}", cancellationToken);

        // What each NIP already is in the database, once, for every check and merge below.
        await ExecuteAsync($"""
            UPDATE {Staging} s
            SET existing_id = e.id, existing_agency_id = e.agency_id, existing_position_id = e.position_id,
                current_start = (SELECT a.start_date FROM position_assignments a WHERE a.employee_id = e.id AND a.end_date IS NULL)
            FROM employees e
            WHERE e.nip = s.nip
            """, cancellationToken);

        await CollectConflictsAsync(batch, errors, cancellationToken);
        var inserted = await CountAsync($"SELECT count(*) FROM {Staging} WHERE existing_id IS NULL", cancellationToken);
        var updated = await CountAsync($"SELECT count(*) FROM {Staging} WHERE existing_id IS NOT NULL", cancellationToken);
        if (errors.Any || batch.DryRun)
        {
            return new EmployeeImportOutcome(inserted, updated);
        }

        await MergeAsync(batch, cancellationToken);
        return new EmployeeImportOutcome(inserted, updated);
    }

    private async Task CopyAsync(NpgsqlConnection connection, IAsyncEnumerable<StagedEmployee> rows, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            $"""
            COPY {Staging} (row_number, id, nip, employee_type, full_name, front_title, back_title, birth_date, gender,
                            appointed_on, grade_code, position_id, unit_id, position_start_date, assignment_id, email, phone)
            FROM STDIN (FORMAT BINARY)
            """,
            cancellationToken);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(row.RowNumber, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(row.Id, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(row.Nip, NpgsqlDbType.Char, cancellationToken);
            await writer.WriteAsync(row.EmployeeType.ToString(), NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.FullName, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(writer, row.FrontTitle, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(writer, row.BackTitle, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.BirthDate, NpgsqlDbType.Date, cancellationToken);
            await writer.WriteAsync(row.Gender.ToString(), NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.AppointedOn, NpgsqlDbType.Date, cancellationToken);
            await WriteNullableAsync(writer, row.GradeCode, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(writer, row.PositionId, NpgsqlDbType.Uuid, cancellationToken);
            await WriteNullableAsync(writer, row.UnitId, NpgsqlDbType.Uuid, cancellationToken);
            await WriteNullableAsync(writer, row.PositionStartDate, NpgsqlDbType.Date, cancellationToken);
            await WriteNullableAsync(writer, row.AssignmentId, NpgsqlDbType.Uuid, cancellationToken);
            await WriteNullableAsync(writer, row.Email, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(writer, row.Phone, NpgsqlDbType.Text, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    /// <summary>The conflicts only the whole file and the database can show, each reported at its row.</summary>
    private async Task CollectConflictsAsync(EmployeeImportBatch batch, ImportMessages errors, CancellationToken cancellationToken)
    {
        var nip = batch.HeaderOf(Columns.Nip);
        await CollectAsync(
            $"""
            SELECT row_number, format('NIP %s already appears in row %s of the file.', nip, first_row) AS message
            FROM (SELECT row_number, nip, min(row_number) OVER (PARTITION BY nip) AS first_row FROM {Staging}) d
            WHERE row_number <> first_row
            """,
            nip,
            errors,
            cancellationToken);
        await CollectAsync(
            $"""
            SELECT row_number, format('NIP %s is registered in another agency; moving an employee between agencies is not done by import.', nip) AS message
            FROM {Staging} WHERE existing_agency_id IS NOT NULL AND existing_agency_id <> @agency
            """,
            nip,
            errors,
            cancellationToken,
            new NpgsqlParameter("agency", batch.AgencyId));
        if (batch.Mode == ImportMode.Insert)
        {
            await CollectAsync(
                $"""
                SELECT row_number, format('NIP %s is already registered in this agency; import with mode=upsert to update existing employees.', nip) AS message
                FROM {Staging} WHERE existing_agency_id = @agency
                """,
                nip,
                errors,
                cancellationToken,
                new NpgsqlParameter("agency", batch.AgencyId));
        }
        else
        {
            await CollectAsync(
                $"""
                SELECT row_number, format('The new position must start after %s, when the employee''s current position started.', to_char(current_start, 'YYYY-MM-DD')) AS message
                FROM {Staging}
                WHERE existing_agency_id = @agency AND position_id IS NOT NULL AND position_id IS DISTINCT FROM existing_position_id
                  AND current_start IS NOT NULL AND position_start_date <= current_start
                """,
                batch.HeaderOf(batch.Columns.ContainsKey(Columns.PositionStartDate) ? Columns.PositionStartDate : Columns.PositionCode),
                errors,
                cancellationToken,
                new NpgsqlParameter("agency", batch.AgencyId));
        }
    }

    private async Task MergeAsync(EmployeeImportBatch batch, CancellationToken cancellationToken)
    {
        NpgsqlParameter[] Parameters() =>
        [
            new("agency", batch.AgencyId),
            new("now", batch.Now),
            new("user", (object?)batch.UserId ?? DBNull.Value) { NpgsqlDbType = NpgsqlDbType.Uuid },
            new("note", AssignmentNote),
        ];

        // An empty cell keeps what is stored: a partly filled export must not wipe data. Values are
        // cleared by editing the employee.
        var changed = UpdatableColumns.Where(c => batch.Columns.ContainsKey(c.Column)).Select(c => $"{c.Sql} = COALESCE(s.{c.Sql}, e.{c.Sql})");
        await ExecuteAsync(
            $"""
            UPDATE employees e
            SET {string.Join(", ", changed.Append("updated_at = @now").Append("updated_by = @user"))}
            FROM {Staging} s
            WHERE e.id = s.existing_id
            """,
            cancellationToken,
            Parameters());

        // A new position for an existing employee: the current assignment ends the day before.
        const string PositionChanges = "s.existing_id IS NOT NULL AND s.position_id IS NOT NULL AND s.position_id IS DISTINCT FROM s.existing_position_id";
        await ExecuteAsync(
            $"""
            UPDATE position_assignments a SET end_date = s.position_start_date - 1
            FROM {Staging} s
            WHERE a.employee_id = s.existing_id AND a.end_date IS NULL AND {PositionChanges}
            """,
            cancellationToken);
        await ExecuteAsync(
            $"""
            INSERT INTO position_assignments (id, employee_id, position_id, unit_id, start_date, end_date, note)
            SELECT s.assignment_id, s.existing_id, s.position_id, s.unit_id, s.position_start_date, NULL, @note
            FROM {Staging} s WHERE {PositionChanges};
            UPDATE employees e SET position_id = s.position_id, unit_id = s.unit_id
            FROM {Staging} s WHERE e.id = s.existing_id AND {PositionChanges}
            """,
            cancellationToken,
            Parameters());

        await ExecuteAsync(
            $"""
            INSERT INTO employees (id, agency_id, nip, employee_type, full_name, front_title, back_title, birth_date, gender,
                                   appointed_on, grade_code, position_id, unit_id, email, phone, is_active,
                                   created_at, created_by, updated_at, updated_by)
            SELECT s.id, @agency, s.nip, s.employee_type, s.full_name, s.front_title, s.back_title, s.birth_date, s.gender,
                   s.appointed_on, s.grade_code, s.position_id, s.unit_id, s.email, s.phone, true,
                   @now, @user, @now, @user
            FROM {Staging} s WHERE s.existing_id IS NULL;
            INSERT INTO position_assignments (id, employee_id, position_id, unit_id, start_date, end_date, note)
            SELECT s.assignment_id, s.id, s.position_id, s.unit_id, s.position_start_date, NULL, @note
            FROM {Staging} s WHERE s.existing_id IS NULL AND s.position_id IS NOT NULL
            """,
            cancellationToken,
            Parameters());
    }
}
