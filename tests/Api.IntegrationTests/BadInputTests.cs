using System.Net;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.ApiClientExtensions;

namespace AsnCompetency.Api.IntegrationTests;

/// <summary>Bad input gets a 4xx problem that names the field, and changes nothing.</summary>
public sealed class BadInputTests : ApiTestBase
{
    private static readonly object[] InvalidFrameworkBodies =
    [
        new object[] { "missing code", """{"name":"Tanpa kode"}""", "code" },
        new object[] { "missing name", """{"code":"X1"}""", "name" },
        new object[] { "code with spaces", """{"code":"BAD CODE","name":"n"}""", "code" },
        new object[] { "language not a tag", """{"code":"X1","name":"n","language":"indonesian!"}""", "language" },
        new object[] { "level 7 in the scale", """{"code":"X1","name":"n","proficiencyLevels":[{"level":1,"name":"a"},{"level":7,"name":"b"}]}""", "proficiencyLevels[1].level" },
        new object[] { "level 7 on a competency", """{"code":"X1","name":"n","competencies":[{"code":"A","name":"A","groupKind":"Teknis","levels":[{"level":7,"description":"d","indicators":["i"]}]}]}""", "competencies[0].levels[0].level" },
        new object[] { "duplicate codes in one framework", """{"code":"X1","name":"n","competencies":[{"code":"A","name":"A","groupKind":"Teknis"},{"code":"B","name":"B","groupKind":"Teknis","itemType":"Group","children":[{"code":"a","name":"again"}]}]}""", "competencies[1].children[0].code" },
        new object[] { "top-level item without group kind", """{"code":"X1","name":"n","competencies":[{"code":"A","name":"A"}]}""", "competencies[0].groupKind" },
        new object[] { "wrong type", """{"code":"X1","name":"n","proficiencyLevels":[{"level":"three","name":"a"}]}""", "proficiencyLevels[0].level" },
        new object[] { "number as string", """{"code":"X1","name":"n","proficiencyLevels":[{"level":"3","name":"a"}]}""", "proficiencyLevels[0].level" },
        new object[] { "unknown enum value", """{"code":"X1","name":"n","competencies":[{"code":"A","name":"A","groupKind":"Rahasia"}]}""", "competencies[0].groupKind" },
        new object[] { "enum as number", """{"code":"X1","name":"n","competencies":[{"code":"A","name":"A","groupKind":2}]}""", "competencies[0].groupKind" },
        new object[] { "array instead of object", """[1,2,3]""", "body" },
        new object[] { "truncated JSON", """{"code":"X1","name":""", "name" },
        new object[] { "malformed JSON", """{"code":"X1",,}""", "body" },
        new object[] { "string too long", $$"""{"code":"X1","name":"{{new string('n', 301)}}"}""", "name" },
        new object[] { "owner agency not a UUID", """{"code":"X1","name":"n","ownerAgencyId":"kalianda"}""", "ownerAgencyId" },
        new object[] { "owner agency that does not exist", """{"code":"X1","name":"n","ownerAgencyId":"3fa85f64-5717-4562-b3fc-2c963f66afa6"}""", "ownerAgencyId" },
    ];

    [TestCaseSource(nameof(InvalidFrameworkBodies))]
    public async Task Create_InvalidBody_Returns400NamingTheFieldAndWritesNothing(string description, string body, string field)
    {
        using var client = await SignInAsync("sysadmin");

        var response = await client.PostRawAsync(Frameworks, body);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, field);
        (await Environment.ScalarAsync<long>("select count(*) from competency_frameworks")).ShouldBe(1, description);
    }

    [Test]
    public async Task Create_WrongContentType_Returns415Problem()
    {
        using var client = await SignInAsync("sysadmin");

        var response = await client.PostRawAsync(Frameworks, "code=X1&name=n", "application/x-www-form-urlencoded");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        problem.GetProperty("detail").GetString()!.ShouldContain("application/json");
    }

    [Test]
    public async Task Create_EmptyBody_Returns400()
    {
        using var client = await SignInAsync("sysadmin");

        var response = await client.PostRawAsync(Frameworks, "");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "body");
    }

    [Test]
    public async Task Create_DuplicateCodeForSameOwner_Returns409NamingCode()
    {
        using var client = await SignInAsync("sysadmin");
        await client.CreateFrameworkAsync(FrameworkBodies.Technical("NAS-TEK"));

        var response = await client.PostJsonAsync(Frameworks, FrameworkBodies.Technical("nas-tek"));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "code");
    }

    [TestCase("page=0", "page")]
    [TestCase("page=abc", "page")]
    [TestCase("pageSize=501", "pageSize")]
    [TestCase("status=Archived", "status")]
    [TestCase("owner=somebody", "owner")]
    [TestCase("sort=colour", "sort")]
    public async Task List_InvalidQuery_Returns400NamingTheParameter(string query, string field)
    {
        using var client = await SignInAsync("analis.nasional");

        var response = await client.GetAsync($"{Frameworks}?{query}");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, field);
    }

    [Test]
    public async Task AddCompetency_LevelOutsideAThreeLevelScale_Returns400()
    {
        using var client = await SignInAsync("sysadmin");
        var created = await client.CreateFrameworkAsync(new
        {
            code = "TIGA",
            name = "Skala tiga tingkat",
            proficiencyLevels = new[] { new { level = 1, name = "Dasar" }, new { level = 2, name = "Menengah" }, new { level = 3, name = "Lanjut" } },
        });

        var response = await client.PostJsonAsync($"{Frameworks}/{created.GetProperty("id").GetGuid()}/competencies", new
        {
            code = "T.01",
            name = "Uji",
            groupKind = "Teknis",
            levels = FrameworkBodies.Levels(4),
        });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "levels[3].level");
    }

    [Test]
    public async Task UnknownRouteAndMethod_AnswerProblems()
    {
        using var client = await SignInAsync("sysadmin");

        await (await client.GetAsync("/api/v1/no-such-resource")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.PatchAsync(Frameworks, Json.Body(new { }))).ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed);
        await (await client.GetAsync($"{Frameworks}/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
