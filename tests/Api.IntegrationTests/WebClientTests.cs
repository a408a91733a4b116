using System.Net;
using System.Net.Http.Headers;
using AsnCompetency.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AsnCompetency.Api.IntegrationTests;

/// <summary>The API serves the built web client at "/" and leaves its own routes alone.</summary>
public sealed class WebClientTests : ApiTestBase
{
    private string _folder = "";

    [OneTimeSetUp]
    public void CreateBuiltClient()
    {
        _folder = Directory.CreateTempSubdirectory("asn-client-").FullName;
        Directory.CreateDirectory(Path.Combine(_folder, "assets"));
        File.WriteAllText(Path.Combine(_folder, "index.html"), "<!doctype html><title>Kompetensi ASN</title><div id=\"root\"></div>");
        File.WriteAllText(Path.Combine(_folder, "assets", "index-abc123.js"), "console.log('app');");
    }

    [OneTimeTearDown]
    public void RemoveBuiltClient() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task Root_AndDeepLinks_GetIndexHtmlWithThePageCsp()
    {
        await using var factory = WithClient();
        using var client = factory.CreateClient();

        foreach (var path in new[] { "/", "/employees/01a23d76-f8e8-7053-855f-e7ece7e0c051", "/training/sessions?tab=scores" })
        {
            var response = await client.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html", path);
            (await response.Content.ReadAsStringAsync()).ShouldContain("<div id=\"root\">", Case.Sensitive, path);
            response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self'", Case.Sensitive, path);
            response.Headers.CacheControl!.NoCache.ShouldBeTrue(path);
        }
    }

    [Test]
    public async Task Assets_AreServedWithALongCache()
    {
        await using var factory = WithClient();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/assets/index-abc123.js");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("console.log");
        response.Headers.CacheControl!.MaxAge.ShouldBe(TimeSpan.FromDays(365));
        (await client.GetAsync("/assets/missing.js")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ApiHealthAndSwagger_AreNotReplacedByTheClient()
    {
        await using var factory = WithClient();
        using var client = factory.CreateClient();

        var unknownApi = await client.GetAsync("/api/v1/no-such-thing");
        unknownApi.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        unknownApi.Content.Headers.ContentType?.MediaType.ShouldNotBe("text/html");
        unknownApi.Headers.GetValues("Content-Security-Policy").Single().ShouldStartWith("default-src 'none'");

        var me = await client.GetAsync("/api/v1/me");
        me.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var health = await client.GetAsync("/health/live");
        health.StatusCode.ShouldBe(HttpStatusCode.OK);
        health.Content.Headers.ContentType?.MediaType.ShouldNotBe("text/html");

        var document = await client.GetAsync("/swagger/v1/swagger.json");
        document.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
    }

    [Test]
    public async Task NonHtmlRequests_ToUnknownPaths_Get404()
    {
        await using var factory = WithClient();
        using var client = factory.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/unknown.json");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        (await client.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.PostAsync("/employees", new StringContent(""))).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    private WebApplicationFactory<Program> WithClient() =>
        Environment.Factory.WithWebHostBuilder(builder => builder.UseSetting("WebClient:Path", _folder));
}
