using System.Net;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.ApiClientExtensions;

namespace AsnCompetency.Api.IntegrationTests;

/// <summary>No token is 401; a role or agency that may not write is 403; another agency's data is 404.</summary>
public sealed class AuthorizationTests : ApiTestBase
{
    private static readonly string[] WriteRequests =
    [
        "POST " + Frameworks,
        "PUT " + Frameworks + "/{id}",
        "DELETE " + Frameworks + "/{id}",
        "POST " + Frameworks + "/{id}/publish",
        "POST " + Frameworks + "/{id}/retire",
        "POST " + Frameworks + "/{id}/new-version",
        "POST " + Frameworks + "/{id}/competencies",
        "PUT /api/v1/competencies/{competencyId}",
        "DELETE /api/v1/competencies/{competencyId}",
    ];

    [TestCaseSource(nameof(WriteRequests))]
    public async Task Write_WithoutToken_Returns401(string request)
    {
        var (framework, competency) = await NationalStandardAsync();
        using var anonymous = Environment.CreateAnonymousClient();

        var response = await anonymous.SendAsync(Build(request, framework, competency));

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().ShouldContain("Bearer");
    }

    [TestCaseSource(nameof(WriteRequests))]
    public async Task Write_AsAssessorOrEmployee_Returns403(string request)
    {
        var (framework, competency) = await NationalStandardAsync();
        foreach (var userName in new[] { "asesor.kalianda", "pegawai.kalianda", "analis.kalianda", "analis.nasional" })
        {
            using var client = await SignInAsync(userName);

            var response = await client.SendAsync(Build(request, framework, competency));

            await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }
    }

    [Test]
    public async Task NationalFramework_AgencyAdminMayReadButNotChange()
    {
        var (framework, _) = await NationalStandardAsync();
        using var client = await SignInAsync("admin.kalianda");

        (await client.GetAsync($"{Frameworks}/{framework}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await client.PostAsync($"{Frameworks}/{framework}/new-version", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await client.PostJsonAsync(Frameworks, FrameworkBodies.Technical("NAS-TEK"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task AgencyFramework_OtherAgencyCannotSeeOrChangeIt()
    {
        using var kalianda = await SignInAsync("admin.kalianda");
        var created = await kalianda.CreateFrameworkAsync(FrameworkBodies.Technical("TEKNIS-KES", await kalianda.AgencyIdAsync()));
        var id = created.GetProperty("id").GetGuid();
        using var medan = await SignInAsync("admin.medan");

        await (await medan.GetAsync($"{Frameworks}/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await medan.GetAsync($"{Frameworks}/{id}/competencies")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await medan.PostAsync($"{Frameworks}/{id}/publish", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await medan.DeleteAsync($"{Frameworks}/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await medan.GetJsonAsync(Frameworks)).GetProperty("totalCount").GetInt32().ShouldBe(1);
        await (await medan.PostJsonAsync(Frameworks, FrameworkBodies.Technical("TEKNIS-KES", await kalianda.AgencyIdAsync())))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await kalianda.GetAsync($"{Frameworks}/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task AgencyDraft_HiddenFromTheAgencysEmployeesUntilPublished()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var id = (await admin.CreateFrameworkAsync(FrameworkBodies.Technical("TEKNIS-KES", await admin.AgencyIdAsync()))).GetProperty("id").GetGuid();
        using var employee = await SignInAsync("pegawai.kalianda");

        await (await employee.GetAsync($"{Frameworks}/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await admin.PostAsync($"{Frameworks}/{id}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await employee.GetAsync($"{Frameworks}/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task InvalidOrForgedToken_Returns401()
    {
        using var client = Environment.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");

        await (await client.GetAsync(Frameworks)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static async Task<(Guid Framework, Guid Competency)> NationalStandardAsync()
    {
        using var client = await SignInAsync("sysadmin");
        var framework = (await client.GetJsonAsync(Frameworks)).GetProperty("items")[0].GetProperty("id").GetGuid();
        var tree = await client.GetJsonAsync($"{Frameworks}/{framework}/competencies");
        return (framework, tree.GetProperty("items")[0].GetProperty("children")[0].GetProperty("id").GetGuid());
    }

    private static HttpRequestMessage Build(string request, Guid framework, Guid competency)
    {
        var parts = request.Split(' ', 2);
        var url = parts[1].Replace("{id}", framework.ToString(), StringComparison.Ordinal)
            .Replace("{competencyId}", competency.ToString(), StringComparison.Ordinal);
        return new HttpRequestMessage(new HttpMethod(parts[0]), url)
        {
            Content = parts[0] is "POST" or "PUT" ? Json.Body(new { code = "X1", name = "n", language = "id" }) : null,
        };
    }
}
