using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AsnCompetency.Domain.Training;
using AsnCompetency.Infrastructure.Persistence;
using AsnCompetency.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AsnCompetency.Api.IntegrationTests.Tna;

/// <summary>
/// Builds what the assessment and training-needs tests need: assessments and corrections through
/// the API, position standards, training programmes (which have no endpoints yet, so straight
/// through the DbContext), and changes of the training-needs settings with If-Match.
/// </summary>
public static class TnaBuilder
{
    public const string AssessmentsUrl = "/api/v1/assessments";
    public const string Gaps = "/api/v1/tna/gaps";
    public const string Priorities = "/api/v1/tna/priorities";
    public const string Recommendations = "/api/v1/tna/recommendations";
    public const string Settings = "/api/v1/tna/settings";

    /// <summary>The API's "today": the server runs in this process, on the same clock.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    public static string Iso(this DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string EmployeeAssessments(Guid employeeId) => $"{OrganisationBuilder.Employees}/{employeeId}/assessments";

    public static string Profile(Guid employeeId) => $"{OrganisationBuilder.Employees}/{employeeId}/competency-profile";

    public static object AssessmentBody(
        Guid employeeId,
        Guid competencyId,
        int level,
        string method = "Supervisor",
        DateOnly? assessedOn = null,
        string? assessorName = null,
        string? evidenceNote = null,
        string? evidenceUrl = null) =>
        new { employeeId, competencyId, level, method, assessedOn = (assessedOn ?? Today.AddDays(-1)).Iso(), assessorName, evidenceNote, evidenceUrl };

    /// <summary>Records one assessment (201) and returns it.</summary>
    public static async Task<JsonElement> AssessAsync(
        this HttpClient client, Guid employeeId, Guid competencyId, int level, string method = "Supervisor", DateOnly? assessedOn = null) =>
        await (await client.PostJsonAsync(AssessmentsUrl, AssessmentBody(employeeId, competencyId, level, method, assessedOn)))
            .ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);

    public static object CorrectionBody(int level, string method, DateOnly assessedOn, string? reason) =>
        new { level, method, assessedOn = assessedOn.Iso(), reason };

    /// <summary>Corrects an assessment (201) and returns the correction.</summary>
    public static async Task<JsonElement> CorrectAsync(
        this HttpClient client, Guid assessmentId, int level, string method, DateOnly assessedOn, string reason = "Salah input tingkat pada formulir") =>
        await (await client.PostJsonAsync($"{AssessmentsUrl}/{assessmentId}/corrections", CorrectionBody(level, method, assessedOn, reason)))
            .ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);

    /// <summary>Replaces a position's standard (SKJ): (competency, required level, weight) per line.</summary>
    public static async Task SetStandardAsync(this HttpClient client, Guid positionId, params (Guid CompetencyId, int RequiredLevel, decimal Weight)[] lines)
    {
        var url = $"{OrganisationBuilder.Positions}/{positionId}/standards";
        var etag = (await client.GetAsync(url)).ETagOf();
        var response = await client.SendWithIfMatchAsync(HttpMethod.Put, url, etag, new
        {
            items = lines.Select(l => new { competencyId = l.CompetencyId, requiredLevel = l.RequiredLevel, weight = l.Weight }).ToArray(),
        });
        await response.ShouldBeOkAsync<JsonElement>();
    }

    /// <summary>A position without the proposed standard, given the standard stated.</summary>
    public static async Task<Guid> PositionWithStandardAsync(
        this HttpClient client, Guid unitId, string code, string type, params (Guid CompetencyId, int RequiredLevel, decimal Weight)[] lines)
    {
        var position = (await client.CreatePositionAsync(unitId, code, type, proposeStandard: false)).GetProperty("id").GetGuid();
        await client.SetStandardAsync(position, lines);
        return position;
    }

    /// <summary>Stores an active programme (agency null = national) with the levels it brings each competency to.</summary>
    public static async Task<Guid> CreateProgramAsync(string code, Guid? agencyId, decimal costPerParticipant, params (Guid CompetencyId, int TargetLevel)[] targets)
    {
        await using var scope = TestRun.Environment.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var program = TrainingProgram.Create(agencyId, code, $"Pelatihan {code}", jp: 24, costPerParticipant, annualCapacity: null);
        foreach (var (competencyId, targetLevel) in targets)
        {
            program.Target(competencyId, targetLevel);
        }

        db.TrainingPrograms.Add(program);
        await db.SaveChangesAsync();
        return program.Id;
    }

    /// <summary>The settings as read (body without the read-only fields, ready to send back) and their ETag.</summary>
    public static async Task<(JsonObject Body, string ETag)> ReadSettingsAsync(this HttpClient client, string query = "")
    {
        var response = await client.GetAsync(Settings + query);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body.ToJsonString());
        body.Remove("isNationalDefault");
        body.Remove("eTag");
        return (body, response.ETagOf());
    }

    /// <summary>Reads the settings, changes them and sends them back with If-Match; returns the answer.</summary>
    public static async Task<HttpResponseMessage> ChangeSettingsAsync(this HttpClient client, Action<JsonObject> change)
    {
        var (body, etag) = await client.ReadSettingsAsync();
        change(body);
        return await client.SendWithIfMatchAsync(HttpMethod.Put, Settings, etag, body);
    }

    /// <summary>Changes the settings and expects 200.</summary>
    public static async Task<JsonElement> UpdateSettingsAsync(this HttpClient client, Action<JsonObject> change) =>
        await (await client.ChangeSettingsAsync(change)).ShouldBeOkAsync<JsonElement>();

    public static Guid? OptionalGuid(this JsonElement element, string property) =>
        element.GetProperty(property).ValueKind == JsonValueKind.Null ? null : element.GetProperty(property).GetGuid();

    public static int? OptionalInt(this JsonElement element, string property) =>
        element.GetProperty(property).ValueKind == JsonValueKind.Null ? null : element.GetProperty(property).GetInt32();

    public static decimal? OptionalDecimal(this JsonElement element, string property) =>
        element.GetProperty(property).ValueKind == JsonValueKind.Null ? null : element.GetProperty(property).GetDecimal();

    public static string? OptionalString(this JsonElement element, string property) =>
        element.GetProperty(property).ValueKind == JsonValueKind.Null ? null : element.GetProperty(property).GetString();

    public static IReadOnlyList<JsonElement> Array(this JsonElement element, string property) =>
        [.. element.GetProperty(property).EnumerateArray()];
}
