using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.Interchange.InterchangeScenario;

namespace AsnCompetency.Api.IntegrationTests.Interchange;

/// <summary>CASE packages into new draft frameworks: round trips, foreign packages, bad files and who may import.</summary>
public sealed partial class CaseImportTests : ApiTestBase
{
    [Test]
    public async Task ExportImportExport_OfOurOwnFramework_IsLossless()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var original = await CreateFullFrameworkAsync(admin, "DIGI-CASE", await admin.AgencyIdAsync());
        var first = await ExportAsync(admin, original);
        (await admin.DeleteAsync($"{ApiClientExtensions.Frameworks}/{original}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var imported = await (await ImportAsync(admin, first, "case")).ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);

        var report = imported.GetProperty("report");
        report.GetProperty("skippedCount").GetInt32().ShouldBe(0);
        report.GetProperty("adjustedCount").GetInt32().ShouldBe(0);
        report.GetProperty("mapped").GetProperty("competencies").GetInt32().ShouldBe(5);
        report.GetProperty("mapped").GetProperty("groups").GetInt32().ShouldBe(3);
        report.GetProperty("mapped").GetProperty("levelDescriptions").GetInt32().ShouldBe(20);
        report.GetProperty("mapped").GetProperty("relatedLinks").GetInt32().ShouldBe(2);
        var framework = imported.GetProperty("framework");
        framework.GetProperty("status").GetString().ShouldBe("Draft");
        framework.GetProperty("code").GetString().ShouldBe("DIGI-CASE");
        var second = await ExportAsync(admin, framework.GetProperty("id").GetGuid());
        Normalise(second).ShouldBe(Normalise(first));
    }

    [Test]
    public async Task ExportImportExport_OfTheNationalStandard_KeepsItemsTreeAndRubric()
    {
        using var sysadmin = await SignInAsync("sysadmin");
        var first = await ExportAsync(sysadmin, await NationalStandardIdAsync(sysadmin));

        var imported = await (await ImportAsync(sysadmin, first, "case", "&code=PERMENPANRB-COPY")).ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);

        imported.GetProperty("report").GetProperty("skippedCount").GetInt32().ShouldBe(0);
        var second = await ExportAsync(sysadmin, imported.GetProperty("framework").GetProperty("id").GetGuid());
        var (a, b) = (JsonDocument.Parse(first).RootElement, JsonDocument.Parse(second).RootElement);
        foreach (var part in new[] { "CFItems", "CFAssociations", "CFRubrics" })
        {
            Normalise(b.GetProperty(part).GetRawText()).ShouldBe(Normalise(a.GetProperty(part).GetRawText()));
        }

        var tree = await sysadmin.GetJsonAsync($"{ApiClientExtensions.Frameworks}/{imported.GetProperty("framework").GetProperty("id").GetGuid()}/competencies");
        Flatten(tree.GetProperty("items")).Single(i => i.GetProperty("code").GetString() == "SK.01").GetProperty("groupKind").GetString().ShouldBe("SosialKultural");
    }

    [Test]
    public async Task OpenSaltPackage_Version1_ImportsWithASensibleReport()
    {
        using var admin = await SignInAsync("admin.kalianda");

        var result = await (await ImportAsync(admin, Fixture("opensalt-digital-literacy-v1p0.json"), "case")).ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);

        var report = result.GetProperty("report");
        report.GetProperty("sourceTitle").GetString().ShouldBe("Digital Literacy Competencies for Public Servants");
        report.GetProperty("mapped").GetProperty("groups").GetInt32().ShouldBe(2);
        report.GetProperty("mapped").GetProperty("competencies").GetInt32().ShouldBe(5);
        report.GetProperty("mapped").GetProperty("relatedLinks").GetInt32().ShouldBe(1);
        var skipped = Messages(report, "skipped");
        skipped.ShouldContain(m => m.Contains("more than one parent"));
        skipped.ShouldContain(m => m.Contains("exactMatchOf"));
        skipped.ShouldContain(m => m.Contains("educationLevel"));
        skipped.ShouldContain(m => m.Contains("Definitions"));
        var adjusted = Messages(report, "adjusted");
        adjusted.ShouldContain(m => m.Contains("CASE 1.0"));
        adjusted.ShouldContain(m => m.Contains("'DL 1.1'") && m.Contains("DL-1.1"));
        adjusted.ShouldContain(m => m.Contains("placed at the top level"));
        adjusted.ShouldContain(m => m.Contains("standard five levels"));

        var frameworkId = result.GetProperty("framework").GetProperty("id").GetGuid();
        result.GetProperty("framework").GetProperty("language").GetString().ShouldBe("en");
        var tree = await admin.GetJsonAsync($"{ApiClientExtensions.Frameworks}/{frameworkId}/competencies");
        var items = Flatten(tree.GetProperty("items")).ToDictionary(i => i.GetProperty("code").GetString()!);
        items["DL-1"].GetProperty("itemType").GetString().ShouldBe("Group");
        items["DL-1"].GetProperty("children").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ShouldBe(["DL-1.1", "DL-1.2"]);
        items["DL-2"].GetProperty("children").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ShouldBe(["DL-2.1", "DL-2.2"]);
        items["DL-1.1"].GetProperty("name").GetString().ShouldBe("Search and filter information");
        items["DL-1.2"].GetProperty("name").GetString()!.Length.ShouldBeLessThanOrEqualTo(300);
        items["DL-1.2"].GetProperty("description").GetString().ShouldStartWith("Evaluate data, information and digital content");
        var unplaced = items.Values.Single(i => i.GetProperty("name").GetString() == "Protecting personal data");
        unplaced.GetProperty("parentId").ValueKind.ShouldBe(JsonValueKind.Null);
        unplaced.GetProperty("relatedCompetencyIds").EnumerateArray().Single().GetGuid().ShouldBe(items["DL-2.2"].GetProperty("id").GetGuid());
        items["DL-2.2"].GetProperty("relatedCompetencyIds").EnumerateArray().Single().GetGuid().ShouldBe(unplaced.GetProperty("id").GetGuid());
    }

    [Test]
    public async Task CaseNetworkPackage_WithRubric_MapsScoresToLevelsAndDropsMarkup()
    {
        using var admin = await SignInAsync("admin.kalianda");

        var result = await (await ImportAsync(admin, Fixture("casenetwork-service-excellence-v1p1.json"), "case")).ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);

        var framework = result.GetProperty("framework");
        framework.GetProperty("description").GetString().ShouldBe("Kompetensi pelayanan prima bagi petugas front office.");
        framework.GetProperty("proficiencyLevels").EnumerateArray().Select(l => l.GetProperty("name").GetString()).ShouldBe(["Belum memadai", "Memadai", "Unggul"]);
        var report = result.GetProperty("report");
        Messages(report, "adjusted").ShouldContain(m => m.Contains("0, 1, 2 were read as levels 1 to 3"));
        Messages(report, "skipped").ShouldContain(m => m.Contains("precedes"));
        var tree = await admin.GetJsonAsync($"{ApiClientExtensions.Frameworks}/{framework.GetProperty("id").GetGuid()}/competencies");
        var pp01 = Flatten(tree.GetProperty("items")).Single(i => i.GetProperty("code").GetString() == "PP.01");
        pp01.GetProperty("itemType").GetString().ShouldBe("Competency");
        var levels = pp01.GetProperty("levels").EnumerateArray().ToList();
        levels.Select(l => l.GetProperty("level").GetInt32()).ShouldBe([1, 2, 3]);
        levels[1].GetProperty("description").GetString().ShouldBe("Melayani sesuai standar pelayanan.");
        levels[1].GetProperty("indicators").EnumerateArray().Select(i => i.GetString()).ShouldBe(["Menyapa dan menanyakan keperluan", "Menyelesaikan layanan sesuai waktu standar"]);
        levels[2].GetProperty("description").GetString().ShouldBe("Menjadi teladan pelayanan bagi rekan.");
    }

    [Test]
    public async Task DryRun_ReportsAndSavesNothing()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var before = await Environment.ScalarAsync<long>("select count(*) from competency_frameworks");

        var result = await (await ImportAsync(admin, Fixture("casenetwork-service-excellence-v1p1.json"), "case", "&dryRun=true")).ShouldBeOkAsync<JsonElement>();

        result.GetProperty("dryRun").GetBoolean().ShouldBeTrue();
        result.GetProperty("report").GetProperty("mapped").GetProperty("competencies").GetInt32().ShouldBe(2);
        (await Environment.ScalarAsync<long>("select count(*) from competency_frameworks")).ShouldBe(before);
    }

    [TestCase("{ not json", HttpStatusCode.BadRequest)]
    [TestCase("[1, 2, 3]", HttpStatusCode.BadRequest)]
    [TestCase("{\"CFItems\": []}", HttpStatusCode.BadRequest)]
    [TestCase("{\"CFDocument\": {\"identifier\": \"x\"}}", HttpStatusCode.BadRequest)]
    [TestCase("{\"CFDocument\": {\"title\": \"T\"}, \"CFItems\": [{\"identifier\": \"a\", \"fullStatement\": \"x\u0000y\"}]}", HttpStatusCode.BadRequest)]
    [TestCase("{\"CFDocument\": {\"title\": \"T\"}, \"CFItems\": [{\"identifier\": \"a\", \"fullStatement\": \"x\\u0000y\"}]}", HttpStatusCode.Created)]
    public async Task BadFiles_AnswerProblemDetailsNeverAServerError(string content, HttpStatusCode expected)
    {
        using var admin = await SignInAsync("admin.kalianda");
        var before = await Environment.ScalarAsync<long>("select count(*) from competency_frameworks");

        var response = await ImportAsync(admin, content, "case");

        response.StatusCode.ShouldBe(expected);
        if (expected == HttpStatusCode.BadRequest)
        {
            await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            (await Environment.ScalarAsync<long>("select count(*) from competency_frameworks")).ShouldBe(before);
        }
    }

    [Test]
    public async Task UnknownFormat_Is400()
    {
        using var admin = await SignInAsync("admin.kalianda");

        await (await ImportAsync(admin, "{}", "xml")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "format");
    }

    [Test]
    public async Task AgencyAdmin_MayImportOnlyForTheirOwnAgency()
    {
        using var medan = await SignInAsync("admin.medan");
        using var kalianda = await SignInAsync("admin.kalianda");
        var kaliandaId = await kalianda.AgencyIdAsync();

        await (await ImportAsync(medan, Fixture("casenetwork-service-excellence-v1p1.json"), "case", $"&ownerAgencyId={kaliandaId}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var own = await (await ImportAsync(medan, Fixture("casenetwork-service-excellence-v1p1.json"), "case")).ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        own.GetProperty("framework").GetProperty("ownerAgencyId").GetGuid().ShouldBe(await medan.AgencyIdAsync());
    }

    [TestCase("analis.kalianda")]
    [TestCase("asesor.kalianda")]
    [TestCase("pegawai.kalianda")]
    public async Task OtherRoles_MayNotImport(string userName)
    {
        using var client = await SignInAsync(userName);

        await (await ImportAsync(client, Fixture("casenetwork-service-excellence-v1p1.json"), "case")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task SystemAdmin_ImportsNationalFrameworks_AndAnExplicitCodeThatIsTakenIs409()
    {
        using var sysadmin = await SignInAsync("sysadmin");
        var national = await (await ImportAsync(sysadmin, Fixture("casenetwork-service-excellence-v1p1.json"), "case")).ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        national.GetProperty("framework").GetProperty("ownerAgencyId").ValueKind.ShouldBe(JsonValueKind.Null);

        await (await ImportAsync(sysadmin, Fixture("casenetwork-service-excellence-v1p1.json"), "case", "&code=PERMENPANRB-38-2017")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Export_IsReadableByWhoeverReadsTheFramework()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var frameworkId = await CreateFullFrameworkAsync(admin, "DIGI-CASE", await admin.AgencyIdAsync());
        using var medan = await SignInAsync("admin.medan");
        using var analyst = await SignInAsync("analis.kalianda");

        (await medan.GetAsync($"{ApiClientExtensions.Frameworks}/{frameworkId}/export?format=case")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await analyst.GetAsync($"{ApiClientExtensions.Frameworks}/{frameworkId}/export?format=moodle-csv")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await analyst.GetAsync($"{ApiClientExtensions.Frameworks}/{frameworkId}/export?format=pdf")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "format");
    }

    private static Task<string> ExportAsync(HttpClient client, Guid frameworkId) => InterchangeScenario.ExportAsync(client, frameworkId, "case");

    private static List<string> Messages(JsonElement report, string list) =>
        [.. report.GetProperty(list).EnumerateArray().Select(n => $"{n.GetProperty("subject").GetString()}: {n.GetProperty("message").GetString()}")];

    /// <summary>
    /// A package with what an import cannot keep taken out: identifiers (new records get new ones,
    /// and the derived ones follow) become the item's code or "ID", and change times "T".
    /// </summary>
    private static string Normalise(string json)
    {
        var root = JsonDocument.Parse(json).RootElement;
        var labels = new Dictionary<string, string>();
        foreach (var item in root.ValueKind == JsonValueKind.Object && root.TryGetProperty("CFItems", out var items) ? items.EnumerateArray() : Enumerable.Empty<JsonElement>())
        {
            labels[item.GetProperty("identifier").GetString()!] = item.GetProperty("humanCodingScheme").GetString()!;
        }

        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("CFDocument", out var document))
        {
            labels[document.GetProperty("identifier").GetString()!] = "DOC";
        }

        var text = UuidPattern().Replace(json, m => labels.GetValueOrDefault(m.Value, "ID"));
        return TimestampPattern().Replace(text, "T");
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex UuidPattern();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")]
    private static partial Regex TimestampPattern();
}
