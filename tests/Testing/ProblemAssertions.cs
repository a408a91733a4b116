using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;

namespace AsnCompetency.Testing;

/// <summary>Assertions on RFC 9457 problem details answers.</summary>
public static class ProblemAssertions
{
    /// <summary>
    /// Asserts the status, the problem+json content type, a title, a traceId, and (when given)
    /// an error entry for the field; returns the parsed body.
    /// </summary>
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string? field = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", body);
        var problem = JsonDocument.Parse(body).RootElement;
        problem.GetProperty("status").GetInt32().ShouldBe((int)status);
        problem.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        problem.GetProperty("traceId").GetString().ShouldNotBeNullOrWhiteSpace();
        body.ShouldNotContain("   at ", customMessage: "no stack trace reaches a client");
        if (field is not null)
        {
            problem.TryGetProperty("errors", out var errors).ShouldBeTrue($"expected field errors in {body}");
            errors.TryGetProperty(field, out var messages).ShouldBeTrue($"expected an error for '{field}' in {body}");
            messages.GetArrayLength().ShouldBeGreaterThan(0);
        }

        return problem;
    }

    public static async Task<T> ShouldBeOkAsync<T>(this HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        return JsonSerializer.Deserialize<T>(body, Json.Options)!;
    }
}

/// <summary>The API's JSON conventions, for reading responses in tests.</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Api.DependencyInjection.ConfigureJson(options);
        return options;
    }

    public static JsonContent Body(object value) => JsonContent.Create(value, options: Options);
}
