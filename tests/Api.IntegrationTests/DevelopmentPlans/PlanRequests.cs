using System.Net;
using System.Text.Json;
using AsnCompetency.Testing;
using Npgsql;
using NpgsqlTypes;

namespace AsnCompetency.Api.IntegrationTests.DevelopmentPlans;

/// <summary>Requests of the development plan endpoints, and the programmes they need (which have no endpoints yet).</summary>
public static class PlanRequests
{
    public const string PlansPath = "/api/v1/development-plans";

    /// <summary>The plan year of the tests: the population is taken as of today or the year's end, whichever is earlier.</summary>
    public const int Year = 2026;

    /// <summary>Positions start before, and assessments are dated inside, <see cref="Year"/>.</summary>
    public const string PositionStartDate = "2026-01-01";

    public const string AssessedOn = "2026-02-01";

    public static string Of(Guid planId) => $"{PlansPath}/{planId}";

    public static object PlanBody(int year = Year, decimal? budgetCeiling = 50_000_000m, Guid? agencyId = null, string title = "Rencana Pengembangan Kompetensi 2026") =>
        new { agencyId, year, title, budgetCeiling };

    /// <summary>An item for one employee (or, with unitId, a group); JP and cost default to the programme's when left out.</summary>
    public static object ItemBody(
        Guid competencyId,
        Guid? employeeId = null,
        Guid? unitId = null,
        int? participantCount = null,
        Guid? programId = null,
        int? plannedJp = null,
        decimal? plannedCost = null,
        int plannedQuarter = 2,
        string? note = null) =>
        new { employeeId, unitId, participantCount, competencyId, programId, plannedJp, plannedCost, plannedQuarter, note };

    /// <summary>Creates a plan (201) and returns it with its ETag.</summary>
    public static async Task<(JsonElement Plan, string ETag)> CreatePlanAsync(this HttpClient client, decimal? budgetCeiling = 50_000_000m, int year = Year, Guid? agencyId = null)
    {
        var response = await client.PostJsonAsync(PlansPath, PlanBody(year, budgetCeiling, agencyId));
        var plan = await response.ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        return (plan, response.ETagOf());
    }

    /// <summary>Sends a change with If-Match and expects 200; returns the body and the new ETag.</summary>
    public static async Task<(JsonElement Body, string ETag)> ChangeAsync(this HttpClient client, HttpMethod method, string url, string etag, object? body = null)
    {
        var response = await client.SendWithIfMatchAsync(method, url, etag, body);
        var result = await response.ShouldBeOkAsync<JsonElement>();
        return (result, response.ETagOf());
    }

    public static Task<(JsonElement Body, string ETag)> AddItemAsync(this HttpClient client, Guid planId, string etag, object item) =>
        client.ChangeAsync(HttpMethod.Post, $"{Of(planId)}/items", etag, item);

    public static Task<(JsonElement Body, string ETag)> GenerateAsync(this HttpClient client, Guid planId, string etag, decimal budget, int? leftOutLimit = null) =>
        client.ChangeAsync(HttpMethod.Post, $"{Of(planId)}/generate", etag, leftOutLimit is null ? new { budget } : new { budget, leftOutLimit });

    public static async Task<string> ETagAsync(this HttpClient client, Guid planId)
    {
        var response = await client.GetAsync(Of(planId));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return response.ETagOf();
    }

    public static IReadOnlyList<JsonElement> Items(this JsonElement plan) => [.. plan.GetProperty("items").EnumerateArray()];

    public static Guid? OptionalId(this JsonElement element, string property) =>
        element.GetProperty(property).ValueKind == JsonValueKind.Null ? null : element.GetProperty(property).Id();

    /// <summary>Inserts an active training programme with its competency targets; agencyId null = national.</summary>
    public static async Task<Guid> CreateProgramAsync(
        string code, int jp, decimal costPerParticipant, int? annualCapacity, Guid? agencyId, params (Guid CompetencyId, int TargetLevel)[] targets)
    {
        var id = Guid.CreateVersion7();
        await using var connection = new NpgsqlConnection(TestRun.Environment.ConnectionString);
        await connection.OpenAsync();
        await using (var program = new NpgsqlCommand(
            """
            insert into training_programs (id, agency_id, code, title, jp, cost_per_participant, annual_capacity, is_active, created_at, updated_at)
            values (@id, @agency, @code, @title, @jp, @cost, @capacity, true, now(), now())
            """,
            connection))
        {
            program.Parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Uuid) { Value = id });
            program.Parameters.Add(new NpgsqlParameter("agency", NpgsqlDbType.Uuid) { Value = (object?)agencyId ?? DBNull.Value });
            program.Parameters.Add(new NpgsqlParameter("code", NpgsqlDbType.Varchar) { Value = code });
            program.Parameters.Add(new NpgsqlParameter("title", NpgsqlDbType.Varchar) { Value = $"Pelatihan {code}" });
            program.Parameters.Add(new NpgsqlParameter("jp", NpgsqlDbType.Integer) { Value = jp });
            program.Parameters.Add(new NpgsqlParameter("cost", NpgsqlDbType.Numeric) { Value = costPerParticipant });
            program.Parameters.Add(new NpgsqlParameter("capacity", NpgsqlDbType.Integer) { Value = (object?)annualCapacity ?? DBNull.Value });
            await program.ExecuteNonQueryAsync();
        }

        foreach (var (competencyId, targetLevel) in targets)
        {
            await using var target = new NpgsqlCommand(
                "insert into training_program_competencies (id, program_id, competency_id, target_level) values (@id, @program, @competency, @level)",
                connection);
            target.Parameters.Add(new NpgsqlParameter("id", NpgsqlDbType.Uuid) { Value = Guid.CreateVersion7() });
            target.Parameters.Add(new NpgsqlParameter("program", NpgsqlDbType.Uuid) { Value = id });
            target.Parameters.Add(new NpgsqlParameter("competency", NpgsqlDbType.Uuid) { Value = competencyId });
            target.Parameters.Add(new NpgsqlParameter("level", NpgsqlDbType.Integer) { Value = targetLevel });
            await target.ExecuteNonQueryAsync();
        }

        return id;
    }

    /// <summary>Replaces a position's standard: (competency, required level, weight) per line.</summary>
    public static async Task PutStandardAsync(this HttpClient client, Guid positionId, params (Guid CompetencyId, int RequiredLevel, decimal Weight)[] lines)
    {
        var url = $"{OrganisationBuilder.Positions}/{positionId}/standards";
        var etag = (await client.GetAsync(url)).ETagOf();
        var response = await client.SendWithIfMatchAsync(HttpMethod.Put, url, etag, new
        {
            items = lines.Select(l => new { competencyId = l.CompetencyId, requiredLevel = l.RequiredLevel, weight = l.Weight }).ToArray(),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Records supervisor assessments (employee, competency, level) in one batch.</summary>
    public static async Task AssessAsync(this HttpClient client, IEnumerable<(Guid EmployeeId, Guid CompetencyId, int Level)> assessments)
    {
        var items = assessments
            .Select(a => new { employeeId = a.EmployeeId, competencyId = a.CompetencyId, level = a.Level, method = "Supervisor", assessedOn = AssessedOn })
            .ToArray();
        var response = await client.PostJsonAsync("/api/v1/assessments/batch", new { items });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
