using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AsnCompetency.Testing;

namespace AsnCompetency.Api.IntegrationTests;

/// <summary>Small HTTP helpers for the API tests.</summary>
public static class ApiClientExtensions
{
    public const string Frameworks = "/api/v1/competency-frameworks";

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsync(url, Json.Body(body));

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string url, string body, string contentType = "application/json") =>
        client.PostAsync(url, new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue(contentType)));

    public static Task<HttpResponseMessage> SendWithIfMatchAsync(this HttpClient client, HttpMethod method, string url, string? etag, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : Json.Body(body) };
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return client.SendAsync(request);
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url) =>
        await (await client.GetAsync(url)).ShouldBeOkAsync<JsonElement>();

    public static async Task<Guid> AgencyIdAsync(this HttpClient client) =>
        (await client.GetJsonAsync("/api/v1/me")).GetProperty("agency").GetProperty("id").GetGuid();

    public static string ETagOf(this HttpResponseMessage response) =>
        response.Headers.ETag?.ToString() ?? throw new InvalidOperationException("The response has no ETag header.");

    public static async Task<JsonElement> CreateFrameworkAsync(this HttpClient client, object body) =>
        await (await client.PostJsonAsync(Frameworks, body)).ShouldBeOkAsync<JsonElement>(System.Net.HttpStatusCode.Created);
}

/// <summary>Request bodies of the framework endpoints.</summary>
public static class FrameworkBodies
{
    public static object Levels(int count = 5) =>
        Enumerable.Range(1, count).Select(level => new
        {
            level,
            description = $"Tingkat {level}",
            indicators = new[] { $"Indikator {level}.1", $"Indikator {level}.2" },
        }).ToArray();

    /// <summary>A technical framework with one group and two complete competencies.</summary>
    public static object Technical(string code, Guid? ownerAgencyId = null) => new
    {
        code,
        name = $"Kompetensi Teknis {code}",
        alternativeName = $"Technical competencies {code}",
        description = "Kamus kompetensi teknis untuk uji.",
        language = "id",
        ownerAgencyId,
        competencies = new object[]
        {
            new
            {
                code = "KES",
                name = "Kesehatan",
                itemType = "Group",
                groupKind = "Teknis",
                children = new object[]
                {
                    new { code = "KES.01", name = "Manajemen Puskesmas", levels = Levels() },
                    new { code = "KES.02", name = "Surveilans Epidemiologi", levels = Levels() },
                },
            },
        },
    };
}
