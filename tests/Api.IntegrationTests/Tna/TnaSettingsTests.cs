using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.OrganisationBuilder;
using static AsnCompetency.Api.IntegrationTests.Tna.TnaBuilder;

namespace AsnCompetency.Api.IntegrationTests.Tna;

/// <summary>An agency follows the national training-needs rules until its admin changes them, which gives it its own copy.</summary>
public sealed class TnaSettingsTests : ApiTestBase
{
    [Test]
    public async Task GetTnaSettings_AgencyWithoutItsOwn_ReturnsTheNationalDefaults()
    {
        using var admin = await SignInAsync("admin.medan");
        var medan = await AgencyIdAsync("MEDAN");

        var response = await admin.GetAsync(Settings);

        var settings = await response.ShouldBeOkAsync<JsonElement>();
        settings.OptionalGuid("agencyId").ShouldBe(medan);
        settings.GetProperty("isNationalDefault").GetBoolean().ShouldBeTrue();
        settings.GetProperty("currentLevelRule").GetString().ShouldBe("MethodPriorityFirst");
        settings.Array("methodPriority").Select(m => m.GetString()).ShouldBe(["AssessmentCentre", "PostTraining", "Test", "Supervisor", "Peer", "Self"]);
        settings.OptionalInt("validityMonths").ShouldBe(36);
        settings.GetProperty("jpmOptimalThreshold").GetDecimal().ShouldBe(90m);
        settings.GetProperty("jpmAdequateThreshold").GetDecimal().ShouldBe(78m);
        settings.GetProperty("jpmCategoryVariant").GetString().ShouldBe("Uncapped");
        settings.GetProperty("gapWeight").GetDecimal().ShouldBe(0.4m);
        settings.GetProperty("criticalityWeight").GetDecimal().ShouldBe(0.2m);
        settings.GetProperty("peopleWeight").GetDecimal().ShouldBe(0.3m);
        settings.GetProperty("recencyWeight").GetDecimal().ShouldBe(0.1m);
        settings.GetProperty("recencyHorizonMonths").GetInt32().ShouldBe(36);
        settings.GetProperty("minAnnualJpPns").GetInt32().ShouldBe(20);
        settings.GetProperty("maxAnnualJpPppk").GetInt32().ShouldBe(24);
        settings.GetProperty("eTag").GetString().ShouldBe(response.ETagOf());
        (await Environment.ScalarAsync<long>($"select count(*) from tna_settings where agency_id = '{medan}'")).ShouldBe(0);
    }

    [Test]
    public async Task UpdateTnaSettings_ByAgencyAdmin_CreatesTheAgencysOwnAndLeavesOthersOnTheDefaults()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var lamsel = await admin.AgencyIdAsync();

        var response = await admin.ChangeSettingsAsync(settings =>
        {
            settings["currentLevelRule"] = "NewestFirst";
            settings["validityMonths"] = 24;
            settings["peopleWeight"] = 0.5m;
        });

        var updated = await response.ShouldBeOkAsync<JsonElement>();
        updated.GetProperty("isNationalDefault").GetBoolean().ShouldBeFalse();
        updated.OptionalGuid("agencyId").ShouldBe(lamsel);
        updated.GetProperty("eTag").GetString().ShouldBe(response.ETagOf());
        var read = await admin.GetJsonAsync(Settings);
        read.GetProperty("isNationalDefault").GetBoolean().ShouldBeFalse();
        read.GetProperty("currentLevelRule").GetString().ShouldBe("NewestFirst");
        read.OptionalInt("validityMonths").ShouldBe(24);
        read.GetProperty("peopleWeight").GetDecimal().ShouldBe(0.5m);
        read.GetProperty("gapWeight").GetDecimal().ShouldBe(0.4m);
        (await Environment.ScalarAsync<long>($"select count(*) from tna_settings where agency_id = '{lamsel}'")).ShouldBe(1);

        using var medan = await SignInAsync("admin.medan");
        var others = await medan.GetJsonAsync(Settings);
        others.GetProperty("isNationalDefault").GetBoolean().ShouldBeTrue();
        others.GetProperty("currentLevelRule").GetString().ShouldBe("MethodPriorityFirst");
        using var sysadmin = await SignInAsync("sysadmin");
        var national = await sysadmin.GetJsonAsync(Settings);
        national.GetProperty("isNationalDefault").GetBoolean().ShouldBeTrue();
        national.OptionalGuid("agencyId").ShouldBeNull();
        national.OptionalInt("validityMonths").ShouldBe(36);
    }

    [Test]
    public async Task UpdateTnaSettings_StaleIfMatch_Returns412AndKeepsTheFirstChange()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var (body, etag) = await admin.ReadSettingsAsync();
        body["validityMonths"] = 24;
        await (await admin.SendWithIfMatchAsync(HttpMethod.Put, Settings, etag, body)).ShouldBeOkAsync<JsonElement>();
        var (second, current) = await admin.ReadSettingsAsync();
        second["validityMonths"] = 12;
        await (await admin.SendWithIfMatchAsync(HttpMethod.Put, Settings, current, second)).ShouldBeOkAsync<JsonElement>();

        var stale = JsonNode.Parse(second.ToJsonString())!.AsObject();
        stale["validityMonths"] = 60;
        var response = await admin.SendWithIfMatchAsync(HttpMethod.Put, Settings, current, stale);

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await admin.GetJsonAsync(Settings)).OptionalInt("validityMonths").ShouldBe(12);
    }

    [Test]
    public async Task UpdateTnaSettings_StaleNationalETagForAnAgencyStillOnTheDefaults_Returns412()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var (body, etag) = await admin.ReadSettingsAsync();
        using (var sysadmin = await SignInAsync("sysadmin"))
        {
            await sysadmin.UpdateSettingsAsync(national => national["recencyHorizonMonths"] = 24);
        }

        body["validityMonths"] = 24;
        var response = await admin.SendWithIfMatchAsync(HttpMethod.Put, Settings, etag, body);

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await admin.GetJsonAsync(Settings)).GetProperty("isNationalDefault").GetBoolean().ShouldBeTrue();
    }

    [Test]
    public async Task UpdateTnaSettings_MethodPriorityMissingAMethod_Returns400NamingMethodPriority()
    {
        using var admin = await SignInAsync("admin.kalianda");

        var response = await admin.ChangeSettingsAsync(settings =>
            settings["methodPriority"] = new JsonArray("AssessmentCentre", "PostTraining", "Test", "Supervisor", "Peer"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "methodPriority");
        (await admin.GetJsonAsync(Settings)).GetProperty("isNationalDefault").GetBoolean().ShouldBeTrue();
    }

    [Test]
    public async Task UpdateTnaSettings_MethodListedTwice_Returns400NamingMethodPriority()
    {
        using var admin = await SignInAsync("admin.kalianda");

        var response = await admin.ChangeSettingsAsync(settings =>
            settings["methodPriority"] = new JsonArray("AssessmentCentre", "PostTraining", "Test", "Supervisor", "Peer", "Peer"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "methodPriority");
    }

    [TestCase(90)]
    [TestCase(95)]
    public async Task UpdateTnaSettings_AdequateThresholdNotBelowOptimal_Returns400NamingJpmAdequateThreshold(decimal adequate)
    {
        using var admin = await SignInAsync("admin.kalianda");

        var response = await admin.ChangeSettingsAsync(settings => settings["jpmAdequateThreshold"] = adequate);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "jpmAdequateThreshold");
        (await admin.GetJsonAsync(Settings)).GetProperty("jpmAdequateThreshold").GetDecimal().ShouldBe(78m);
    }

    [Test]
    public async Task UpdateTnaSettings_AdequateThresholdZero_Returns400NamingJpmAdequateThreshold()
    {
        using var admin = await SignInAsync("admin.kalianda");

        var response = await admin.ChangeSettingsAsync(settings => settings["jpmAdequateThreshold"] = 0m);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "jpmAdequateThreshold");
    }

    [Test]
    public async Task UpdateTnaSettings_WithTheETagOfThePreviousAnswer_Succeeds()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var (body, etag) = await admin.ReadSettingsAsync();
        body["validityMonths"] = 24;
        var first = await admin.SendWithIfMatchAsync(HttpMethod.Put, Settings, etag, body);
        await first.ShouldBeOkAsync<JsonElement>();
        body["validityMonths"] = 12;

        var second = await admin.SendWithIfMatchAsync(HttpMethod.Put, Settings, first.ETagOf(), body);

        (await second.ShouldBeOkAsync<JsonElement>()).OptionalInt("validityMonths").ShouldBe(12);
        second.ETagOf().ShouldNotBe(first.ETagOf());
    }

    [Test]
    public async Task UpdateTnaSettings_AsAnalyst_Returns403()
    {
        using var analyst = await SignInAsync("analis.kalianda");

        var response = await analyst.ChangeSettingsAsync(settings => settings["validityMonths"] = 12);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await Environment.ScalarAsync<long>("select count(*) from tna_settings where agency_id is not null")).ShouldBe(0);
    }

    [Test]
    public async Task UpdateTnaSettings_AgencyAdminNamingAnotherAgency_Returns403()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var medan = await AgencyIdAsync("MEDAN");

        var response = await admin.ChangeSettingsAsync(settings => settings["agencyId"] = medan);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await Environment.ScalarAsync<long>("select count(*) from tna_settings where agency_id is not null")).ShouldBe(0);
    }
}
