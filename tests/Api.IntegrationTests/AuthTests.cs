using System.Net;
using System.Text.Json;
using AsnCompetency.Testing;

namespace AsnCompetency.Api.IntegrationTests;

public sealed class AuthTests : ApiTestBase
{
    private const string TokenUrl = "/api/v1/auth/token";

    [Test]
    public async Task IssueToken_DemoUser_ReturnsBearerTokenThatSignsIn()
    {
        using var anonymous = Environment.CreateAnonymousClient();

        var token = await (await anonymous.PostJsonAsync(TokenUrl, new { userName = "Admin.Kalianda", password = "Demo#2026" }))
            .ShouldBeOkAsync<JsonElement>();

        token.GetProperty("tokenType").GetString().ShouldBe("Bearer");
        token.GetProperty("expiresIn").GetInt32().ShouldBe(3600);
        anonymous.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        var me = await anonymous.GetJsonAsync("/api/v1/me");
        me.GetProperty("userName").GetString().ShouldBe("admin.kalianda");
        me.GetProperty("role").GetString().ShouldBe("AgencyAdmin");
        me.GetProperty("agency").GetProperty("code").GetString().ShouldBe("LAMSEL");
        me.GetProperty("agency").GetProperty("name").GetString().ShouldBe("Pemerintah Kabupaten Lampung Selatan");
    }

    [TestCase("sysadmin", "wrong-password")]
    [TestCase("nobody", "Demo#2026")]
    public async Task IssueToken_WrongCredentials_Returns401WithTheSameMessage(string userName, string password)
    {
        using var anonymous = Environment.CreateAnonymousClient();

        var response = await anonymous.PostJsonAsync(TokenUrl, new { userName, password });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem.GetProperty("detail").GetString().ShouldBe("The user name or password is incorrect.");
    }

    [Test]
    public async Task IssueToken_MissingFields_Returns400NamingBoth()
    {
        using var anonymous = Environment.CreateAnonymousClient();

        var response = await anonymous.PostRawAsync(TokenUrl, "{}");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "userName");
        problem.GetProperty("errors").TryGetProperty("password", out _).ShouldBeTrue();
    }

    [Test]
    public async Task Me_NationalUser_HasNoAgency()
    {
        using var client = await SignInAsync("analis.nasional");

        var me = await client.GetJsonAsync("/api/v1/me");

        me.GetProperty("role").GetString().ShouldBe("Analyst");
        me.GetProperty("agency").ValueKind.ShouldBe(JsonValueKind.Null);
    }
}
