using System.Net;
using System.Text.Json;
using AsnCompetency.Api.IntegrationTests.Training;
using AsnCompetency.Testing;

namespace AsnCompetency.Api.IntegrationTests.Security;

/// <summary>
/// The audit log read back: a SystemAdmin sees every line, an agency's admin what its users did
/// and what anyone did to its data, nobody else anything; filters narrow it; lines cannot change.
/// </summary>
public sealed class AuditLogTests : ApiTestBase
{
    private const string AuditLog = "/api/v1/audit-log";

    [Test]
    public async Task AuditLog_SystemAdminSeesAllAndAgencyAdminOnlyItsOwn()
    {
        using var anonymous = Environment.CreateAnonymousClient();
        await anonymous.PostJsonAsync("/api/v1/auth/token", new { userName = "admin.medan", password = "wrong-password" });
        await anonymous.PostJsonAsync("/api/v1/auth/token", new { userName = "nobody.here", password = "wrong-password" });
        using var kalianda = await SignInAsync("admin.kalianda");
        using var medan = await SignInAsync("admin.medan");
        using var sysadmin = await SignInAsync("sysadmin");

        var all = (await sysadmin.GetJsonAsync($"{AuditLog}?action=SignInFailed")).PageItems();
        all.Select(l => l.GetProperty("target").GetString()).ShouldBe(["nobody.here", "admin.medan"], ignoreOrder: true);

        var medanLines = (await medan.GetJsonAsync($"{AuditLog}?action=SignInFailed")).PageItems();
        var failure = medanLines.ShouldHaveSingleItem();
        failure.GetProperty("target").GetString().ShouldBe("admin.medan");
        failure.GetProperty("userName").GetString().ShouldBe("admin.medan");
        failure.GetProperty("detail").GetProperty("reason").GetString().ShouldBe("WrongPassword");
        (await kalianda.GetJsonAsync($"{AuditLog}?action=SignInFailed")).PageItems().ShouldBeEmpty();
        (await kalianda.GetJsonAsync($"{AuditLog}?action=SignIn")).PageItems().ShouldAllBe(l => l.GetProperty("userName").GetString() == "admin.kalianda");
    }

    [Test]
    public async Task AuditLog_ExportOfAnAgencysDataByANationalUser_IsSeenByThatAgencysAdmin()
    {
        using var kalianda = await SignInAsync("admin.kalianda");
        var lamsel = await kalianda.AgencyIdAsync();
        using var national = await SignInAsync("analis.nasional");
        (await national.GetAsync($"/api/v1/exports/learning-hours?agencyId={lamsel}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var line = (await kalianda.GetJsonAsync($"{AuditLog}?action=Export")).PageItems().ShouldHaveSingleItem();
        line.GetProperty("userName").GetString().ShouldBe("analis.nasional");
        line.GetProperty("agencyId").ValueKind.ShouldBe(JsonValueKind.Null);
        line.GetProperty("subjectAgencyId").GetGuid().ShouldBe(lamsel);
        line.GetProperty("target").GetString().ShouldBe("learning-hours");
        using var medan = await SignInAsync("admin.medan");
        (await medan.GetJsonAsync($"{AuditLog}?action=Export")).PageItems().ShouldBeEmpty();
    }

    [Test]
    public async Task AuditLog_FiltersByUserAndTime()
    {
        using var sysadmin = await SignInAsync("sysadmin");
        using var kalianda = await SignInAsync("admin.kalianda");
        var kaliandaId = (await kalianda.GetJsonAsync("/api/v1/me")).GetProperty("id").GetGuid();

        (await sysadmin.GetJsonAsync($"{AuditLog}?userId={kaliandaId}")).PageItems().ShouldAllBe(l => l.GetProperty("userId").GetGuid() == kaliandaId);
        (await sysadmin.GetJsonAsync($"{AuditLog}?userId={kaliandaId}")).PageItems().ShouldNotBeEmpty();
        var future = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(1).ToString("O"));
        (await sysadmin.GetJsonAsync($"{AuditLog}?from={future}")).PageItems().ShouldBeEmpty();
        await (await sysadmin.GetAsync($"{AuditLog}?from={future}&to=2020-01-01T00:00:00Z")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "to");
        await (await sysadmin.GetAsync($"{AuditLog}?pageSize=501")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "pageSize");
    }

    [TestCase("analis.kalianda")]
    [TestCase("analis.nasional")]
    [TestCase("asesor.kalianda")]
    [TestCase("pegawai.kalianda")]
    public async Task AuditLog_OtherRoles_AreRefused(string userName)
    {
        using var client = await SignInAsync(userName);

        await (await client.GetAsync(AuditLog)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task AuditLog_LinesCannotBeChangedOrDeleted()
    {
        using var sysadmin = await SignInAsync("sysadmin");

        await Should.ThrowAsync<Npgsql.PostgresException>(() => Environment.ScalarAsync<long>("update audit_events set action = 'Nothing'"));
        await Should.ThrowAsync<Npgsql.PostgresException>(() => Environment.ScalarAsync<long>("delete from audit_events"));
        (await Environment.ScalarAsync<long>("select count(*) from audit_events where action = 'SignIn'")).ShouldBe(1);
    }
}
