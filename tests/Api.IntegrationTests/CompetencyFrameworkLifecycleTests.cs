using System.Net;
using System.Text.Json;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.ApiClientExtensions;

namespace AsnCompetency.Api.IntegrationTests;

/// <summary>Create, edit, publish, version and retire through the API, with ETags and If-Match.</summary>
public sealed class CompetencyFrameworkLifecycleTests : ApiTestBase
{
    [Test]
    public async Task Create_AsAgencyAdmin_Returns201WithLocationETagAndTree()
    {
        using var client = await SignInAsync("admin.kalianda");
        var agencyId = await client.AgencyIdAsync();

        var response = await client.PostJsonAsync(Frameworks, FrameworkBodies.Technical("TEKNIS-KES", agencyId));

        var created = await response.ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"{Frameworks}/{created.GetProperty("id").GetGuid()}");
        response.ETagOf().ShouldBe(created.GetProperty("eTag").GetString());
        created.GetProperty("status").GetString().ShouldBe("Draft");
        created.GetProperty("version").GetInt32().ShouldBe(1);
        created.GetProperty("ownerAgencyId").GetGuid().ShouldBe(agencyId);
        created.GetProperty("groupCount").GetInt32().ShouldBe(1);
        created.GetProperty("competencyCount").GetInt32().ShouldBe(2);
        created.GetProperty("proficiencyLevels").GetArrayLength().ShouldBe(5);
        (await Environment.ScalarAsync<long>("select count(*) from competencies c join competency_frameworks f on f.id = c.framework_id where f.code = 'TEKNIS-KES'"))
            .ShouldBe(3);
    }

    [Test]
    public async Task Update_WithCurrentIfMatch_ChangesDraftAndReturnsNewETag()
    {
        using var client = await SignInAsync("sysadmin");
        var created = await client.CreateFrameworkAsync(FrameworkBodies.Technical("NAS-TEK"));
        var url = $"{Frameworks}/{created.GetProperty("id").GetGuid()}";
        var get = await client.GetAsync(url);
        var etag = get.ETagOf();

        var update = await client.SendWithIfMatchAsync(HttpMethod.Put, url, etag, new
        {
            name = "Kompetensi Teknis Nasional",
            language = "id",
            proficiencyLevels = new[]
            {
                new { level = 1, name = "Pemula", description = "Baru mengenal" },
                new { level = 2, name = "Terampil", description = "Mandiri" },
                new { level = 3, name = "Ahli", description = "Membimbing" },
                new { level = 4, name = "Pakar", description = "Mengembangkan" },
                new { level = 5, name = "Teladan", description = "Menjadi rujukan" },
            },
        });

        var updated = await update.ShouldBeOkAsync<JsonElement>();
        updated.GetProperty("name").GetString().ShouldBe("Kompetensi Teknis Nasional");
        updated.GetProperty("proficiencyLevels")[0].GetProperty("name").GetString().ShouldBe("Pemula");
        update.ETagOf().ShouldNotBe(etag);
    }

    [Test]
    public async Task Update_WithStaleIfMatch_Returns412AndChangesNothing()
    {
        using var client = await SignInAsync("sysadmin");
        var created = await client.CreateFrameworkAsync(FrameworkBodies.Technical("NAS-TEK"));
        var url = $"{Frameworks}/{created.GetProperty("id").GetGuid()}";
        var staleETag = created.GetProperty("eTag").GetString();
        (await client.SendWithIfMatchAsync(HttpMethod.Put, url, staleETag, new { name = "First edit", language = "id" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var second = await client.SendWithIfMatchAsync(HttpMethod.Put, url, staleETag, new { name = "Second edit", language = "id" });

        await second.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await client.GetJsonAsync(url)).GetProperty("name").GetString().ShouldBe("First edit");
    }

    [Test]
    public async Task Publish_WithETagReadBeforeATreeEdit_Returns412()
    {
        using var client = await SignInAsync("sysadmin");
        var created = await client.CreateFrameworkAsync(FrameworkBodies.Technical("NAS-TEK"));
        var id = created.GetProperty("id").GetGuid();
        var etagBeforeEdit = created.GetProperty("eTag").GetString();
        (await client.PostJsonAsync($"{Frameworks}/{id}/competencies", new { code = "TIK", name = "Teknologi Informasi", itemType = "Group", groupKind = "Teknis" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var response = await client.SendWithIfMatchAsync(HttpMethod.Post, $"{Frameworks}/{id}/publish", etagBeforeEdit);

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        var current = await client.GetAsync($"{Frameworks}/{id}");
        current.ETagOf().ShouldNotBe(etagBeforeEdit);
        (await client.SendWithIfMatchAsync(HttpMethod.Post, $"{Frameworks}/{id}/publish", current.ETagOf())).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task PublishedFramework_RefusesEveryChangeWith409()
    {
        using var client = await SignInAsync("sysadmin");
        var created = await client.CreateFrameworkAsync(FrameworkBodies.Technical("NAS-TEK"));
        var id = created.GetProperty("id").GetGuid();
        var published = await (await client.PostAsync($"{Frameworks}/{id}/publish", null)).ShouldBeOkAsync<JsonElement>();
        published.GetProperty("status").GetString().ShouldBe("Published");
        published.GetProperty("publishedAt").ValueKind.ShouldBe(JsonValueKind.String);
        var tree = await client.GetJsonAsync($"{Frameworks}/{id}/competencies");
        var competencyId = tree.GetProperty("items")[0].GetProperty("children")[0].GetProperty("id").GetGuid();

        await (await client.SendWithIfMatchAsync(HttpMethod.Put, $"{Frameworks}/{id}", null, new { name = "Changed", language = "id" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await client.PostJsonAsync($"{Frameworks}/{id}/competencies", new { code = "KES.03", name = "Baru", levels = FrameworkBodies.Levels() }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await client.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/competencies/{competencyId}", null, new { code = "KES.01", name = "Changed" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await client.DeleteAsync($"/api/v1/competencies/{competencyId}")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await client.DeleteAsync($"{Frameworks}/{id}")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await client.PostAsync($"{Frameworks}/{id}/publish", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await client.GetJsonAsync($"{Frameworks}/{id}")).GetProperty("name").GetString().ShouldBe("Kompetensi Teknis NAS-TEK");
    }

    [Test]
    public async Task Publish_CompetencyWithoutAllLevels_Returns409NamingIt()
    {
        using var client = await SignInAsync("sysadmin");
        var created = await client.CreateFrameworkAsync(new
        {
            code = "PARTIAL",
            name = "Sebagian",
            competencies = new[] { new { code = "P.01", name = "Setengah", groupKind = "Teknis", levels = FrameworkBodies.Levels(3) } },
        });

        var response = await client.PostAsync($"{Frameworks}/{created.GetProperty("id").GetGuid()}/publish", null);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, field: "competencies");
        problem.GetProperty("detail").GetString()!.ShouldContain("P.01");
    }

    [Test]
    public async Task NewVersion_OfPublished_CreatesDraftVersion2LinkedToPredecessor()
    {
        using var client = await SignInAsync("admin.kalianda");
        var created = await client.CreateFrameworkAsync(FrameworkBodies.Technical("TEKNIS-KES", await client.AgencyIdAsync()));
        var id = created.GetProperty("id").GetGuid();
        (await client.PostAsync($"{Frameworks}/{id}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await client.PostAsync($"{Frameworks}/{id}/new-version", null);

        var next = await response.ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        next.GetProperty("version").GetInt32().ShouldBe(2);
        next.GetProperty("status").GetString().ShouldBe("Draft");
        next.GetProperty("predecessorId").GetGuid().ShouldBe(id);
        next.GetProperty("code").GetString().ShouldBe("TEKNIS-KES");
        next.GetProperty("competencyCount").GetInt32().ShouldBe(2);
        var nextId = next.GetProperty("id").GetGuid();
        nextId.ShouldNotBe(id);

        // The draft is editable while version 1 stays as it was.
        var tree = await client.GetJsonAsync($"{Frameworks}/{nextId}/competencies");
        var item = tree.GetProperty("items")[0].GetProperty("children")[1];
        var edit = await client.SendWithIfMatchAsync(HttpMethod.Put, $"/api/v1/competencies/{item.GetProperty("id").GetGuid()}", item.GetProperty("eTag").GetString(), new
        {
            parentId = item.GetProperty("parentId").GetGuid(),
            code = "KES.02",
            name = "Surveilans dan Respons KLB",
            levels = FrameworkBodies.Levels(),
        });
        (await edit.ShouldBeOkAsync<JsonElement>()).GetProperty("name").GetString().ShouldBe("Surveilans dan Respons KLB");
        var original = await client.GetJsonAsync($"{Frameworks}/{id}/competencies");
        original.GetProperty("items")[0].GetProperty("children")[1].GetProperty("name").GetString().ShouldBe("Surveilans Epidemiologi");

        await (await client.PostAsync($"{Frameworks}/{id}/new-version", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Retire_Published_ThenRetireAgain_Returns409()
    {
        using var client = await SignInAsync("sysadmin");
        var id = (await client.CreateFrameworkAsync(FrameworkBodies.Technical("NAS-TEK"))).GetProperty("id").GetGuid();
        await (await client.PostAsync($"{Frameworks}/{id}/retire", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await client.PostAsync($"{Frameworks}/{id}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var retired = await (await client.PostAsync($"{Frameworks}/{id}/retire", null)).ShouldBeOkAsync<JsonElement>();

        retired.GetProperty("status").GetString().ShouldBe("Retired");
        retired.GetProperty("retiredAt").ValueKind.ShouldBe(JsonValueKind.String);
        await (await client.PostAsync($"{Frameworks}/{id}/retire", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Delete_Draft_Returns204AndRemovesItsTree()
    {
        using var client = await SignInAsync("sysadmin");
        var id = (await client.CreateFrameworkAsync(FrameworkBodies.Technical("NAS-TEK"))).GetProperty("id").GetGuid();

        (await client.DeleteAsync($"{Frameworks}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await (await client.GetAsync($"{Frameworks}/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await Environment.ScalarAsync<long>($"select count(*) from competencies where framework_id = '{id}'")).ShouldBe(0);
    }

    [Test]
    public async Task Competencies_AddMoveAndDelete_KeepTheTreeConsistent()
    {
        using var client = await SignInAsync("sysadmin");
        var id = (await client.CreateFrameworkAsync(FrameworkBodies.Technical("NAS-TEK"))).GetProperty("id").GetGuid();
        var group2 = await (await client.PostJsonAsync($"{Frameworks}/{id}/competencies", new { code = "TIK", name = "Teknologi Informasi", itemType = "Group", groupKind = "Teknis" }))
            .ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        var added = await client.PostJsonAsync($"{Frameworks}/{id}/competencies", new
        {
            parentId = group2.GetProperty("id").GetGuid(),
            code = "TIK.01",
            name = "Keamanan Informasi",
            levels = FrameworkBodies.Levels(),
        });
        var competency = await added.ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        competency.GetProperty("groupKind").GetString().ShouldBe("Teknis");
        added.Headers.Location!.ToString().ShouldBe($"/api/v1/competencies/{competency.GetProperty("id").GetGuid()}");

        var single = await client.GetAsync($"/api/v1/competencies/{competency.GetProperty("id").GetGuid()}");
        (await single.ShouldBeOkAsync<JsonElement>()).GetProperty("levels").GetArrayLength().ShouldBe(5);

        (await client.DeleteAsync($"/api/v1/competencies/{group2.GetProperty("id").GetGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var tree = await client.GetJsonAsync($"{Frameworks}/{id}/competencies");
        tree.GetProperty("groupCount").GetInt32().ShouldBe(1);
        tree.GetProperty("competencyCount").GetInt32().ShouldBe(2);
    }
}
