using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AsnCompetency.Api.IntegrationTests.Tna;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.OrganisationBuilder;

namespace AsnCompetency.Api.IntegrationTests.Training;

/// <summary>
/// Builds what the training-delivery tests need through the API: programmes, sessions of five
/// meeting days in the current year, staff to enrol, enrolments and attendance, so each test
/// states only what it is about.
/// </summary>
public static class TrainingBuilder
{
    public const string Programs = "/api/v1/training-programs";
    public const string Sessions = "/api/v1/training-sessions";
    public const string EnrollmentsPath = "/api/v1/enrollments";
    public const string Compliance = "/api/v1/learning-hours/compliance";

    /// <summary>Meeting days of a default session: every day from <see cref="Start"/> to <see cref="End"/>.</summary>
    public const int DefaultDays = 5;

    /// <summary>The current year: ledgers and the compliance report default to it.</summary>
    public static int Year => TnaBuilder.Today.Year;

    /// <summary>The first day of a default session (in March of the current year).</summary>
    public static DateOnly Start => Day(3, 2);

    public static DateOnly End => Start.AddDays(DefaultDays - 1);

    public static DateOnly Day(int month, int day) => new(Year, month, day);

    public static string Program(Guid id) => $"{Programs}/{id}";

    public static string Session(Guid id) => $"{Sessions}/{id}";

    public static string SessionEnrollments(Guid sessionId) => $"{Sessions}/{sessionId}/enrollments";

    public static string Enrollment(Guid id) => $"{EnrollmentsPath}/{id}";

    public static string LearningHours(Guid employeeId, int? year = null) =>
        $"{Employees}/{employeeId}/learning-hours{(year is null ? "" : $"?year={year}")}";

    public static string EmployeeEnrollments(Guid employeeId) => $"{Employees}/{employeeId}/enrollments";

    public static object ProgramBody(
        string code,
        string form = "Technical",
        int? jp = 24,
        Guid? agencyId = null,
        decimal costPerParticipant = 2_500_000m,
        string title = "Pelatihan Teknis",
        params (Guid CompetencyId, int TargetLevel)[] targets) =>
        new
        {
            code,
            title,
            description = "Pelatihan untuk uji.",
            form,
            deliveryMode = "InPerson",
            providerName = "BPSDM Provinsi",
            jp,
            costPerParticipant,
            annualCapacity = (int?)null,
            agencyId,
            targets = targets.Select(t => new { competencyId = t.CompetencyId, targetLevel = t.TargetLevel }).ToArray(),
        };

    /// <summary>Creates a programme (201) and returns it.</summary>
    public static async Task<JsonElement> CreateProgramAsync(
        this HttpClient client, string code, string form = "Technical", int? jp = 24, Guid? agencyId = null, params (Guid CompetencyId, int TargetLevel)[] targets) =>
        await (await client.PostJsonAsync(Programs, ProgramBody(code, form, jp, agencyId, targets: targets))).ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);

    public static object SessionBody(
        Guid programId,
        string code,
        DateOnly? startDate = null,
        DateOnly? endDate = null,
        int capacity = 20,
        DateOnly[]? meetingDays = null,
        Guid? agencyId = null,
        string? onlineLink = null) =>
        new
        {
            programId,
            agencyId,
            code,
            title = $"Angkatan {code}",
            startDate = (startDate ?? Start).Iso(),
            endDate = (endDate ?? End).Iso(),
            meetingDays = meetingDays?.Select(d => d.Iso()).ToArray(),
            location = "Aula BKPSDM",
            onlineLink,
            organiser = "BKPSDM",
            capacity,
        };

    /// <summary>Schedules a session (201, Planned) and returns it.</summary>
    public static async Task<JsonElement> CreateSessionAsync(
        this HttpClient client, Guid programId, string code, int capacity = 20, DateOnly? startDate = null, DateOnly? endDate = null, Guid? agencyId = null) =>
        await (await client.PostJsonAsync(Sessions, SessionBody(programId, code, startDate, endDate, capacity, agencyId: agencyId)))
            .ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);

    /// <summary>Schedules a session and opens it for enrolment.</summary>
    public static async Task<Guid> OpenSessionAsync(
        this HttpClient client, Guid programId, string code, int capacity = 20, DateOnly? startDate = null, DateOnly? endDate = null, Guid? agencyId = null)
    {
        var session = (await client.CreateSessionAsync(programId, code, capacity, startDate, endDate, agencyId)).Id();
        await client.SessionStepAsync(session, "open");
        return session;
    }

    /// <summary>POST /training-sessions/{id}/{step} (open, start) and expects 200.</summary>
    public static async Task<JsonElement> SessionStepAsync(this HttpClient client, Guid sessionId, string step) =>
        await (await client.PostAsync($"{Session(sessionId)}/{step}", null)).ShouldBeOkAsync<JsonElement>();

    /// <summary>Completes a running session (200) and returns the completion report.</summary>
    public static async Task<JsonElement> CompleteSessionAsync(this HttpClient client, Guid sessionId, bool completeParticipants = true) =>
        await (await client.PostJsonAsync($"{Session(sessionId)}/complete", new { completeParticipants })).ShouldBeOkAsync<JsonElement>();

    public static Task<HttpResponseMessage> PostEnrolAsync(this HttpClient client, Guid sessionId, Guid employeeId) =>
        client.PostJsonAsync(SessionEnrollments(sessionId), new { employeeId });

    /// <summary>Enrols one employee (201) and returns the enrolment.</summary>
    public static async Task<JsonElement> EnrolAsync(this HttpClient client, Guid sessionId, Guid employeeId) =>
        await (await client.PostEnrolAsync(sessionId, employeeId)).ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> PutAttendanceAsync(this HttpClient client, Guid enrollmentId, params (DateOnly Date, bool Present)[] days) =>
        client.SendWithIfMatchAsync(HttpMethod.Put, $"{Enrollment(enrollmentId)}/attendance", null, new
        {
            days = days.Select(d => new { date = d.Date.Iso(), present = d.Present, note = (string?)null }).ToArray(),
        });

    /// <summary>Records presence on the first <paramref name="present"/> meeting days of a default session and absence on the rest (200).</summary>
    public static async Task<JsonElement> AttendAsync(this HttpClient client, Guid enrollmentId, int present, int days = DefaultDays) =>
        await (await client.PutAttendanceAsync(enrollmentId, [.. Enumerable.Range(0, days).Select(i => (Start.AddDays(i), i < present))]))
            .ShouldBeOkAsync<JsonElement>();

    /// <summary>POST /enrollments/{id}/complete with an optional body; the raw answer.</summary>
    public static Task<HttpResponseMessage> PostCompleteAsync(this HttpClient client, Guid enrollmentId, object? body = null) =>
        client.SendWithIfMatchAsync(HttpMethod.Post, $"{Enrollment(enrollmentId)}/complete", null, body ?? new { });

    /// <summary>A unit with one position of the agency, and PNS employees in it (NIPs from <paramref name="firstIndex"/>).</summary>
    public static async Task<Staff> StaffAsync(this HttpClient admin, Guid agencyId, string unitCode, int count, int firstIndex = 1)
    {
        var (unit, position) = await admin.UnitWithPositionAsync(agencyId, unitCode);
        var employees = new List<Guid>(count);
        for (var i = 0; i < count; i++)
        {
            employees.Add((await admin.CreateEmployeeAsync(Nips.Pns(firstIndex + i), $"Pegawai {unitCode} {i + 1}", position)).Id());
        }

        return new Staff(agencyId, unit, position, employees);
    }

    /// <summary>Adds a PPPK employee to a position.</summary>
    public static async Task<Guid> PppkAsync(this HttpClient admin, Guid positionId, int index, string name = "Pegawai PPPK") =>
        (await admin.CreateEmployeeAsync(Nips.Pppk(index), name, positionId)).Id();

    /// <summary>Records an activity done outside the system (201).</summary>
    public static async Task<JsonElement> RecordExternalAsync(this HttpClient client, Guid employeeId, int jp, DateOnly? date = null, string form = "Seminar") =>
        await (await client.PostJsonAsync(LearningHours(employeeId), ExternalBody(jp, date, form))).ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);

    public static object ExternalBody(int jp, DateOnly? date = null, string form = "Seminar", string title = "Seminar Nasional Pelayanan Publik") =>
        new { date = (date ?? Day(5, 10)).Iso(), title, form, jp, provider = "Universitas Lampung", certificateNumber = "SRT-001" };

    /// <summary>Sets the caller's agency's minimum attendance share and JP conversion table (PUT /tna/settings, expects 200).</summary>
    public static Task<JsonElement> SetTrainingRulesAsync(this HttpClient admin, decimal? minAttendanceShare = null, params (string Form, int Jp)[] conversions) =>
        admin.UpdateSettingsAsync(settings =>
        {
            if (minAttendanceShare is { } share)
            {
                settings["minAttendanceShare"] = share;
            }

            if (conversions.Length > 0)
            {
                settings["jpConversions"] = new JsonArray([.. conversions.Select(c => (JsonNode)new JsonObject { ["form"] = c.Form, ["jp"] = c.Jp })]);
            }
        });

    public static string Status(this JsonElement element) => element.GetProperty("status").GetString()!;

    public static IReadOnlyList<JsonElement> PageItems(this JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    public static string Detail(this JsonElement problem) => problem.GetProperty("detail").GetString()!;

    /// <summary>The id of the employee an enrolment is for.</summary>
    public static Guid EmployeeOf(this JsonElement enrollment) => enrollment.GetProperty("employee").Id();
}

/// <summary>Staff made for a test: the agency, the unit and position they hold, and the employees in order.</summary>
public sealed record Staff(Guid AgencyId, Guid UnitId, Guid PositionId, IReadOnlyList<Guid> Employees)
{
    public Guid this[int index] => Employees[index];
}
