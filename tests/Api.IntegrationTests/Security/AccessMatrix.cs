using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using AsnCompetency.Application.Interchange.Case;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Testing;
using static AsnCompetency.Domain.Identity.UserRole;

namespace AsnCompetency.Api.IntegrationTests.Security;

/// <summary>What a call is about: nothing in particular, an agency's resource, or an employee's personal data.</summary>
public enum Subject
{
    /// <summary>Lists, reports and the caller's own things: called once, on the caller's agency.</summary>
    None,

    /// <summary>A resource of an agency: called on the caller's agency's and on another agency's.</summary>
    Agency,

    /// <summary>An employee's data: called on the signed-in employee's own, a colleague's and another agency's employee's.</summary>
    Personal,
}

/// <summary>Whose resource a call is made on, seen from the agency users (all of LAMSEL; the employee is Siti).</summary>
public enum Target
{
    Own,
    Colleague,
    OtherAgency,
}

public enum Outcome
{
    Allowed,
    Denied,
    SignInRequired,
}

/// <summary>One call of an operation, on the resources of one target.</summary>
public sealed record Call(MatrixWorld World, MatrixResources Resources);

/// <summary>Who may call an operation and how to build a valid request for it.</summary>
/// <param name="Roles">The roles allowed; agency roles only within their agency, an employee only on their own data.</param>
/// <param name="ListsAgencies">The answer names agencies by design (the agency directory).</param>
/// <param name="TargetInBody">The target is named in the body, not the path: out of scope it is "There is no …" on its field (400), as an unknown id is.</param>
/// <param name="TokenOptional">Without a token the call is answered as for the public (the CASE provider): a resource that is not public is unknown (404), not 401.</param>
public sealed record Rule(
    Subject Subject,
    UserRole[] Roles,
    bool IsWrite,
    Func<Call, Task<HttpRequestMessage>> Build,
    bool Public = false,
    bool ListsAgencies = false,
    bool TargetInBody = false,
    bool TokenOptional = false);

/// <summary>The expectation table of the authorization matrix (see <see cref="AuthorizationMatrixTests"/>).</summary>
public static class AccessMatrix
{
    private const string V = "/api/v1";
    private const string Case = "/ims/case/v1p1";

    private static readonly UserRole[] Anyone = [SystemAdmin, AgencyAdmin, Assessor, Analyst, Employee];
    private static readonly UserRole[] Admins = [SystemAdmin, AgencyAdmin];
    private static readonly UserRole[] Readers = [SystemAdmin, AgencyAdmin, Analyst];
    private static readonly UserRole[] Organisers = [SystemAdmin, AgencyAdmin, Assessor];
    private static readonly UserRole[] Staff = [SystemAdmin, AgencyAdmin, Assessor, Analyst];
    private static readonly UserRole[] SystemAdmins = [SystemAdmin];

    /// <summary>Accounts linked to an employee record (of the demo users, only the employee's) for their own data.</summary>
    private static readonly UserRole[] LinkedEmployees = [Employee];

    public static readonly IReadOnlyDictionary<string, Rule> Table = new Dictionary<string, Rule>
    {
        // Agencies and units
        ["GET /api/v1/agencies"] = Get(Subject.None, Anyone, _ => $"{V}/agencies") with { ListsAgencies = true },
        ["POST /api/v1/agencies"] = Post(Subject.None, SystemAdmins, _ => $"{V}/agencies", _ => new { code = "MATRIX", name = "Pemerintah Kabupaten Matriks", region = "Kabupaten Matriks", kind = "PemerintahKabupaten" }),
        ["GET /api/v1/agencies/{id}"] = Get(Subject.Agency, Anyone, r => $"{V}/agencies/{r.Agency}"),
        ["PUT /api/v1/agencies/{id}"] = Echo(Subject.Agency, SystemAdmins, r => $"{V}/agencies/{r.Agency}"),
        ["PUT /api/v1/agencies/{id}/framework-publication"] = Put(Subject.Agency, Admins, r => $"{V}/agencies/{r.Agency}/framework-publication", _ => new { publish = false }),
        ["GET /api/v1/agencies/{id}/units"] = Get(Subject.Agency, Anyone, r => $"{V}/agencies/{r.Agency}/units"),
        ["POST /api/v1/agencies/{id}/units"] = Post(Subject.Agency, Admins, r => $"{V}/agencies/{r.Agency}/units", _ => new { code = "MATRIX", name = "Unit Matriks", kind = "Bagian" }),
        ["GET /api/v1/units/{id}"] = Get(Subject.Agency, Anyone, r => $"{V}/units/{r.Unit}"),
        ["PUT /api/v1/units/{id}"] = Echo(Subject.Agency, Admins, r => $"{V}/units/{r.Unit}"),
        ["DELETE /api/v1/units/{id}"] = Fresh(Subject.Agency, Admins, HttpMethod.Delete, async c => $"{V}/units/{await c.World.FreshUnitAsync(c.Resources.Agency)}"),

        // Integrators, audit, privacy
        ["GET /api/v1/api-clients"] = Get(Subject.None, SystemAdmins, _ => $"{V}/api-clients"),
        ["POST /api/v1/api-clients"] = Post(Subject.None, SystemAdmins, _ => $"{V}/api-clients", r => new { clientId = "matrix-client", name = "Matriks", agencyId = r.Agency }),
        ["POST /api/v1/api-clients/{id}/activate"] = Post(Subject.None, SystemAdmins, r => $"{V}/api-clients/{r.ApiClient}/activate"),
        ["POST /api/v1/api-clients/{id}/deactivate"] = Post(Subject.None, SystemAdmins, r => $"{V}/api-clients/{r.ApiClient}/deactivate"),
        ["POST /api/v1/api-clients/{id}/rotate-secret"] = Post(Subject.None, SystemAdmins, r => $"{V}/api-clients/{r.ApiClient}/rotate-secret"),
        ["POST /api/v1/auth/token"] = Post(Subject.None, Anyone, _ => $"{V}/auth/token", _ => new { userName = "analis.kalianda", password = AsnCompetency.Infrastructure.Persistence.Seeding.DemoDataSeeder.DemoPassword }) with { Public = true },
        ["POST /api/v1/auth/client-token"] = Fresh(Subject.None, Anyone, HttpMethod.Post, c => Task.FromResult($"{V}/auth/client-token"), c => c.World.ClientTokenForm()) with { Public = true },
        ["GET /api/v1/audit-log"] = Get(Subject.None, Admins, _ => $"{V}/audit-log"),
        ["GET /api/v1/me"] = Get(Subject.None, Anyone, _ => $"{V}/me"),
        ["GET /api/v1/me/data"] = Get(Subject.None, LinkedEmployees, _ => $"{V}/me/data"),
        ["GET /api/v1/me/correction-requests"] = Get(Subject.None, LinkedEmployees, _ => $"{V}/me/correction-requests"),
        ["POST /api/v1/me/correction-requests"] = Post(Subject.None, LinkedEmployees, _ => $"{V}/me/correction-requests", _ => new { topic = "PersonalDetails", description = "Tanggal lahir saya salah." }),
        ["GET /api/v1/correction-requests"] = Get(Subject.None, Admins, _ => $"{V}/correction-requests"),
        ["POST /api/v1/correction-requests/{id}/close"] = Post(Subject.Agency, Admins, r => $"{V}/correction-requests/{r.CorrectionRequest}/close", _ => new { outcome = "Resolved", resolution = "Sudah diperbaiki." }),

        // Reference data and settings
        ["GET /api/v1/grades"] = Get(Subject.None, Anyone, _ => $"{V}/grades"),
        ["GET /api/v1/standard-defaults"] = Get(Subject.Agency, Anyone, r => $"{V}/standard-defaults?agencyId={r.Agency}"),
        ["PUT /api/v1/standard-defaults"] = Put(Subject.Agency, Admins, _ => $"{V}/standard-defaults", r => new { agencyId = r.Agency, items = new[] { new { positionType = "Pelaksana", requiredLevel = 2 } } }) with { TargetInBody = true },
        ["GET /api/v1/tna/settings"] = Get(Subject.Agency, Staff, r => $"{V}/tna/settings?agencyId={r.Agency}"),
        ["PUT /api/v1/tna/settings"] = Echo(Subject.Agency, Admins, r => $"{V}/tna/settings?agencyId={r.Agency}"),

        // Frameworks
        ["GET /api/v1/competency-frameworks"] = Get(Subject.None, Anyone, _ => $"{V}/competency-frameworks"),
        ["POST /api/v1/competency-frameworks"] = Post(Subject.Agency, Admins, _ => $"{V}/competency-frameworks", r => FrameworkBodies.Technical($"MATRIX-{r.AgencyCode}", r.Agency)) with { TargetInBody = true },
        ["GET /api/v1/competency-frameworks/{id}"] = Get(Subject.Agency, Anyone, r => $"{V}/competency-frameworks/{r.Framework}"),
        ["PUT /api/v1/competency-frameworks/{id}"] = Echo(Subject.Agency, Admins, r => $"{V}/competency-frameworks/{r.Framework}"),
        ["DELETE /api/v1/competency-frameworks/{id}"] = Fresh(Subject.Agency, Admins, HttpMethod.Delete, async c => $"{V}/competency-frameworks/{(await c.World.FreshDraftFrameworkAsync(c.Resources)).Framework}"),
        ["GET /api/v1/competency-frameworks/{id}/competencies"] = Get(Subject.Agency, Anyone, r => $"{V}/competency-frameworks/{r.Framework}/competencies"),
        ["POST /api/v1/competency-frameworks/{id}/competencies"] = Fresh(Subject.Agency, Admins, HttpMethod.Post, async c => $"{V}/competency-frameworks/{(await c.World.FreshDraftFrameworkAsync(c.Resources)).Framework}/competencies", _ => new { code = "KES.03", name = "Promosi Kesehatan", itemType = "Competency", groupKind = "Teknis", levels = FrameworkBodies.Levels() }),
        ["POST /api/v1/competency-frameworks/{id}/publish"] = Fresh(Subject.Agency, Admins, HttpMethod.Post, async c => $"{V}/competency-frameworks/{(await c.World.FreshDraftFrameworkAsync(c.Resources)).Framework}/publish"),
        ["POST /api/v1/competency-frameworks/{id}/new-version"] = Post(Subject.Agency, Admins, r => $"{V}/competency-frameworks/{r.Framework}/new-version"),
        ["POST /api/v1/competency-frameworks/import"] = Import(r => $"{V}/competency-frameworks/import?format=moodle-csv&dryRun=true&ownerAgencyId={r.Agency}"),
        ["GET /api/v1/competency-frameworks/{id}/export"] = Get(Subject.Agency, Anyone, r => $"{V}/competency-frameworks/{r.Framework}/export?format=case"),
        ["POST /api/v1/competency-frameworks/{id}/retire"] = Fresh(Subject.Agency, Admins, HttpMethod.Post, async c => $"{V}/competency-frameworks/{await c.World.FreshPublishedFrameworkAsync(c.Resources)}/retire"),
        ["GET /api/v1/competencies/{id}"] = Get(Subject.Agency, Anyone, r => $"{V}/competencies/{r.Competency}"),
        ["PUT /api/v1/competencies/{id}"] = Fresh(Subject.Agency, Admins, HttpMethod.Put, async c => $"{V}/competencies/{(await c.World.FreshDraftFrameworkAsync(c.Resources)).Competency}", _ => new { code = "KES.01", name = "Manajemen Puskesmas", itemType = "Competency", groupKind = "Teknis", levels = FrameworkBodies.Levels() }),
        ["DELETE /api/v1/competencies/{id}"] = Fresh(Subject.Agency, Admins, HttpMethod.Delete, async c => $"{V}/competencies/{(await c.World.FreshDraftFrameworkAsync(c.Resources)).Competency}"),

        // Positions and standards
        ["GET /api/v1/positions"] = Get(Subject.None, Anyone, _ => $"{V}/positions"),
        ["POST /api/v1/positions"] = Post(Subject.Agency, Admins, _ => $"{V}/positions", r => new { unitId = r.Unit, code = "MATRIX-STAF", name = "Jabatan Matriks", type = "Pelaksana", proposeStandard = false }) with { TargetInBody = true },
        ["GET /api/v1/positions/{id}"] = Get(Subject.Agency, Anyone, r => $"{V}/positions/{r.Position}"),
        ["PUT /api/v1/positions/{id}"] = Echo(Subject.Agency, Admins, r => $"{V}/positions/{r.Position}", (position, r) => position["unitId"] = r.Unit.ToString()),
        ["DELETE /api/v1/positions/{id}"] = Fresh(Subject.Agency, Admins, HttpMethod.Delete, async c => $"{V}/positions/{await c.World.FreshPositionAsync(c.Resources.Unit)}"),
        ["GET /api/v1/positions/{id}/standards"] = Get(Subject.Agency, Anyone, r => $"{V}/positions/{r.Position}/standards"),
        ["PUT /api/v1/positions/{id}/standards"] = Put(Subject.Agency, Admins, r => $"{V}/positions/{r.Position}/standards", r => new { items = new[] { new { competencyId = r.Competency, requiredLevel = 3, weight = 1 } } }),

        // Employees
        ["GET /api/v1/employees"] = Get(Subject.None, Anyone, _ => $"{V}/employees"),
        ["POST /api/v1/employees"] = Post(Subject.Agency, Admins, _ => $"{V}/employees", r => new { nip = Nips.Pns(990_001), fullName = "Pegawai Matriks", agencyId = r.Agency, positionId = r.Position }) with { TargetInBody = true },
        ["GET /api/v1/employees/import/template"] = Get(Subject.None, Anyone, _ => $"{V}/employees/import/template"),
        ["POST /api/v1/employees/import"] = Upload(Admins, $"{V}/employees/import?dryRun=true", "nip,nama\r\n"),
        ["GET /api/v1/employees/{id}"] = Get(Subject.Personal, Anyone, r => $"{V}/employees/{r.Employee}"),
        ["PUT /api/v1/employees/{id}"] = Echo(Subject.Personal, Admins, r => $"{V}/employees/{r.Employee}"),
        ["GET /api/v1/employees/{id}/assessments"] = Get(Subject.Personal, Anyone, r => $"{V}/employees/{r.Employee}/assessments"),
        ["GET /api/v1/employees/{id}/assignments"] = Get(Subject.Personal, Anyone, r => $"{V}/employees/{r.Employee}/assignments"),
        ["POST /api/v1/employees/{id}/assignments"] = Post(Subject.Personal, Admins, r => $"{V}/employees/{r.Employee}/assignments", r => new { positionId = r.Position, startDate = "2026-01-05", note = "Mutasi" }),
        ["GET /api/v1/employees/{id}/competency-profile"] = Get(Subject.Personal, Anyone, r => $"{V}/employees/{r.Employee}/competency-profile"),
        ["GET /api/v1/employees/{id}/enrollments"] = Get(Subject.Personal, Anyone, r => $"{V}/employees/{r.Employee}/enrollments"),
        ["GET /api/v1/employees/{id}/learning-hours"] = Get(Subject.Personal, Anyone, r => $"{V}/employees/{r.Employee}/learning-hours"),
        ["POST /api/v1/employees/{id}/learning-hours"] = Post(Subject.Personal, Admins, r => $"{V}/employees/{r.Employee}/learning-hours", _ => new { date = "2026-05-10", title = "Seminar Pelayanan Publik", form = "Seminar", jp = 4, provider = "Universitas Lampung" }),

        // Assessments
        ["GET /api/v1/assessments"] = Get(Subject.None, Anyone, _ => $"{V}/assessments"),
        ["POST /api/v1/assessments"] = Post(Subject.Personal, [SystemAdmin, AgencyAdmin, Assessor, Employee], _ => $"{V}/assessments", r => AssessmentBody(r, "Self")) with { TargetInBody = true },
        ["POST /api/v1/assessments/batch"] = Post(Subject.Personal, Organisers, _ => $"{V}/assessments/batch", r => new { items = new[] { AssessmentBody(r, "Supervisor") } }) with { TargetInBody = true },
        ["GET /api/v1/assessments/import/template"] = Get(Subject.None, Anyone, _ => $"{V}/assessments/import/template"),
        ["POST /api/v1/assessments/import"] = Upload(Organisers, $"{V}/assessments/import?dryRun=true", "nip,kode_kompetensi,level,metode,tanggal\r\n"),
        ["GET /api/v1/assessments/{id}"] = Get(Subject.Personal, Anyone, r => $"{V}/assessments/{r.Assessment}"),
        ["POST /api/v1/assessments/{id}/corrections"] = Post(Subject.Personal, [SystemAdmin, AgencyAdmin, Assessor, Employee], r => $"{V}/assessments/{r.Assessment}/corrections", _ => new { level = 2, method = "Self", assessedOn = "2026-03-01", reason = "Salah ketik." }),

        // Training needs and plans
        ["GET /api/v1/tna/gaps"] = Get(Subject.None, Readers, _ => $"{V}/tna/gaps?groupBy=unit"),
        ["GET /api/v1/tna/priorities"] = Get(Subject.None, Readers, _ => $"{V}/tna/priorities"),
        ["GET /api/v1/tna/recommendations"] = Get(Subject.None, Readers, _ => $"{V}/tna/recommendations"),
        ["GET /api/v1/development-plans"] = Get(Subject.None, Readers, _ => $"{V}/development-plans"),
        ["POST /api/v1/development-plans"] = Post(Subject.Agency, Admins, _ => $"{V}/development-plans", r => new { agencyId = r.Agency, year = 2027, title = "Rencana Matriks", budgetCeiling = 10_000_000 }) with { TargetInBody = true },
        ["GET /api/v1/development-plans/{id}"] = Get(Subject.Agency, Readers, r => $"{V}/development-plans/{r.Plan}"),
        ["PUT /api/v1/development-plans/{id}"] = Put(Subject.Agency, Admins, r => $"{V}/development-plans/{r.Plan}", _ => new { title = "Rencana Pengembangan Kompetensi", budgetCeiling = 60_000_000 }),
        ["GET /api/v1/development-plans/{id}/history"] = Get(Subject.Agency, Readers, r => $"{V}/development-plans/{r.Plan}/history"),
        ["GET /api/v1/development-plans/{id}/jp-check"] = Get(Subject.Agency, Readers, r => $"{V}/development-plans/{r.Plan}/jp-check"),
        ["POST /api/v1/development-plans/{id}/generate"] = Post(Subject.Agency, Admins, r => $"{V}/development-plans/{r.Plan}/generate", _ => new { budget = 5_000_000 }),
        ["POST /api/v1/development-plans/{id}/items"] = Post(Subject.Agency, Admins, r => $"{V}/development-plans/{r.Plan}/items", r => PlanItemBody(r)),
        ["PUT /api/v1/development-plans/{id}/items/{itemId}"] = Put(Subject.Agency, Admins, r => $"{V}/development-plans/{r.Plan}/items/{r.PlanItem}", r => PlanItemBody(r)),
        ["DELETE /api/v1/development-plans/{id}/items/{itemId}"] = Fresh(Subject.Agency, Admins, HttpMethod.Delete, async c =>
        {
            var (plan, item) = await c.World.FreshPlanItemAsync(c.Resources);
            return $"{V}/development-plans/{plan}/items/{item}";
        }),
        ["POST /api/v1/development-plans/{id}/submit"] = Fresh(Subject.Agency, Admins, HttpMethod.Post, async c => $"{V}/development-plans/{(await c.World.FreshPlanItemAsync(c.Resources)).Plan}/submit"),
        ["POST /api/v1/development-plans/{id}/approve"] = Post(Subject.Agency, Admins, r => $"{V}/development-plans/{r.Plan}/approve", _ => new { note = "Disetujui." }),
        ["POST /api/v1/development-plans/{id}/return"] = Post(Subject.Agency, Admins, r => $"{V}/development-plans/{r.Plan}/return", _ => new { reason = "Anggaran terlalu besar." }),

        // Training programmes and sessions
        ["GET /api/v1/training-programs"] = Get(Subject.None, Anyone, _ => $"{V}/training-programs"),
        ["POST /api/v1/training-programs"] = Post(Subject.Agency, Admins, _ => $"{V}/training-programs", r => Training.TrainingBuilder.ProgramBody($"MATRIX-{r.AgencyCode}", agencyId: r.Agency)) with { TargetInBody = true },
        ["GET /api/v1/training-programs/{id}"] = Get(Subject.Agency, Anyone, r => $"{V}/training-programs/{r.Program}"),
        ["PUT /api/v1/training-programs/{id}"] = Echo(Subject.Agency, Admins, r => $"{V}/training-programs/{r.Program}"),
        ["POST /api/v1/training-programs/{id}/activate"] = Post(Subject.Agency, Admins, r => $"{V}/training-programs/{r.Program}/activate"),
        ["POST /api/v1/training-programs/{id}/deactivate"] = Fresh(Subject.Agency, Admins, HttpMethod.Post, async c => $"{V}/training-programs/{await c.World.FreshProgramAsync(c.Resources)}/deactivate"),
        ["GET /api/v1/training-sessions"] = Get(Subject.None, Anyone, _ => $"{V}/training-sessions"),
        ["POST /api/v1/training-sessions"] = Post(Subject.Agency, Admins, _ => $"{V}/training-sessions", r => Training.TrainingBuilder.SessionBody(r.Program, $"MATRIX-{r.AgencyCode}", agencyId: r.Agency)) with { TargetInBody = true },
        ["GET /api/v1/training-sessions/{id}"] = Get(Subject.Agency, Anyone, r => $"{V}/training-sessions/{r.Session}"),
        ["PUT /api/v1/training-sessions/{id}"] = Echo(Subject.Agency, Admins, r => $"{V}/training-sessions/{r.Session}"),
        ["POST /api/v1/training-sessions/{id}/open"] = Fresh(Subject.Agency, Admins, HttpMethod.Post, async c => $"{V}/training-sessions/{await c.World.FreshSessionAsync(c.Resources)}/open"),
        ["POST /api/v1/training-sessions/{id}/start"] = Fresh(Subject.Agency, Admins, HttpMethod.Post, async c => $"{V}/training-sessions/{await c.World.FreshSessionAsync(c.Resources, open: true)}/start"),
        ["POST /api/v1/training-sessions/{id}/cancel"] = Fresh(Subject.Agency, Admins, HttpMethod.Post, async c => $"{V}/training-sessions/{await c.World.FreshSessionAsync(c.Resources)}/cancel", _ => new { reason = "Narasumber berhalangan." }),
        ["POST /api/v1/training-sessions/{id}/complete"] = Post(Subject.Agency, Admins, r => $"{V}/training-sessions/{r.Session}/complete", _ => new { completeParticipants = false }),
        ["GET /api/v1/training-sessions/{id}/attendance"] = Get(Subject.Agency, Staff, r => $"{V}/training-sessions/{r.Session}/attendance"),
        ["PUT /api/v1/training-sessions/{id}/attendance"] = Put(Subject.Agency, Organisers, r => $"{V}/training-sessions/{r.Session}/attendance", r => new { entries = new[] { new { enrollmentId = r.SessionEnrollment, date = r.SessionDay, present = true } } }),
        ["GET /api/v1/training-sessions/{id}/enrollments"] = Get(Subject.Agency, Anyone, r => $"{V}/training-sessions/{r.Session}/enrollments"),
        ["POST /api/v1/training-sessions/{id}/enrollments"] = Post(Subject.Agency, Admins, r => $"{V}/training-sessions/{r.OpenSession}/enrollments", r => new { employeeId = r.Employee }),
        ["POST /api/v1/training-sessions/{id}/enrollments/batch"] = Post(Subject.Agency, Admins, r => $"{V}/training-sessions/{r.OpenSession}/enrollments/batch", r => new { employeeIds = new[] { r.Employee } }),
        ["GET /api/v1/training-sessions/{id}/instruments"] = Get(Subject.Agency, Staff, r => $"{V}/training-sessions/{r.Session}/instruments"),
        ["POST /api/v1/training-sessions/{id}/instruments"] = Post(Subject.Agency, Admins, r => $"{V}/training-sessions/{r.Session}/instruments", _ => new { code = "POSTTEST", name = "Post-test", kind = "Test", maxScore = 100 }),
        ["POST /api/v1/training-sessions/{id}/instruments/{instrumentId}/reassessments"] = Post(Subject.Agency, Organisers, r => $"{V}/training-sessions/{r.CompletedSession}/instruments/{r.CompletedInstrument}/reassessments?phase=Post"),
        ["GET /api/v1/training-sessions/{id}/scores"] = Get(Subject.Agency, Staff, r => $"{V}/training-sessions/{r.Session}/scores"),
        ["PUT /api/v1/training-sessions/{id}/scores"] = Put(Subject.Agency, Organisers, r => $"{V}/training-sessions/{r.Session}/scores", r => new { entries = new[] { new { enrollmentId = r.SessionEnrollment, instrumentId = r.Instrument, phase = "Pre", value = 60 } } }),
        ["GET /api/v1/training-sessions/{id}/evaluation"] = Get(Subject.Agency, Staff, r => $"{V}/training-sessions/{r.CompletedSession}/evaluation"),
        ["GET /api/v1/training-sessions/{id}/reaction"] = Get(Subject.Agency, Anyone, r => $"{V}/training-sessions/{r.CompletedSession}/reaction"),
        ["PUT /api/v1/training-sessions/{id}/reaction"] = Put(Subject.Agency, Admins, r => $"{V}/training-sessions/{r.Session}/reaction", _ => new { scalePoints = 5, items = new[] { new { text = "Materi bermanfaat.", category = "Materi" } } }),
        ["POST /api/v1/training-sessions/{id}/reaction/responses"] = Post(Subject.Agency, [SystemAdmin, AgencyAdmin, Assessor, Employee], r => $"{V}/training-sessions/{r.ParticipantSession}/reaction/responses", _ => new { answers = new[] { 4, 4, 5, 3, 4, 4, 5, 4 } }),
        ["GET /api/v1/scores/import/template"] = Get(Subject.None, Anyone, _ => $"{V}/scores/import/template"),
        ["POST /api/v1/scores/import"] = Upload(Organisers, $"{V}/scores/import?dryRun=true", "nip,session_code,instrument_code,phase,score\r\n"),

        // Enrolments and learning hours
        ["GET /api/v1/enrollments/{id}"] = Get(Subject.Personal, Anyone, r => $"{V}/enrollments/{r.Enrollment}"),
        ["PUT /api/v1/enrollments/{id}/attendance"] = Put(Subject.Personal, Organisers, r => $"{V}/enrollments/{r.Enrollment}/attendance", r => new { days = new[] { new { date = r.SessionDay, present = true } } }),
        ["POST /api/v1/enrollments/{id}/complete"] = Post(Subject.Personal, Admins, r => $"{V}/enrollments/{r.Enrollment}/complete", _ => new { }),
        ["POST /api/v1/enrollments/{id}/drop"] = Post(Subject.Personal, Admins, r => $"{V}/enrollments/{r.Enrollment}/drop", _ => new { reason = "Tugas dinas." }),
        ["POST /api/v1/enrollments/{id}/no-show"] = Post(Subject.Personal, Admins, r => $"{V}/enrollments/{r.Enrollment}/no-show"),
        ["GET /api/v1/enrollments/{id}/follow-ups"] = Get(Subject.Personal, Anyone, r => $"{V}/enrollments/{r.Enrollment}/follow-ups"),
        ["POST /api/v1/enrollments/{id}/follow-ups"] = Post(Subject.Personal, Organisers, r => $"{V}/enrollments/{r.Enrollment}/follow-ups", _ => new { date = "2026-12-01", kind = "Mentoring", mentorName = "Kepala Bidang", notes = "Rencana aksi berjalan." }),
        ["GET /api/v1/learning-hours/compliance"] = Get(Subject.None, Readers, _ => $"{V}/learning-hours/compliance"),

        // The CASE 1.1 provider: the list is open to all (each sees what they may read; the national
        // standard is public by default); by id, an agency's framework is read as its /api/v1 form is.
        ["GET /ims/case/v1p1/CFDocuments"] = Get(Subject.None, Anyone, _ => $"{Case}/CFDocuments") with { Public = true },
        ["GET /ims/case/v1p1/CFDocuments/{id}"] = CaseGet(r => $"CFDocuments/{r.CaseDocument}"),
        ["GET /ims/case/v1p1/CFPackages/{id}"] = CaseGet(r => $"CFPackages/{r.CaseDocument}"),
        ["GET /ims/case/v1p1/CFItems/{id}"] = CaseGet(r => $"CFItems/{r.CaseItem}"),
        ["GET /ims/case/v1p1/CFAssociations/{id}"] = CaseGet(r => $"CFAssociations/{CaseIdentifiers.ChildOf(r.CaseItem, r.CaseItemParent)}"),
        ["GET /ims/case/v1p1/CFItemAssociations/{id}"] = CaseGet(r => $"CFItemAssociations/{r.CaseItem}"),
        ["GET /ims/case/v1p1/CFRubrics/{id}"] = CaseGet(r => $"CFRubrics/{CaseIdentifiers.Rubric(r.CaseDocument)}"),

        // Evaluation, surveys, exports
        ["GET /api/v1/evaluations"] = Get(Subject.None, Readers, _ => $"{V}/evaluations?groupBy=program"),
        ["GET /api/v1/satisfaction-surveys"] = Get(Subject.None, Staff, _ => $"{V}/satisfaction-surveys"),
        ["POST /api/v1/satisfaction-surveys"] = Post(Subject.Agency, Admins, _ => $"{V}/satisfaction-surveys", r => new { unitId = r.Unit, title = "SKM Matriks", periodStart = "2026-01-01", periodEnd = "2026-06-30", respondentCount = 120, elementAverages = new[] { 3.2, 3.1, 3.4, 3.0, 3.3, 3.5, 3.2, 3.1, 3.6 } }) with { TargetInBody = true },
        ["GET /api/v1/satisfaction-surveys/comparison"] = Get(Subject.Agency, Staff, r => $"{V}/satisfaction-surveys/comparison?unitId={r.Unit}&sessionId={r.CompletedSession}"),
        ["GET /api/v1/satisfaction-surveys/{id}"] = Get(Subject.Agency, Staff, r => $"{V}/satisfaction-surveys/{r.Survey}"),
        ["GET /api/v1/exports/scores"] = Get(Subject.None, Readers, _ => $"{V}/exports/scores?format=csv"),
        ["GET /api/v1/exports/gaps"] = Get(Subject.None, Readers, _ => $"{V}/exports/gaps?format=csv"),
        ["GET /api/v1/exports/learning-hours"] = Get(Subject.None, Readers, _ => $"{V}/exports/learning-hours?format=csv"),
    };

    public static IEnumerable<Target> TargetsOf(Subject subject) => subject switch
    {
        Subject.None => [Target.Own],
        Subject.Agency => [Target.Own, Target.OtherAgency],
        _ => [Target.Own, Target.Colleague, Target.OtherAgency],
    };

    /// <summary>
    /// The rule of the matrix: a role not in the operation's list is denied; national users reach
    /// every agency; an agency's users only their own; an employee only their own personal data;
    /// an integrator's token reads as an analyst of its agency and never writes.
    /// </summary>
    public static Outcome Expected(Rule rule, MatrixActor actor, Target target)
    {
        if (rule.Public)
        {
            return Outcome.Allowed;
        }

        if (actor.Role is not { } role)
        {
            return rule.TokenOptional ? Outcome.Denied : Outcome.SignInRequired;
        }

        var allowed = rule.Roles.Contains(role)
            && !(actor.IsIntegrator && rule.IsWrite)
            && (actor.IsNational || target != Target.OtherAgency)
            && !(role == Employee && rule.Subject == Subject.Personal && target == Target.Colleague);
        return allowed ? Outcome.Allowed : Outcome.Denied;
    }

    private static object AssessmentBody(MatrixResources r, string method) =>
        new { employeeId = r.Employee, competencyId = r.NationalCompetency, level = 3, method, assessedOn = "2026-02-01", assessorName = "Penilai" };

    private static object PlanItemBody(MatrixResources r) =>
        new { competencyId = r.NationalCompetency, unitId = r.Unit, participantCount = 3, plannedJp = 20, plannedCost = 1_500_000, plannedQuarter = 3 };

    private static Rule Get(Subject subject, UserRole[] roles, Func<MatrixResources, string> path) =>
        new(subject, roles, IsWrite: false, c => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, path(c.Resources))));

    private static Rule Post(Subject subject, UserRole[] roles, Func<MatrixResources, string> path, Func<MatrixResources, object>? body = null) =>
        Send(HttpMethod.Post, subject, roles, path, body);

    private static Rule Put(Subject subject, UserRole[] roles, Func<MatrixResources, string> path, Func<MatrixResources, object> body) =>
        Send(HttpMethod.Put, subject, roles, path, body);

    private static Rule Send(HttpMethod method, Subject subject, UserRole[] roles, Func<MatrixResources, string> path, Func<MatrixResources, object>? body) =>
        new(subject, roles, IsWrite: true, c => Task.FromResult(Request(method, path(c.Resources), body is null ? null : Json.Body(body(c.Resources)))));

    /// <summary>A call on a resource made for it (by the system administrator), for operations that use their target up.</summary>
    private static Rule Fresh(Subject subject, UserRole[] roles, HttpMethod method, Func<Call, Task<string>> path, Func<Call, HttpContent>? content = null) =>
        new(subject, roles, IsWrite: true, async c => Request(method, await path(c), content?.Invoke(c)));

    private static Rule Fresh(Subject subject, UserRole[] roles, HttpMethod method, Func<Call, Task<string>> path, Func<MatrixResources, object> body) =>
        Fresh(subject, roles, method, path, c => Json.Body(body(c.Resources)));

    /// <summary>PUT of what the system administrator reads at the same address: a valid change that changes nothing.</summary>
    private static Rule Echo(Subject subject, UserRole[] roles, Func<MatrixResources, string> path, Action<JsonObject, MatrixResources>? amend = null) =>
        new(subject, roles, IsWrite: true, async c =>
        {
            var url = path(c.Resources);
            var current = JsonNode.Parse(await c.World.SystemAdmin.GetStringAsync(url))!.AsObject();
            amend?.Invoke(current, c.Resources);
            return Request(HttpMethod.Put, url, new StringContent(current.ToJsonString(), Encoding.UTF8, "application/json"));
        });

    private static Rule CaseGet(Func<MatrixResources, string> path) =>
        Get(Subject.Agency, Anyone, r => $"{Case}/{path(r)}") with { TokenOptional = true };

    private static Rule Upload(UserRole[] roles, string path, string csv) =>
        new(Subject.None, roles, IsWrite: true, _ => Task.FromResult(Request(HttpMethod.Post, path, CsvForm(csv))));

    /// <summary>A dry run of a framework import into the target's agency, named in the query: out of scope it is "There is no …" on ownerAgencyId.</summary>
    private static Rule Import(Func<MatrixResources, string> path) =>
        new(Subject.Agency, Admins, IsWrite: true, c => Task.FromResult(Request(HttpMethod.Post, path(c.Resources), CsvForm(MoodleFramework))), TargetInBody: true);

    private const string MoodleFramework =
        "Parent id number,Id number,Shortname,Description,Description format,Scale values,Scale configuration,Rule type,Rule outcome,Rule config,Cross referenced competency id numbers,Exported id,Is framework,Taxonomy\r\n" +
        ",MATRIKS,Kerangka Matriks,,1,\"Dasar,Mahir\",\"[{\"\"scaleid\"\":\"\"1\"\"},{\"\"id\"\":1,\"\"scaledefault\"\":1,\"\"proficient\"\":1},{\"\"id\"\":2,\"\"scaledefault\"\":0,\"\"proficient\"\":1}]\",,,,,,1,competency\r\n" +
        ",MATRIKS.1,Kompetensi Matriks,,1,,,,,,,,,\r\n";

    private static MultipartFormDataContent CsvForm(string csv)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "matriks.csv");
        return form;
    }

    private static HttpRequestMessage Request(HttpMethod method, string url, HttpContent? content) => new(method, url) { Content = content };
}
