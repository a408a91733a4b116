using System.Net;
using System.Text.Json;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.Interchange.InterchangeScenario;

namespace AsnCompetency.Api.IntegrationTests.Interchange;

/// <summary>Moodle's competency framework CSV (tool_lpimportcsv): a Moodle export in, our export out and back.</summary>
public sealed class MoodleCsvTests : ApiTestBase
{
    [Test]
    public async Task MoodleExport_ImportsWithHierarchyPlainDescriptionsScaleAndCrossReferences()
    {
        using var admin = await SignInAsync("admin.kalianda");

        var result = await (await ImportAsync(admin, Fixture("moodle-pelayanan-publik.csv"), "moodle-csv")).ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);

        var framework = result.GetProperty("framework");
        framework.GetProperty("code").GetString().ShouldBe("KPP-2024");
        framework.GetProperty("name").GetString().ShouldBe("Kompetensi Pelayanan Publik");
        framework.GetProperty("description").GetString().ShouldBe("Kerangka kompetensi pelayanan publik untuk petugas layanan di perangkat daerah.\nDisusun bersama BPSDM Provinsi & LAN.");
        framework.GetProperty("proficiencyLevels").EnumerateArray().Select(l => l.GetProperty("name").GetString())
            .ShouldBe(["Belum kompeten", "Cukup kompeten", "Kompeten", "Sangat kompeten"]);
        var report = result.GetProperty("report");
        report.GetProperty("mapped").GetProperty("groups").GetInt32().ShouldBe(2);
        report.GetProperty("mapped").GetProperty("competencies").GetInt32().ShouldBe(4);
        report.GetProperty("mapped").GetProperty("relatedLinks").GetInt32().ShouldBe(2);
        var skipped = report.GetProperty("skipped").EnumerateArray().Select(n => $"{n.GetProperty("subject").GetString()}: {n.GetProperty("message").GetString()}").ToList();
        skipped.ShouldContain(m => m.StartsWith("komunikasi:") && m.Contains("competency_rule_all"));
        skipped.ShouldContain(m => m.StartsWith("lapor-daring:") && m.Contains("Tidak,Ya"));

        var tree = await admin.GetJsonAsync($"{ApiClientExtensions.Frameworks}/{framework.GetProperty("id").GetGuid()}/competencies");
        tree.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ShouldBe(["komunikasi", "pengaduan"]);
        var items = Flatten(tree.GetProperty("items")).ToDictionary(i => i.GetProperty("code").GetString()!);
        items["komunikasi"].GetProperty("itemType").GetString().ShouldBe("Group");
        items["komunikasi"].GetProperty("children").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ShouldBe(["kom-lisan", "kom-tulis"]);
        items["keluhan"].GetProperty("itemType").GetString().ShouldBe("Competency");
        items["keluhan"].GetProperty("groupKind").GetString().ShouldBe("Teknis");
        items["keluhan"].GetProperty("description").GetString().ShouldBe("- Mendengarkan keluhan\n- Mencatat dan menindaklanjuti");
        items["kom-lisan"].GetProperty("description").GetString().ShouldBe("Menjelaskan prosedur layanan secara lisan.");
        items["kom-tulis"].GetProperty("description").GetString().ShouldBe("Menulis pengumuman & surat balasan yang mudah dipahami.");
        items["lapor-daring"].GetProperty("description").GetString().ShouldBe("Menindaklanjuti aduan di kanal daring.");
        items["keluhan"].GetProperty("relatedCompetencyIds").EnumerateArray().Select(i => i.GetGuid()).Order()
            .ShouldBe(new[] { items["kom-lisan"].GetProperty("id").GetGuid(), items["lapor-daring"].GetProperty("id").GetGuid() }.Order());
        var everything = tree.GetRawText() + framework.GetRawText();
        everything.ShouldNotContain("<script", Case.Insensitive);
        everything.ShouldNotContain("alert(", Case.Insensitive);
        everything.ShouldNotContain("onclick", Case.Insensitive);
        everything.ShouldNotContain("<p", Case.Insensitive);
    }

    [Test]
    public async Task OurExport_ReimportsIdentically()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var original = await CreateFullFrameworkAsync(admin, "DIGI-MOODLE", await admin.AgencyIdAsync());
        var first = await ExportAsync(admin, original, "moodle-csv");
        (await admin.DeleteAsync($"{ApiClientExtensions.Frameworks}/{original}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var imported = await (await ImportAsync(admin, first, "moodle-csv")).ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);

        imported.GetProperty("report").GetProperty("skippedCount").GetInt32().ShouldBe(0);
        imported.GetProperty("report").GetProperty("mapped").GetProperty("relatedLinks").GetInt32().ShouldBe(2);
        var second = await ExportAsync(admin, imported.GetProperty("framework").GetProperty("id").GetGuid(), "moodle-csv");
        second.ShouldBe(first);
        first.Split('\n')[0].ShouldBe(string.Join(",", new[]
        {
            "\"Parent ID number\"", "\"ID number\"", "\"Short name\"", "Description", "\"Description format\"", "\"Scale values\"", "\"Scale configuration\"",
            "\"Rule type (optional)\"", "\"Rule outcome (optional)\"", "\"Rule config (optional)\"", "\"Cross-referenced competency ID numbers\"",
            "\"Exported ID (optional)\"", "\"Is framework\"", "Taxonomy",
        }));
        first.ShouldContain(",1,\"domain,competency,competency\"\n");
    }

    [Test]
    public async Task FileWithoutFrameworkRow_Is422WithTheRow()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var csv = string.Join("\n", Fixture("moodle-pelayanan-publik.csv").Split('\n').Where((_, i) => i != 1));

        var problem = await (await ImportAsync(admin, csv, "moodle-csv")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.GetProperty("rowErrors")[0].GetProperty("message").GetString()!.ShouldContain("Is framework");
    }

    [Test]
    public async Task FileWithoutMoodleColumns_Is422()
    {
        using var admin = await SignInAsync("admin.kalianda");

        var problem = await (await ImportAsync(admin, "nip,nama\n1,Budi\n", "moodle-csv")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.GetProperty("errorCount").GetInt32().ShouldBe(4);
    }
}
