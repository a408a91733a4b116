using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.Training.TrainingBuilder;

namespace AsnCompetency.Api.IntegrationTests.Security;

/// <summary>
/// Integrator access: a SystemAdmin registers an API client, the client gets a short-lived
/// read-only token with the OAuth 2.0 client-credentials grant, reads its agency's data and
/// changes nothing; a rotated secret or a deactivated client no longer gets tokens.
/// </summary>
public sealed class ApiClientTests : ApiTestBase
{
    private const string ClientToken = "/api/v1/auth/client-token";
    private const string ApiClients = "/api/v1/api-clients";

    private static Task<HttpResponseMessage> RequestTokenAsync(HttpClient client, string clientId, string secret, string grantType = "client_credentials") =>
        client.PostAsync(ClientToken, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = grantType,
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        }));

    private static async Task<(Guid Id, string Secret)> RegisterAsync(HttpClient sysadmin, string clientId, Guid? agencyId)
    {
        var created = await (await sysadmin.PostJsonAsync(ApiClients, new { clientId, name = "SIMPEG Lampung Selatan", agencyId })).ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        return (created.GetProperty("client").Id(), created.GetProperty("clientSecret").GetString()!);
    }

    [Test]
    public async Task ClientCredentials_GiveAShortLivedReadOnlyTokenScopedToTheAgency()
    {
        using var kalianda = await SignInAsync("admin.kalianda");
        var lamsel = await kalianda.AgencyIdAsync();
        await kalianda.CreateEmployeeAsync(Nips.Pns(1), "Andi Wijaya");
        using var medan = await SignInAsync("admin.medan");
        await medan.CreateEmployeeAsync(Nips.Pns(2), "Budi Santoso");
        using var sysadmin = await SignInAsync("sysadmin");
        var (_, secret) = await RegisterAsync(sysadmin, "simpeg-lamsel", lamsel);
        using var integrator = Environment.CreateAnonymousClient();

        var token = await (await RequestTokenAsync(integrator, "simpeg-lamsel", secret)).ShouldBeOkAsync<JsonElement>();

        token.GetProperty("tokenType").GetString().ShouldBe("Bearer");
        token.GetProperty("expiresIn").GetInt32().ShouldBe(15 * 60);
        token.GetProperty("scope").GetString().ShouldBe("read");
        integrator.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        var me = await integrator.GetJsonAsync("/api/v1/me");
        me.GetProperty("userName").GetString().ShouldBe("simpeg-lamsel");
        me.GetProperty("role").GetString().ShouldBe("Analyst");
        me.GetProperty("agency").GetProperty("id").GetGuid().ShouldBe(lamsel);
        var employees = (await integrator.GetJsonAsync("/api/v1/employees")).GetProperty("items").EnumerateArray().ToList();
        employees.ShouldHaveSingleItem().GetProperty("fullName").GetString().ShouldBe("Andi Wijaya");
        await (await integrator.PostJsonAsync(Programs, ProgramBody("TEKNIS-01"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await integrator.GetAsync(ApiClients)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await Environment.ScalarAsync<long>("select count(*) from training_programs")).ShouldBe(0);
    }

    [Test]
    public async Task ClientCredentials_InHttpBasic_AreAcceptedToo()
    {
        using var sysadmin = await SignInAsync("sysadmin");
        var (_, secret) = await RegisterAsync(sysadmin, "dashboard-nasional", null);
        using var integrator = Environment.CreateAnonymousClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, ClientToken)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"dashboard-nasional:{secret}")));

        await (await integrator.SendAsync(request)).ShouldBeOkAsync<JsonElement>();
    }

    [Test]
    public async Task WrongSecretRotatedSecretOrDeactivatedClient_GetNoToken()
    {
        using var sysadmin = await SignInAsync("sysadmin");
        var (id, secret) = await RegisterAsync(sysadmin, "simpeg-lamsel", null);
        using var integrator = Environment.CreateAnonymousClient();

        await (await RequestTokenAsync(integrator, "simpeg-lamsel", secret + "x")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await RequestTokenAsync(integrator, "nobody", secret)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await RequestTokenAsync(integrator, "simpeg-lamsel", secret, grantType: "password")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "grant_type");
        await (await integrator.PostJsonAsync(ClientToken, new { grant_type = "client_credentials" })).ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);

        var rotated = await (await sysadmin.PostAsync($"{ApiClients}/{id}/rotate-secret", null)).ShouldBeOkAsync<JsonElement>();
        await (await RequestTokenAsync(integrator, "simpeg-lamsel", secret)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var newSecret = rotated.GetProperty("clientSecret").GetString()!;
        await (await RequestTokenAsync(integrator, "simpeg-lamsel", newSecret)).ShouldBeOkAsync<JsonElement>();

        await (await sysadmin.PostAsync($"{ApiClients}/{id}/deactivate", null)).ShouldBeOkAsync<JsonElement>();
        await (await RequestTokenAsync(integrator, "simpeg-lamsel", newSecret)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var listed = (await sysadmin.GetJsonAsync(ApiClients)).EnumerateArray().ShouldHaveSingleItem();
        listed.GetProperty("isActive").GetBoolean().ShouldBeFalse();
        listed.TryGetProperty("clientSecret", out _).ShouldBeFalse();
        (await Environment.ScalarAsync<string>("select secret_hash from api_clients"))!.ShouldNotContain(newSecret);
    }

    [TestCase("admin.kalianda")]
    [TestCase("analis.nasional")]
    public async Task Management_IsForSystemAdminsOnly(string userName)
    {
        using var client = await SignInAsync(userName);

        await (await client.GetAsync(ApiClients)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await client.PostJsonAsync(ApiClients, new { clientId = "x", name = "x" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    /// <summary>
    /// The OpenAPI document offers the client-credentials scheme on exactly the reads a client
    /// token may make: each GET is called with one (ids that exist nowhere, no query), and is
    /// refused (403) if and only if the document leaves the scheme off it.
    /// </summary>
    [Test]
    public async Task ClientCredentialsScheme_IsDeclaredOnExactlyTheReadsAClientTokenMayMake()
    {
        using var kalianda = await SignInAsync("admin.kalianda");
        var lamsel = await kalianda.AgencyIdAsync();
        using var sysadmin = await SignInAsync("sysadmin");
        var (_, secret) = await RegisterAsync(sysadmin, "simpeg-lamsel", lamsel);
        using var integrator = Environment.CreateAnonymousClient();
        var token = await (await RequestTokenAsync(integrator, "simpeg-lamsel", secret)).ShouldBeOkAsync<JsonElement>();
        integrator.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        var document = await integrator.GetJsonAsync("/swagger/v1/swagger.json");
        var wrong = new List<string>();
        var reads = 0;

        foreach (var path in document.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete"))
            {
                var schemes = operation.Value.TryGetProperty("security", out var security)
                    ? security.EnumerateArray().SelectMany(r => r.EnumerateObject().Select(s => s.Name)).ToList()
                    : [];
                var declared = schemes.Contains("ClientCredentials");
                if (operation.Name != "get")
                {
                    declared.ShouldBeFalse($"{operation.Name.ToUpperInvariant()} {path.Name}: client tokens only read");
                    continue;
                }

                if (schemes.Count == 0)
                {
                    continue;
                }

                var url = System.Text.RegularExpressions.Regex.Replace(path.Name, "{[^}]+}", _ => Guid.NewGuid().ToString());
                using var response = await integrator.GetAsync(url);
                reads++;
                var refused = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized;
                if (refused == declared)
                {
                    wrong.Add($"GET {path.Name}: {(int)response.StatusCode}, the document {(declared ? "offers" : "does not offer")} client credentials");
                }
            }
        }

        reads.ShouldBeGreaterThan(50);
        wrong.ShouldBeEmpty(string.Join(System.Environment.NewLine, wrong));
    }
}
