using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AsnCompetency.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AsnCompetency.Api.IntegrationTests.Security;

/// <summary>
/// Password guessing and abuse: a user name is locked after five failures (known or unknown
/// alike, so the answers tell nothing), sign-ins and failures are audited, sign-in and imports
/// are rate limited with 429 and Retry-After.
/// </summary>
public sealed class SignInProtectionTests : ApiTestBase
{
    private const string TokenUrl = "/api/v1/auth/token";

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password) =>
        client.PostJsonAsync(TokenUrl, new { userName, password });

    private static Task<long> AuditCountAsync(string action) =>
        Environment.ScalarAsync<long>($"select count(*) from audit_events where action = '{action}'");

    [TestCase("admin.kalianda")]
    [TestCase("nobody.here")]
    public async Task SignIn_FiveFailures_LockTheNameEvenForTheRightPassword(string userName)
    {
        using var anonymous = Environment.CreateAnonymousClient();
        for (var i = 0; i < 5; i++)
        {
            await (await SignInAsync(anonymous, userName, "wrong-password")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        }

        var locked = await SignInAsync(anonymous, userName, "Demo#2026");

        var problem = await locked.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        problem.GetProperty("detail").GetString()!.ShouldContain("Try again in 15 minute(s)");
        int.Parse(locked.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(14 * 60, 15 * 60);
        (await AuditCountAsync("SignInFailed")).ShouldBe(6);

        // Another name is not affected.
        await (await SignInAsync(anonymous, "admin.medan", "Demo#2026")).ShouldBeOkAsync<JsonElement>();
    }

    [Test]
    public async Task SignIn_Success_ClearsEarlierFailuresAndIsAudited()
    {
        using var anonymous = Environment.CreateAnonymousClient();
        for (var i = 0; i < 4; i++)
        {
            await (await SignInAsync(anonymous, "admin.kalianda", "wrong-password")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        }

        await (await SignInAsync(anonymous, "admin.kalianda", "Demo#2026")).ShouldBeOkAsync<JsonElement>();
        for (var i = 0; i < 4; i++)
        {
            await (await SignInAsync(anonymous, "admin.kalianda", "wrong-password")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        }

        await (await SignInAsync(anonymous, "admin.kalianda", "Demo#2026")).ShouldBeOkAsync<JsonElement>();
        (await Environment.ScalarAsync<long>(
            "select count(*) from audit_events e join users u on u.id = e.user_id where e.action = 'SignIn' and u.user_name = 'admin.kalianda' and e.agency_id = u.agency_id"))
            .ShouldBe(2);
        (await Environment.ScalarAsync<string>("select detail->>'reason' from audit_events where action = 'SignInFailed' limit 1")).ShouldBe("WrongPassword");
    }

    [Test]
    public async Task SignIn_TooManyFromOneAddress_Answers429WithRetryAfter()
    {
        await using var factory = Limited("RateLimits:SignInPerMinute", "3");
        using var anonymous = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await (await SignInAsync(anonymous, $"someone{i}", "wrong-password")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        }

        var limited = await SignInAsync(anonymous, "sysadmin", "Demo#2026");

        await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(1, 60);
    }

    [Test]
    public async Task Imports_TooManyByOneUser_Answers429AndOtherEndpointsStillWork()
    {
        await using var factory = Limited("RateLimits:ImportsPerMinute", "2");
        using var client = factory.CreateClient();
        var token = await (await SignInAsync(client, "admin.kalianda", "Demo#2026")).ShouldBeOkAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());

        for (var i = 0; i < 2; i++)
        {
            (await UploadAsync(client)).StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests);
        }

        await (await UploadAsync(client)).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        await client.GetJsonAsync("/api/v1/me");
    }

    [Test]
    public async Task Responses_CarrySecurityHeadersAndAStrictPolicyForJson()
    {
        using var client = await ApiTestBase.SignInAsync("admin.kalianda");

        var api = await client.GetAsync("/api/v1/me");
        api.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        api.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        api.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");
        api.Headers.GetValues("Content-Security-Policy").Single().ShouldStartWith("default-src 'none'");

        var swaggerUi = await client.GetAsync("/swagger/index.html");
        swaggerUi.StatusCode.ShouldBe(HttpStatusCode.OK);
        swaggerUi.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self'");
    }

    [Test]
    public async Task Cors_AnswersOnlyConfiguredOrigins()
    {
        await using var factory = Limited("Http:AllowedOrigins:0", "https://kompetensi.example.go.id");
        using var client = factory.CreateClient();

        var allowed = await PreflightAsync(client, "https://kompetensi.example.go.id");
        allowed.Headers.GetValues("Access-Control-Allow-Origin").Single().ShouldBe("https://kompetensi.example.go.id");
        var other = await PreflightAsync(client, "https://evil.example.com");
        other.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }

    private static Task<HttpResponseMessage> PreflightAsync(HttpClient client, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/me");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "authorization");
        return client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(ImportFiles.Csv("nip,session_code,instrument_code,phase,score"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "nilai.csv");
        return await client.PostAsync("/api/v1/scores/import?dryRun=true", form);
    }

    /// <summary>The test API with one setting changed (its own host on the same database).</summary>
    private static WebApplicationFactory<Program> Limited(string key, string value) =>
        Environment.Factory.WithWebHostBuilder(builder => builder.UseSetting(key, value));
}
