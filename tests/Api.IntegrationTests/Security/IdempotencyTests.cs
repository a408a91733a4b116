using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AsnCompetency.Api.IntegrationTests.Training;
using AsnCompetency.Testing;

namespace AsnCompetency.Api.IntegrationTests.Security;

/// <summary>
/// Idempotency keys: a retried POST with the same key gets the first answer and does not do the
/// work twice; a key is the user's own, bound to one request, and errors are not kept.
/// </summary>
public sealed class IdempotencyTests : ApiTestBase
{
    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = Json.Body(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    [Test]
    public async Task Create_RetriedWithTheSameKey_ReturnsTheFirstAnswerAndCreatesOnce()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var body = TrainingBuilder.ProgramBody("TEKNIS-01");

        var first = await PostAsync(admin, TrainingBuilder.Programs, body, "b3a1f0e2-0001");
        var again = await PostAsync(admin, TrainingBuilder.Programs, body, "b3a1f0e2-0001");

        var created = await first.ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        var replayed = await again.ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        replayed.Id().ShouldBe(created.Id());
        again.Headers.Location.ShouldBe(first.Headers.Location);
        again.Headers.GetValues("Idempotent-Replayed").Single().ShouldBe("true");
        (await Environment.ScalarAsync<long>("select count(*) from training_programs where code = 'TEKNIS-01'")).ShouldBe(1);

        // Without a key the same body is a new request (and a duplicate code).
        await (await admin.PostJsonAsync(TrainingBuilder.Programs, body)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Import_RetriedWithTheSameKey_DoesNotImportTwice()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var file = ImportFiles.Csv("nip,full_name", $"{Nips.Pns(1)},Andi Wijaya", $"{Nips.Pns(2)},Budi Santoso");

        var results = new List<HttpResponseMessage>();
        for (var i = 0; i < 2; i++)
        {
            using var form = new MultipartFormDataContent();
            var content = new ByteArrayContent(file);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(content, "file", "pegawai.csv");
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/employees/import") { Content = form };
            request.Headers.Add("Idempotency-Key", "import-2026-12-03-a");
            results.Add(await admin.SendAsync(request));
        }

        (await results[0].ShouldBeOkAsync<JsonElement>()).GetProperty("insertedCount").GetInt32().ShouldBe(2);
        (await results[1].ShouldBeOkAsync<JsonElement>()).GetProperty("insertedCount").GetInt32().ShouldBe(2);
        (await Environment.ScalarAsync<long>("select count(*) from employees")).ShouldBe(2);
    }

    [Test]
    public async Task Key_ReusedForADifferentRequest_IsRefused()
    {
        using var admin = await SignInAsync("admin.kalianda");
        await (await PostAsync(admin, TrainingBuilder.Programs, TrainingBuilder.ProgramBody("TEKNIS-01"), "key-1")).ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);

        var other = await PostAsync(admin, TrainingBuilder.Programs, TrainingBuilder.ProgramBody("TEKNIS-02"), "key-1");

        (await other.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString()!.ShouldContain("different request");
        (await Environment.ScalarAsync<long>("select count(*) from training_programs where code = 'TEKNIS-02'")).ShouldBe(0);
    }

    [Test]
    public async Task Key_OfAnotherUser_IsTheirOwn()
    {
        using var kalianda = await SignInAsync("admin.kalianda");
        using var medan = await SignInAsync("admin.medan");

        await (await PostAsync(kalianda, TrainingBuilder.Programs, TrainingBuilder.ProgramBody("TEKNIS-01"), "shared-key")).ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        var theirs = await PostAsync(medan, TrainingBuilder.Programs, TrainingBuilder.ProgramBody("TEKNIS-01"), "shared-key");

        await theirs.ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        theirs.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
        (await Environment.ScalarAsync<long>("select count(*) from training_programs where code = 'TEKNIS-01'")).ShouldBe(2);
    }

    [Test]
    public async Task FailedRequest_IsNotKeptSoTheCorrectedOneRunsWithTheSameKey()
    {
        using var admin = await SignInAsync("admin.kalianda");

        await (await PostAsync(admin, TrainingBuilder.Programs, new { code = "", title = "" }, "key-2")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var corrected = await PostAsync(admin, TrainingBuilder.Programs, TrainingBuilder.ProgramBody("TEKNIS-01"), "key-2");

        await corrected.ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
    }

    [TestCase("has space")]
    [TestCase("kunci-é")]
    public async Task Key_Malformed_Is400(string key)
    {
        using var admin = await SignInAsync("admin.kalianda");

        var response = await PostAsync(admin, TrainingBuilder.Programs, TrainingBuilder.ProgramBody("TEKNIS-01"), key);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await Environment.ScalarAsync<long>("select count(*) from training_programs where code = 'TEKNIS-01'")).ShouldBe(0);
    }

    [Test]
    public async Task Document_DeclaresTheHeaderOnSignedInPostsOnly()
    {
        var document = await Environment.CreateAnonymousClient().GetJsonAsync("/swagger/v1/swagger.json");
        var paths = document.GetProperty("paths");

        static bool Declares(JsonElement operation) =>
            operation.TryGetProperty("parameters", out var parameters) && parameters.EnumerateArray().Any(p => p.GetProperty("name").GetString() == "Idempotency-Key");

        Declares(paths.GetProperty("/api/v1/training-programs").GetProperty("post")).ShouldBeTrue();
        Declares(paths.GetProperty("/api/v1/employees/import").GetProperty("post")).ShouldBeTrue();
        Declares(paths.GetProperty("/api/v1/auth/token").GetProperty("post")).ShouldBeFalse();
        Declares(paths.GetProperty("/api/v1/training-programs").GetProperty("get")).ShouldBeFalse();
    }
}
