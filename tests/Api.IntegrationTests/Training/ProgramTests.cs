using System.Net;
using System.Text.Json;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.OrganisationBuilder;
using static AsnCompetency.Api.IntegrationTests.Training.TrainingBuilder;

namespace AsnCompetency.Api.IntegrationTests.Training;

/// <summary>
/// Programmes: national (SystemAdmin) or an agency's own, with form, provider, targets, and JP
/// stated or taken from the conversion table for non-classroom forms.
/// </summary>
public sealed class ProgramTests : ApiTestBase
{
    [Test]
    public async Task Create_ClassroomProgrammeWithTargets_Returns201WithETagLocationAndStatedJp()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var (_, national) = await admin.NationalStandardAsync();

        var response = await admin.PostJsonAsync(Programs, ProgramBody("teknis-01", jp: 32, targets: [(national["M.02"], 4), (national["M.01"], 3)]));

        var program = await response.ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe(Program(program.Id()));
        program.GetProperty("eTag").GetString().ShouldBe(response.ETagOf());
        program.GetProperty("code").GetString().ShouldBe("TEKNIS-01");
        program.GetProperty("agencyId").GetGuid().ShouldBe(await admin.AgencyIdAsync());
        program.GetProperty("form").GetString().ShouldBe("Technical");
        program.GetProperty("category").GetString().ShouldBe("Classroom");
        program.GetProperty("jp").GetInt32().ShouldBe(32);
        program.GetProperty("jpSource").GetString().ShouldBe("Stated");
        program.GetProperty("isActive").GetBoolean().ShouldBeTrue();
        program.GetProperty("provider").GetProperty("name").GetString().ShouldBe("BPSDM Provinsi");
        program.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("code").GetString()).ShouldBe(["M.01", "M.02"]);
        var read = await admin.GetAsync(Program(program.Id()));
        read.ETagOf().ShouldBe(response.ETagOf());
        (await admin.GetJsonAsync($"{Programs}?competencyId={national["M.02"]}")).Values("code").ShouldBe(["TEKNIS-01"]);
        (await admin.GetJsonAsync($"{Programs}?competencyId={national["M.03"]}")).GetProperty("totalCount").GetInt32().ShouldBe(0);
    }

    [TestCase("Coaching", 2)]
    [TestCase("Mentoring", 2)]
    [TestCase("Benchmarking", 10)]
    [TestCase("Internship", 20)]
    public async Task Create_NonClassroomFormWithoutJp_TakesTheConversionTable(string form, int jp)
    {
        using var admin = await SignInAsync("admin.kalianda");

        var program = await admin.CreateProgramAsync("NONKLASIKAL", form, jp: null);

        program.GetProperty("jp").GetInt32().ShouldBe(jp);
        program.GetProperty("jpSource").GetString().ShouldBe("Conversion");
        program.GetProperty("category").GetString().ShouldBe("NonClassroom");
    }

    [Test]
    public async Task Create_AgencyConversionTable_GivesTheAgencysRate()
    {
        using var admin = await SignInAsync("admin.kalianda");
        await admin.SetTrainingRulesAsync(conversions: [("Coaching", 4), ("SelfStudy", 3)]);

        (await admin.CreateProgramAsync("COACHING", "Coaching", jp: null)).GetProperty("jp").GetInt32().ShouldBe(4);
        (await admin.CreateProgramAsync("MANDIRI", "SelfStudy", jp: null)).GetProperty("jp").GetInt32().ShouldBe(3);
        await (await admin.PostJsonAsync(Programs, ProgramBody("MAGANG", "Internship", jp: null))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "jp");
    }

    [TestCase("Technical")]
    [TestCase("LeadershipPka")]
    [TestCase("FormalEducation")]
    public async Task Create_ClassroomOrEducationWithoutJp_Returns400NamingJp(string form)
    {
        using var admin = await SignInAsync("admin.kalianda");

        var response = await admin.PostJsonAsync(Programs, ProgramBody("TANPA-JP", form, jp: null));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "jp");
        (await admin.GetJsonAsync(Programs)).GetProperty("totalCount").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task Create_NonClassroomFormWithoutARate_Returns400NamingJp()
    {
        using var admin = await SignInAsync("admin.kalianda");

        await (await admin.PostJsonAsync(Programs, ProgramBody("ELEARN", "ELearning", jp: null))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "jp");
        (await admin.CreateProgramAsync("ELEARN", "ELearning", jp: 6)).GetProperty("jpSource").GetString().ShouldBe("Stated");
    }

    [Test]
    public async Task Create_DuplicateCodeInTheSameOwner_Returns409NamingCode()
    {
        using var admin = await SignInAsync("admin.kalianda");
        using var alak = await SignInAsync("admin.alak");
        using var sysadmin = await SignInAsync("sysadmin");
        await admin.CreateProgramAsync("TEKNIS-01");

        await (await admin.PostJsonAsync(Programs, ProgramBody(" teknis-01 "))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "code");

        await alak.CreateProgramAsync("TEKNIS-01");
        await sysadmin.CreateProgramAsync("TEKNIS-01");
        await (await sysadmin.PostJsonAsync(Programs, ProgramBody("TEKNIS-01"))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "code");
    }

    [Test]
    public async Task Create_InvalidFields_Return400NamingTheField()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var (_, national) = await admin.NationalStandardAsync();

        await (await admin.PostJsonAsync(Programs, ProgramBody("X", title: " "))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "title");
        await (await admin.PostJsonAsync(Programs, ProgramBody("X", jp: -1))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "jp");
        await (await admin.PostJsonAsync(Programs, ProgramBody("X", costPerParticipant: -1m))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "costPerParticipant");
        await (await admin.PostJsonAsync(Programs, ProgramBody("X", targets: [(national["M.01"], 6)]))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "targets[0].targetLevel");
        await (await admin.PostJsonAsync(Programs, ProgramBody("X", targets: [(national["M"], 3)]))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "targets[0].competencyId");
        await (await admin.PostJsonAsync(Programs, ProgramBody("X", targets: [(national["M.01"], 3), (Guid.NewGuid(), 3)]))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "targets[1].competencyId");
        await (await admin.PostJsonAsync(Programs, ProgramBody("X", targets: [(national["M.01"], 3), (national["M.01"], 4)]))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "targets");
        await (await admin.PostJsonAsync(Programs, new { code = "X", title = "Kerja sama", form = "Technical", jp = 8, agreementValidFrom = "2026-01-01" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "agreementNumber");
        await (await admin.PostJsonAsync(Programs, new { code = "X", title = "Kerja sama", form = "Technical", jp = 8, agreementNumber = "PKS-1", agreementValidFrom = "2026-06-01", agreementValidUntil = "2026-01-01" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "agreementValidUntil");
        await (await admin.PostJsonAsync(Programs, new { code = "X", title = "Bentuk", form = "Karaoke", jp = 8 })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await admin.GetJsonAsync(Programs)).GetProperty("totalCount").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task Create_WithAgreement_ReportsWhetherItIsInForce()
    {
        using var admin = await SignInAsync("admin.kalianda");

        var program = await (await admin.PostJsonAsync(Programs, new
        {
            code = "PKS-UNILA",
            title = "Pelatihan bersama Unila",
            form = "Technical",
            jp = 16,
            providerName = "Universitas Lampung",
            agreementNumber = "PKS/001/2020",
            agreementValidFrom = "2020-01-01",
            agreementValidUntil = "2021-12-31",
        })).ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);

        var provider = program.GetProperty("provider");
        provider.GetProperty("agreementNumber").GetString().ShouldBe("PKS/001/2020");
        provider.GetProperty("agreementInForce").GetBoolean().ShouldBeFalse();
    }

    [Test]
    public async Task Create_ByAgencyAdminWithoutAgency_IsTheirAgencysProgramme()
    {
        using var admin = await SignInAsync("admin.kalianda");

        var program = await admin.CreateProgramAsync("SENDIRI");

        program.GetProperty("agencyId").GetGuid().ShouldBe(await admin.AgencyIdAsync());
        (await admin.GetJsonAsync($"{Programs}?nationalOnly=true")).GetProperty("totalCount").GetInt32().ShouldBe(0);
        using var alak = await SignInAsync("admin.alak");
        await (await alak.GetAsync(Program(program.Id()))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Create_ByAgencyAdminForAnotherAgency_Returns403()
    {
        using var admin = await SignInAsync("admin.kalianda");

        var response = await admin.PostJsonAsync(Programs, ProgramBody("ORANG-LAIN", agencyId: await AgencyIdAsync("KUPANG-ALAK")));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Create_BySysadminWithoutAgency_IsNationalAndSeenByEveryAgency()
    {
        using var sysadmin = await SignInAsync("sysadmin");

        var program = await sysadmin.CreateProgramAsync("NASIONAL-01");

        program.GetProperty("agencyId").ValueKind.ShouldBe(JsonValueKind.Null);
        foreach (var user in new[] { "admin.kalianda", "admin.alak", "analis.kalianda", "pegawai.kalianda", "asesor.kalianda" })
        {
            using var client = await SignInAsync(user);
            (await client.GetJsonAsync(Program(program.Id()))).GetProperty("code").GetString().ShouldBe("NASIONAL-01");
            (await client.GetJsonAsync($"{Programs}?nationalOnly=true")).Values("code").ShouldBe(["NASIONAL-01"]);
        }
    }

    [TestCase("analis.kalianda")]
    [TestCase("asesor.kalianda")]
    [TestCase("pegawai.kalianda")]
    [TestCase("analis.nasional")]
    public async Task Create_AsNonAdmin_Returns403(string user)
    {
        using var client = await SignInAsync(user);

        await (await client.PostJsonAsync(Programs, ProgramBody("TIDAK-BOLEH"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Update_ReplacesDetailsAndTargetsButNotCodeOrOwner()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var (_, national) = await admin.NationalStandardAsync();
        var created = await admin.PostJsonAsync(Programs, ProgramBody("TEKNIS-01", targets: [(national["M.01"], 3), (national["M.02"], 3)]));
        var program = await created.ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);

        var response = await admin.SendWithIfMatchAsync(HttpMethod.Put, Program(program.Id()), created.ETagOf(), new
        {
            code = "DIABAIKAN",
            title = "Pelatihan Coaching",
            form = "Coaching",
            deliveryMode = "Online",
            costPerParticipant = 0m,
            targets = new[] { new { competencyId = national["M.03"], targetLevel = 2 } },
        });

        var updated = await response.ShouldBeOkAsync<JsonElement>();
        response.ETagOf().ShouldNotBe(created.ETagOf());
        updated.GetProperty("code").GetString().ShouldBe("TEKNIS-01");
        updated.GetProperty("title").GetString().ShouldBe("Pelatihan Coaching");
        updated.GetProperty("deliveryMode").GetString().ShouldBe("Online");
        updated.GetProperty("jp").GetInt32().ShouldBe(2);
        updated.GetProperty("jpSource").GetString().ShouldBe("Conversion");
        updated.GetProperty("provider").GetProperty("name").ValueKind.ShouldBe(JsonValueKind.Null);
        updated.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("code").GetString()).ShouldBe(["M.03"]);
        await (await admin.SendWithIfMatchAsync(HttpMethod.Put, Program(program.Id()), response.ETagOf(), new { title = "Kelas", form = "Technical" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "jp");
    }

    [Test]
    public async Task Update_StaleIfMatch_Returns412AndKeepsTheProgramme()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var created = await admin.PostJsonAsync(Programs, ProgramBody("TEKNIS-01"));
        var program = (await created.ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created)).Id();
        await (await admin.SendWithIfMatchAsync(HttpMethod.Put, Program(program), created.ETagOf(), new { title = "Perubahan pertama", form = "Technical", jp = 24 }))
            .ShouldBeOkAsync<JsonElement>();

        var response = await admin.SendWithIfMatchAsync(HttpMethod.Put, Program(program), created.ETagOf(), new { title = "Perubahan kedua", form = "Technical", jp = 8 });

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        var saved = await admin.GetJsonAsync(Program(program));
        saved.GetProperty("title").GetString().ShouldBe("Perubahan pertama");
        saved.GetProperty("jp").GetInt32().ShouldBe(24);
        await (await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{Program(program)}/deactivate", created.ETagOf())).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Test]
    public async Task ChangeNationalProgramme_ByAgencyAdmin_Returns403AndBySysadminSucceeds()
    {
        using var sysadmin = await SignInAsync("sysadmin");
        using var admin = await SignInAsync("admin.kalianda");
        var program = (await sysadmin.CreateProgramAsync("NASIONAL-01")).Id();
        var body = new { title = "Diubah agensi", form = "Technical", jp = 8 };

        await (await admin.SendWithIfMatchAsync(HttpMethod.Put, Program(program), null, body)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.PostAsync($"{Program(program)}/deactivate", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.PostAsync($"{Program(program)}/activate", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await admin.GetJsonAsync(Program(program))).GetProperty("title").GetString().ShouldBe("Pelatihan Teknis");

        (await (await sysadmin.SendWithIfMatchAsync(HttpMethod.Put, Program(program), null, body)).ShouldBeOkAsync<JsonElement>())
            .GetProperty("title").GetString().ShouldBe("Diubah agensi");
    }

    [Test]
    public async Task Deactivate_ProgrammeRefusesNewSessionsUntilActivatedAgain()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var program = (await admin.CreateProgramAsync("TEKNIS-01")).Id();

        var deactivated = await (await admin.PostAsync($"{Program(program)}/deactivate", null)).ShouldBeOkAsync<JsonElement>();

        deactivated.GetProperty("isActive").GetBoolean().ShouldBeFalse();
        (await admin.GetJsonAsync($"{Programs}?isActive=false")).Values("code").ShouldBe(["TEKNIS-01"]);
        (await admin.GetJsonAsync($"{Programs}?isActive=true")).GetProperty("totalCount").GetInt32().ShouldBe(0);
        await (await admin.PostJsonAsync(Sessions, SessionBody(program, "ANGKATAN-1"))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "programId");

        (await (await admin.PostAsync($"{Program(program)}/activate", null)).ShouldBeOkAsync<JsonElement>()).GetProperty("isActive").GetBoolean().ShouldBeTrue();
        await admin.CreateSessionAsync(program, "ANGKATAN-1");
    }

    [Test]
    public async Task List_FiltersBySearchFormCategoryAndOwner()
    {
        using var sysadmin = await SignInAsync("sysadmin");
        using var admin = await SignInAsync("admin.kalianda");
        using var alak = await SignInAsync("admin.alak");
        await sysadmin.CreateProgramAsync("NAS-KEPEMIMPINAN", "LeadershipPka", jp: 120);
        await sysadmin.CreateProgramAsync("NAS-COACHING", "Coaching", jp: null);
        await admin.CreateProgramAsync("LAMSEL-TEKNIS");
        await alak.CreateProgramAsync("ALAK-TEKNIS");
        var lamsel = await admin.AgencyIdAsync();

        (await admin.GetJsonAsync(Programs)).Values("code").ShouldBe(["LAMSEL-TEKNIS", "NAS-COACHING", "NAS-KEPEMIMPINAN"]);
        (await admin.GetJsonAsync($"{Programs}?search=lamsel")).Values("code").ShouldBe(["LAMSEL-TEKNIS"]);
        (await admin.GetJsonAsync($"{Programs}?form=Coaching")).Values("code").ShouldBe(["NAS-COACHING"]);
        (await admin.GetJsonAsync($"{Programs}?category=NonClassroom")).Values("code").ShouldBe(["NAS-COACHING"]);
        (await admin.GetJsonAsync($"{Programs}?category=Classroom")).Values("code").ShouldBe(["LAMSEL-TEKNIS", "NAS-KEPEMIMPINAN"]);
        (await admin.GetJsonAsync($"{Programs}?agencyId={lamsel}")).Values("code").ShouldBe(["LAMSEL-TEKNIS"]);
        (await admin.GetJsonAsync($"{Programs}?nationalOnly=true")).Values("code").ShouldBe(["NAS-COACHING", "NAS-KEPEMIMPINAN"]);
        (await sysadmin.GetJsonAsync(Programs)).GetProperty("totalCount").GetInt32().ShouldBe(4);
        await (await admin.GetAsync($"{Programs}?form=Karaoke")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}
