using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AsnCompetency.Testing;

namespace AsnCompetency.Api.IntegrationTests.Interchange;

/// <summary>Frameworks and requests the interchange tests share.</summary>
public static class InterchangeScenario
{
    public const string CaseBase = "/ims/case/v1p1";

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Interchange", "Fixtures", name));

    /// <summary>
    /// A draft framework with every feature in use: a custom four-level scale with descriptions,
    /// nested groups, a competency with a child competency, sort orders with gaps, alternative
    /// names, texts with quotes, commas, line breaks and non-ASCII letters, level descriptions with
    /// indicators, and cross-references.
    /// </summary>
    public static async Task<Guid> CreateFullFrameworkAsync(HttpClient client, string code, Guid? ownerAgencyId)
    {
        object Levels(string topic) => Enumerable.Range(1, 4).Select(level => new
        {
            level,
            description = $"{topic}: tingkat {level}, \"mandiri\" pada lingkup {level}.",
            indicators = new[] { $"Menerapkan {topic} ({level}.1)", $"Membimbing rekan, tim, dan unit ({level}.2)" },
        }).ToArray();

        var created = await client.CreateFrameworkAsync(new
        {
            code,
            name = "Kompetensi Teknis Pelayanan Digital",
            alternativeName = "Digital Service Technical Competencies",
            description = "Kamus kompetensi \"teknis\" untuk pelayanan digital,\nsusunan BKPSDM — édition 2026.",
            language = "id",
            ownerAgencyId,
            proficiencyLevels = new[]
            {
                new { level = 1, name = "Pemula", description = "Baru mengenal, perlu bimbingan." },
                new { level = 2, name = "Terampil", description = "Mandiri dalam tugas rutin." },
                new { level = 3, name = "Mahir", description = "Menangani kasus rumit dan membimbing." },
                new { level = 4, name = "Ahli", description = "Menjadi rujukan lintas unit." },
            },
            competencies = new object[]
            {
                new
                {
                    code = "PEL", name = "Pelayanan Publik", alternativeName = "Public service", itemType = "Group", groupKind = "Teknis", sortOrder = 10,
                    description = "Kelompok kompetensi pelayanan.",
                    children = new object[]
                    {
                        new { code = "PEL.01", name = "Standar Pelayanan", alternativeName = "Service standards", sortOrder = 20, description = "Menyusun dan menerapkan standar pelayanan.", levels = Levels("standar") },
                        new
                        {
                            code = "PEL.02", name = "Penanganan Pengaduan", sortOrder = 10, levels = Levels("pengaduan"),
                            children = new object[] { new { code = "PEL.02.a", name = "Pengaduan daring (SP4N-LAPOR!)", levels = Levels("LAPOR") } },
                        },
                    },
                },
                new
                {
                    code = "DIG", name = "Transformasi Digital", itemType = "Group", groupKind = "Teknis", sortOrder = 20,
                    children = new object[]
                    {
                        new
                        {
                            code = "DIG.DATA", name = "Tata Kelola Data", itemType = "Group",
                            children = new object[] { new { code = "DIG.DATA.01", name = "Satu Data Indonesia", description = "Mengelola data sesuai prinsip Satu Data Indonesia.", levels = Levels("data") } },
                        },
                    },
                },
            },
        });
        var id = created.GetProperty("id").GetGuid();
        var tree = await client.GetJsonAsync($"{ApiClientExtensions.Frameworks}/{id}/competencies");
        var ids = Flatten(tree.GetProperty("items")).ToDictionary(i => i.GetProperty("code").GetString()!, i => i.GetProperty("id").GetGuid());
        var related = await client.PostJsonAsync($"{ApiClientExtensions.Frameworks}/{id}/competencies", new
        {
            code = "PEL.03",
            name = "Survei Kepuasan Masyarakat",
            parentId = ids["PEL"],
            sortOrder = 30,
            levels = Levels("SKM"),
            relatedCompetencyIds = new[] { ids["PEL.01"], ids["DIG.DATA.01"] },
        });
        related.StatusCode.ShouldBe(HttpStatusCode.Created);
        return id;
    }

    public static IEnumerable<JsonElement> Flatten(JsonElement items) =>
        items.EnumerateArray().SelectMany(item => new[] { item }.Concat(Flatten(item.GetProperty("children"))));

    public static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string content, string format, string query = "", string fileName = "framework")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue(format == "case" ? "application/json" : "text/csv");
        form.Add(file, "file", format == "case" ? $"{fileName}.json" : $"{fileName}.csv");
        return await client.PostAsync($"{ApiClientExtensions.Frameworks}/import?format={format}{query}", form);
    }

    public static async Task<string> ExportAsync(HttpClient client, Guid frameworkId, string format)
    {
        var response = await client.GetAsync($"{ApiClientExtensions.Frameworks}/{frameworkId}/export?format={format}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    public static async Task<Guid> NationalStandardIdAsync(HttpClient client) =>
        (await client.GetJsonAsync($"{ApiClientExtensions.Frameworks}?owner=national")).GetProperty("items")[0].GetProperty("id").GetGuid();

    /// <summary>The CASE document identifier of a framework, read from its export.</summary>
    public static async Task<string> DocumentIdAsync(HttpClient client, Guid frameworkId) =>
        JsonDocument.Parse(await ExportAsync(client, frameworkId, "case")).RootElement.GetProperty("CFDocument").GetProperty("identifier").GetString()!;

    public static async Task<JsonElement> ShouldBeCaseErrorAsync(this HttpResponseMessage response, HttpStatusCode status, string codeMinor)
    {
        response.StatusCode.ShouldBe(status);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        body.GetProperty("imsx_codeMajor").GetString().ShouldBe("failure");
        body.GetProperty("imsx_severity").GetString().ShouldBe("error");
        body.GetProperty("imsx_codeMinor").GetProperty("imsx_codeMinorField")[0].GetProperty("imsx_codeMinorFieldValue").GetString().ShouldBe(codeMinor);
        return body;
    }
}
