using System.Text.Json;

namespace AsnCompetency.Api.IntegrationTests;

/// <summary>The PermenPANRB 38/2017 standard is reference data of every fresh database.</summary>
public sealed class NationalStandardTests : ApiTestBase
{
    [Test]
    public async Task GetCompetencyFrameworks_AnySignedInUser_ListsPublishedNationalStandard()
    {
        using var client = await SignInAsync("pegawai.kalianda");

        var page = await client.GetJsonAsync(ApiClientExtensions.Frameworks);

        page.GetProperty("totalCount").GetInt32().ShouldBe(1);
        var national = page.GetProperty("items")[0];
        national.GetProperty("code").GetString().ShouldBe("PERMENPANRB-38-2017");
        national.GetProperty("status").GetString().ShouldBe("Published");
        national.GetProperty("ownerAgencyId").ValueKind.ShouldBe(JsonValueKind.Null);
        national.GetProperty("competencyCount").GetInt32().ShouldBe(9);
    }

    [Test]
    public async Task GetCompetencyTree_NationalStandard_HasNineCompetenciesWithFiveDescribedLevels()
    {
        using var client = await SignInAsync("analis.kalianda");
        var id = (await client.GetJsonAsync(ApiClientExtensions.Frameworks)).GetProperty("items")[0].GetProperty("id").GetGuid();

        var tree = await client.GetJsonAsync($"{ApiClientExtensions.Frameworks}/{id}/competencies");

        tree.GetProperty("competencyCount").GetInt32().ShouldBe(9);
        tree.GetProperty("groupCount").GetInt32().ShouldBe(2);
        tree.GetProperty("proficiencyLevels").GetArrayLength().ShouldBe(5);
        var competencies = Flatten(tree.GetProperty("items")).Where(i => i.GetProperty("itemType").GetString() == "Competency").ToList();
        competencies.Select(c => c.GetProperty("code").GetString()).ShouldBe(
            ["M.01", "M.02", "M.03", "M.04", "M.05", "M.06", "M.07", "M.08", "SK.01"]);
        foreach (var competency in competencies)
        {
            var levels = competency.GetProperty("levels").EnumerateArray().ToList();
            levels.Select(l => l.GetProperty("level").GetInt32()).ShouldBe([1, 2, 3, 4, 5]);
            levels.ShouldAllBe(l => l.GetProperty("description").GetString()!.Length > 10);
            levels.ShouldAllBe(l => l.GetProperty("indicators").GetArrayLength() >= 2);
        }

        competencies[0].GetProperty("name").GetString().ShouldBe("Integritas");
        competencies[0].GetProperty("alternativeName").GetString().ShouldBe("Integrity");
        competencies[8].GetProperty("groupKind").GetString().ShouldBe("SosialKultural");
    }

    private static IEnumerable<JsonElement> Flatten(JsonElement items) =>
        items.EnumerateArray().SelectMany(item => new[] { item }.Concat(Flatten(item.GetProperty("children"))));
}
