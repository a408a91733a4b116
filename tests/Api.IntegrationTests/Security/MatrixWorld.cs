using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.OrganisationBuilder;

namespace AsnCompetency.Api.IntegrationTests.Security;

/// <summary>Who calls: a demo user, an integrator's token, or nobody signed in.</summary>
public sealed record MatrixActor(string Name, UserRole? Role, bool IsNational, bool IsIntegrator, HttpClient Client);

/// <summary>The ids a call needs, all of one target: LAMSEL's (with Siti or a colleague as the employee) or MEDAN's.</summary>
public sealed record MatrixResources
{
    public required Guid Agency { get; init; }
    public required string AgencyCode { get; init; }
    public required Guid Unit { get; init; }
    public required Guid Position { get; init; }
    public required Guid Employee { get; init; }
    public required Guid Assessment { get; init; }
    public required Guid Enrollment { get; init; }

    /// <summary>The session of <see cref="Enrollment"/>: the employee takes part in it.</summary>
    public required Guid ParticipantSession { get; init; }
    public required Guid Framework { get; init; }
    public required Guid Competency { get; init; }
    public required Guid NationalCompetency { get; init; }

    /// <summary>The CASE identifiers of <see cref="Framework"/> (its CFDocument), of <see cref="Competency"/> (its CFItem) and of that item's parent (the destination of its isChildOf association).</summary>
    public required Guid CaseDocument { get; init; }

    public required Guid CaseItem { get; init; }

    public required Guid CaseItemParent { get; init; }
    public required Guid Program { get; init; }

    /// <summary>A running session with participants and an instrument.</summary>
    public required Guid Session { get; init; }

    public required Guid SessionEnrollment { get; init; }
    public required string SessionDay { get; init; }
    public required Guid Instrument { get; init; }
    public required Guid OpenSession { get; init; }
    public required Guid CompletedSession { get; init; }
    public required Guid CompletedInstrument { get; init; }
    public required Guid Plan { get; init; }
    public required Guid PlanItem { get; init; }
    public required Guid Survey { get; init; }
    public required Guid CorrectionRequest { get; init; }
    public required Guid ApiClient { get; init; }
}

/// <summary>
/// The demo organisation (LAMSEL and MEDAN with staff, frameworks, sessions, enrolments and scores)
/// plus what it lacks for the matrix (plans, a MEDAN survey, correction requests, instruments,
/// API clients), the callers, and fresh resources for operations that use their target up.
/// </summary>
public sealed class MatrixWorld : IDisposable
{
    private const string V = "/api/v1";
    // Years far from the demo plans, one per fresh plan (at most 2100).
    private const int DevelopmentPlanMinYear = 2060;
    private const string IntegratorClientId = "matrix-integrator";
    private static readonly string[] DemoUsers = ["sysadmin", "analis.nasional", "admin.kalianda", "asesor.kalianda", "analis.kalianda", "pegawai.kalianda"];

    private readonly TestEnvironment _environment;
    private int _freshCount;
    private int _planCount;
    private string _integratorSecret = "";

    private MatrixWorld(TestEnvironment environment, HttpClient systemAdmin)
    {
        _environment = environment;
        SystemAdmin = systemAdmin;
    }

    public HttpClient SystemAdmin { get; }

    public IReadOnlyList<MatrixActor> Actors { get; private set; } = [];

    public MatrixResources Own { get; private set; } = null!;

    public MatrixResources Colleague { get; private set; } = null!;

    public MatrixResources Other { get; private set; } = null!;

    public MatrixResources Resources(Target target) => target switch
    {
        Target.Own => Own,
        Target.Colleague => Colleague,
        _ => Other,
    };

    public static async Task<MatrixWorld> BuildAsync(TestEnvironment environment)
    {
        var world = new MatrixWorld(environment, await environment.CreateClientAsync("sysadmin"));
        var actors = new List<MatrixActor> { new("anonymous", null, IsNational: false, IsIntegrator: false, environment.CreateAnonymousClient()) };
        foreach (var userName in DemoUsers)
        {
            var client = await environment.CreateClientAsync(userName);
            var me = await client.GetJsonAsync($"{V}/me");
            var role = Enum.Parse<UserRole>(me.GetProperty("role").GetString()!);
            actors.Add(new(userName, role, IsNational: me.GetProperty("agency").ValueKind == JsonValueKind.Null, IsIntegrator: false, client));
        }

        var lamsel = await AgencyIdAsync("LAMSEL");
        var medan = await AgencyIdAsync("MEDAN");
        var targetClient = await world.RegisterApiClientAsync("matrix-target", lamsel);
        world._integratorSecret = await world.RegisterApiClientAsync(IntegratorClientId, lamsel, returnSecret: true);
        actors.Add(new("integrator", UserRole.Analyst, IsNational: false, IsIntegrator: true, await world.IntegratorClientAsync()));
        world.Actors = actors;

        var siti = await Guid("select employee_id from users where user_name = 'pegawai.kalianda'");
        var sitiRequest = await FileCorrectionRequestAsync(actors.Single(a => a.Name == "pegawai.kalianda").Client);
        world.Own = await world.AgencyResourcesAsync(lamsel, "LAMSEL", siti, sitiRequest, targetClient);
        var colleague = await Guid(
            $"select e.employee_id from enrollments e join employees p on p.id = e.employee_id where p.agency_id = '{lamsel}' and e.employee_id <> '{siti}' " +
            "and exists (select 1 from assessments a where a.employee_id = e.employee_id) order by p.nip limit 1");
        world.Colleague = world.Own with
        {
            Employee = colleague,
            Assessment = await AssessmentOfAsync(colleague),
            Enrollment = await EnrollmentOfAsync(colleague),
        };
        var medanEmployee = await Guid(
            $"select e.employee_id from enrollments e join employees p on p.id = e.employee_id where p.agency_id = '{medan}' " +
            "and exists (select 1 from assessments a where a.employee_id = e.employee_id) order by p.nip limit 1");
        world.Other = await world.AgencyResourcesAsync(medan, "MEDAN", medanEmployee, await CorrectionRequestInDatabaseAsync(medan, medanEmployee), targetClient);
        return world;
    }

    /// <summary>The form of a client-credentials token request of the integrator.</summary>
    public HttpContent ClientTokenForm() => new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = IntegratorClientId,
        ["client_secret"] = _integratorSecret,
    });

    public async Task<Guid> FreshUnitAsync(Guid agencyId) =>
        (await CreatedAsync($"{V}/agencies/{agencyId}/units", new { code = NextCode("UNIT"), name = "Unit Matriks", kind = "Bagian" })).Id();

    public async Task<Guid> FreshPositionAsync(Guid unitId) =>
        (await CreatedAsync($"{V}/positions", new { unitId, code = NextCode("JAB"), name = "Jabatan Matriks", type = "Pelaksana", proposeStandard = false })).Id();

    /// <summary>A draft technical framework of the target's agency and its competency KES.01.</summary>
    public async Task<(Guid Framework, Guid Competency)> FreshDraftFrameworkAsync(MatrixResources target)
    {
        var framework = (await CreatedAsync(ApiClientExtensions.Frameworks, FrameworkBodies.Technical(NextCode("TEKNIS"), target.Agency))).Id();
        return (framework, (await SystemAdmin.CompetencyIdsAsync(framework))["KES.01"]);
    }

    public async Task<Guid> FreshPublishedFrameworkAsync(MatrixResources target)
    {
        var (framework, _) = await FreshDraftFrameworkAsync(target);
        (await SystemAdmin.PostAsync($"{ApiClientExtensions.Frameworks}/{framework}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return framework;
    }

    /// <summary>A new draft plan of the target's agency (for a year of its own) with one item.</summary>
    public Task<(Guid Plan, Guid Item)> FreshPlanItemAsync(MatrixResources target) => PlanWithItemAsync(target.Agency, target.Unit, target.NationalCompetency);

    private async Task<(Guid Plan, Guid Item)> PlanWithItemAsync(Guid agency, Guid unit, Guid competency)
    {
        var plan = (await CreatedAsync($"{V}/development-plans", new { agencyId = agency, year = DevelopmentPlanMinYear + Interlocked.Increment(ref _planCount), title = "Rencana Matriks", budgetCeiling = 50_000_000 })).Id();
        var item = await SystemAdmin.PostJsonAsync($"{V}/development-plans/{plan}/items", new
        {
            competencyId = competency,
            unitId = unit,
            participantCount = 2,
            plannedJp = 20,
            plannedCost = 1_000_000,
            plannedQuarter = 2,
        });
        var items = (await item.ShouldBeOkAsync<JsonElement>()).GetProperty("items").EnumerateArray();
        return (plan, items.First().Id());
    }

    public async Task<Guid> FreshProgramAsync(MatrixResources target) =>
        (await CreatedAsync(Training.TrainingBuilder.Programs, Training.TrainingBuilder.ProgramBody(NextCode("PROG"), agencyId: target.Agency))).Id();

    public async Task<Guid> FreshSessionAsync(MatrixResources target, bool open = false)
    {
        var session = (await CreatedAsync(Training.TrainingBuilder.Sessions, Training.TrainingBuilder.SessionBody(target.Program, NextCode("ANGKATAN"), agencyId: target.Agency))).Id();
        if (open)
        {
            (await SystemAdmin.PostAsync($"{Training.TrainingBuilder.Sessions}/{session}/open", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        return session;
    }

    public void Dispose()
    {
        foreach (var actor in Actors)
        {
            actor.Client.Dispose();
        }

        SystemAdmin.Dispose();
    }

    private async Task<MatrixResources> AgencyResourcesAsync(Guid agency, string code, Guid employee, Guid correctionRequest, Guid apiClient)
    {
        var session = await Guid($"select id from training_sessions where agency_id = '{agency}' and status = 'Running' order by code limit 1");
        var completed = await Guid($"select id from training_sessions where agency_id = '{agency}' and status = 'Completed' order by code limit 1");
        var framework = await Guid($"select id from competency_frameworks where owner_agency_id = '{agency}' order by code limit 1");
        var competency = await Guid($"select id from competencies where framework_id = '{framework}' and item_type = 'Competency' order by code limit 1");
        var caseDocument = await Guid($"select case_identifier from competency_frameworks where id = '{framework}'");
        var unit = await Guid(UnitSql(agency));
        var plan = await PlanWithItemAsync(agency, unit, await NationalCompetencyAsync());
        var instrument = (await CreatedAsync($"{V}/training-sessions/{session}/instruments", new { code = "PRETEST", name = "Pre-test", kind = "Test", maxScore = 100 })).Id();
        return new MatrixResources
        {
            Agency = agency,
            AgencyCode = code,
            Unit = unit,
            Position = await Guid($"select p.id from positions p join units u on u.id = p.unit_id where u.agency_id = '{agency}' order by p.code limit 1"),
            Employee = employee,
            Assessment = await AssessmentOfAsync(employee),
            Enrollment = await EnrollmentOfAsync(employee),
            ParticipantSession = await Guid($"select session_id from enrollments where id = '{await EnrollmentOfAsync(employee)}'"),
            Framework = framework,
            Competency = competency,
            CaseDocument = caseDocument,
            CaseItem = await Guid($"select case_identifier from competencies where id = '{competency}'"),
            CaseItemParent = await TestRun.Environment.ScalarAsync<Guid?>(
                $"select p.case_identifier from competencies c join competencies p on p.id = c.parent_id where c.id = '{competency}'") ?? caseDocument,
            NationalCompetency = await NationalCompetencyAsync(),
            Program = await Guid($"select program_id from training_sessions where id = '{session}'"),
            Session = session,
            SessionEnrollment = await Guid($"select id from enrollments where session_id = '{session}' order by id limit 1"),
            SessionDay = (await _environment.ScalarAsync<string>($"select to_char(start_date, 'YYYY-MM-DD') from training_sessions where id = '{session}'"))!,
            Instrument = instrument,
            OpenSession = await Guid($"select id from training_sessions where agency_id = '{agency}' and status = 'Open' order by code limit 1"),
            CompletedSession = completed,
            CompletedInstrument = await Guid($"select id from score_instruments where session_id = '{completed}' order by code limit 1"),
            Plan = plan.Plan,
            PlanItem = plan.Item,
            Survey = await SurveyAsync(agency),
            CorrectionRequest = correctionRequest,
            ApiClient = apiClient,
        };
    }

    private static string UnitSql(Guid agency) => $"select id from units where agency_id = '{agency}' and parent_id is null order by code limit 1";

    private async Task<Guid> SurveyAsync(Guid agency)
    {
        var existing = await TestRun.Environment.ScalarAsync<Guid?>(
            $"select s.id from satisfaction_surveys s join units u on u.id = s.unit_id where u.agency_id = '{agency}' order by s.period_start limit 1");
        return existing ?? (await CreatedAsync($"{V}/satisfaction-surveys", new
        {
            unitId = await Guid(UnitSql(agency)),
            title = "SKM Semester I",
            periodStart = "2026-01-01",
            periodEnd = "2026-06-30",
            respondentCount = 120,
            elementAverages = new[] { 3.2, 3.1, 3.4, 3.0, 3.3, 3.5, 3.2, 3.1, 3.6 },
        })).Id();
    }

    private static Task<Guid> NationalCompetencyAsync() =>
        Guid($"select c.id from competencies c join competency_frameworks f on f.id = c.framework_id where f.code = '{NationalFrameworkCode}' and c.code = 'M.01' order by f.version desc limit 1");

    private static Task<Guid> AssessmentOfAsync(Guid employee) =>
        Guid($"select id from assessments where employee_id = '{employee}' order by assessed_on desc, id limit 1");

    private static Task<Guid> EnrollmentOfAsync(Guid employee) =>
        Guid($"select id from enrollments where employee_id = '{employee}' order by id limit 1");

    private static async Task<Guid> FileCorrectionRequestAsync(HttpClient employee) =>
        (await (await employee.PostJsonAsync($"{V}/me/correction-requests", new { topic = "PersonalDetails", description = "Gelar saya belum tercatat." }))
            .ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created)).Id();

    /// <summary>MEDAN has no signed-in employee among the demo users: its request is written straight to the table.</summary>
    private static Task<Guid> CorrectionRequestInDatabaseAsync(Guid agency, Guid employee) =>
        Guid($"""
            insert into correction_requests (id, employee_id, agency_id, topic, description, status, created_at, updated_at)
            values (gen_random_uuid(), '{employee}', '{agency}', 'Training', 'Pelatihan 2025 belum tercatat.', 'Open', now(), now())
            returning id
            """);

    private async Task<string> RegisterApiClientAsync(string clientId, Guid agency, bool returnSecret = false)
    {
        var created = await CreatedAsync($"{V}/api-clients", new { clientId, name = $"Sistem {clientId}", agencyId = agency });
        return returnSecret ? created.GetProperty("clientSecret").GetString()! : created.GetProperty("client").Id().ToString();
    }

    private async Task<Guid> RegisterApiClientAsync(string clientId, Guid agency) =>
        System.Guid.Parse(await RegisterApiClientAsync(clientId, agency, returnSecret: false));

    private async Task<HttpClient> IntegratorClientAsync()
    {
        var client = _environment.CreateAnonymousClient();
        var token = await (await client.PostAsync($"{V}/auth/client-token", ClientTokenForm())).ShouldBeOkAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    private async Task<JsonElement> CreatedAsync(string url, object body) =>
        await (await SystemAdmin.PostJsonAsync(url, body)).ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);

    private string NextCode(string prefix) => $"{prefix}-M{Interlocked.Increment(ref _freshCount)}";

    private static async Task<Guid> Guid(string sql) =>
        await TestRun.Environment.ScalarAsync<Guid?>(sql) ?? throw new InvalidOperationException($"The demo data has nothing for: {sql}");
}
