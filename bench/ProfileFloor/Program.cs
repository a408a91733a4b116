// The floor of the competency-profile benchmark (bench/run.sh): GET /profile/{id}/competency-profile
// runs the same five statements as GET /api/v1/employees/{id}/competency-profile (employee,
// position, SKJ, current levels by the agency's rule, effective settings) with raw Npgsql and a
// pooled connection, and answers with the rows as JSON. No authentication, mediator pipeline,
// audit, EF Core or mapping: what is left is what PostgreSQL and Kestrel cost.
using Npgsql;

var builder = WebApplication.CreateSlimBuilder(args);
var dataSource = NpgsqlDataSource.Create(builder.Configuration.GetConnectionString("Default")
    ?? throw new InvalidOperationException("ConnectionStrings__Default is not set."));
var app = builder.Build();

app.MapGet("/health", () => "ok");
app.MapGet("/profile/{id:guid}/competency-profile", async (Guid id, CancellationToken cancellationToken) =>
{
    await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
    var employee = await RowsAsync(connection, "SELECT agency_id, position_id, nip, full_name FROM employees WHERE id = $1 LIMIT 1", [id], cancellationToken);
    if (employee.Count == 0)
    {
        return Results.NotFound();
    }

    var agencyId = (Guid)employee[0][0]!;
    var positionId = employee[0][1] as Guid?;
    var asOf = DateOnly.FromDateTime(DateTime.Today);
    var position = await RowsAsync(connection, "SELECT id, code, name, type FROM positions WHERE id = $1 LIMIT 1", [positionId], cancellationToken);
    var standards = await RowsAsync(
        connection,
        """
        SELECT s.competency_id, c.code, c.name, c.group_kind, s.framework_id, s.required_level, s.weight
        FROM position_standards s JOIN competencies c ON c.id = s.competency_id
        WHERE s.position_id = $1 ORDER BY c.group_kind, c.code
        """,
        [positionId],
        cancellationToken);
    var levels = await RowsAsync(
        connection,
        """
        WITH settings AS (
            SELECT a.id AS agency_id, s.current_level_rule, s.method_priority, s.validity_months
            FROM agencies a
            CROSS JOIN LATERAL (
                SELECT t.current_level_rule, t.method_priority, t.validity_months FROM tna_settings t
                WHERE t.agency_id = a.id OR t.agency_id IS NULL ORDER BY t.agency_id NULLS LAST LIMIT 1) s
        )
        SELECT DISTINCT ON (a.employee_id, a.competency_id) a.competency_id, a.level, a.method, a.assessed_on, a.id
        FROM assessments a JOIN settings st ON st.agency_id = a.agency_id
        WHERE a.employee_id = $1 AND a.assessed_on <= $2
            AND (st.validity_months IS NULL OR a.assessed_on > ($2 - make_interval(months => st.validity_months))::date)
            AND NOT EXISTS (SELECT 1 FROM assessments c WHERE c.supersedes_id = a.id)
        ORDER BY a.employee_id, a.competency_id,
            CASE WHEN st.current_level_rule = 'MethodPriorityFirst' THEN array_position(st.method_priority, a.method::text) END,
            a.assessed_on DESC, array_position(st.method_priority, a.method::text), a.recorded_at DESC, a.id DESC
        """,
        [id, asOf],
        cancellationToken);
    var settings = await RowsAsync(connection, "SELECT * FROM tna_settings WHERE agency_id IS NULL OR agency_id = $1", [agencyId], cancellationToken);
    return Results.Json(new { employee, position, standards, levels, settings = settings.Count });
});

app.Run();

static async Task<List<object?[]>> RowsAsync(NpgsqlConnection connection, string sql, object?[] values, CancellationToken cancellationToken)
{
    await using var command = new NpgsqlCommand(sql, connection);
    foreach (var value in values)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
    }

    await using var reader = await command.ExecuteReaderAsync(cancellationToken);
    var rows = new List<object?[]>();
    while (await reader.ReadAsync(cancellationToken))
    {
        var row = new object?[reader.FieldCount];
        for (var i = 0; i < row.Length; i++)
        {
            row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i) is var v && v is DateTime d ? DateOnly.FromDateTime(d) : v;
        }

        rows.Add(row);
    }

    return rows;
}
