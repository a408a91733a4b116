using System.Net;
using System.Text;
using System.Text.Json;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.OrganisationBuilder;

namespace AsnCompetency.Api.IntegrationTests;

/// <summary>Defects found in review, each kept from coming back.</summary>
public sealed class ReviewRegressionTests : ApiTestBase
{
    [Test]
    public async Task IssueToken_TwentyConcurrentSignInsOfOneUser_AllSucceed()
    {
        using var anonymous = Environment.CreateAnonymousClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            anonymous.PostJsonAsync("/api/v1/auth/token", new { userName = "sysadmin", password = "Demo#2026" })));

        responses.Select(r => r.StatusCode).ShouldAllBe(status => status == HttpStatusCode.OK);
        (await Environment.ScalarAsync<int>("select count(*) from users where user_name = 'sysadmin' and last_sign_in_at is not null")).ShouldBe(1);
    }

    [Test]
    public async Task Import_UpsertWithEmptyCells_KeepsTheStoredValues()
    {
        using var client = await SignInAsync("admin.kalianda");
        var nip = Nips.Pns(42);
        await client.CreateEmployeeAsync(nip, "Ahmad Gunawan", gradeCode: "III/b");
        await Environment.ScalarAsync<int>($"update employees set email = 'ahmad@lamsel.go.id' where nip = '{nip}' returning 1");

        var response = await client.ImportAsync(ImportFiles.Csv("nip,full_name,grade,email,phone", $"{nip},Ahmad Gunawan Putra,,,"), query: "?mode=upsert");

        (await response.ShouldBeOkAsync<JsonElement>()).GetProperty("updatedCount").GetInt32().ShouldBe(1);
        (await Environment.ScalarAsync<string>($"select concat_ws('|', full_name, grade_code, email) from employees where nip = '{nip}'"))
            .ShouldBe("Ahmad Gunawan Putra|III/b|ahmad@lamsel.go.id");
    }

    [Test]
    public async Task Import_Windows1252Csv_Returns400AskingForUtf8()
    {
        using var client = await SignInAsync("admin.kalianda");
        var latin1 = Encoding.Latin1.GetBytes($"nip,full_name\r\n{Nips.Pns(7)},Nur aini Caf\u00e9\r\n");

        var response = await client.ImportAsync(latin1);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "file");
        problem.GetProperty("errors").GetProperty("file")[0].GetString()!.ShouldContain("UTF-8");
        (await Environment.ScalarAsync<long>("select count(*) from employees")).ShouldBe(0);
    }

    [Test]
    public async Task Import_ControlCharacterInACell_IsARowError()
    {
        using var client = await SignInAsync("admin.kalianda");

        var response = await client.ImportAsync(ImportFiles.Csv("nip,full_name", $"{Nips.Pns(8)},Budi\u0000Santoso"), query: "?dryRun=true");

        var (_, errors, _) = await response.ShouldBeRejectedImportAsync();
        errors.ShouldContain(e => e.Row == 2 && e.Column == "full_name");
    }

    [Test]
    public async Task Import_EmailWithDisplayNameOrWordsAsPhone_AreRowErrorsLikeInTheApi()
    {
        using var client = await SignInAsync("admin.kalianda");

        var response = await client.ImportAsync(ImportFiles.Csv("nip,full_name,email,phone", $"{Nips.Pns(9)},Budi,Budi <budi@x.id>,tidak ada"));

        var (_, errors, _) = await response.ShouldBeRejectedImportAsync();
        errors.Select(e => e.Column).ShouldBe(["email", "phone"], ignoreOrder: true);
    }

    [Test]
    public async Task Import_SentAsCsvBodyInsteadOfAForm_Returns415ExplainingTheUpload()
    {
        using var client = await SignInAsync("admin.kalianda");

        var response = await client.PostRawAsync($"{Employees}/import", "nip,full_name\r\n", "text/csv");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        problem.GetProperty("detail").GetString()!.ShouldContain("multipart/form-data");
    }

    [TestCase("/api/v1/standard-defaults", "PUT", """{"items":[null]}""")]
    [TestCase("/api/v1/competency-frameworks", "POST", """{"code":"X1","name":"n","proficiencyLevels":[null,null]}""")]
    [TestCase("/api/v1/competency-frameworks", "POST", """{"code":"X1","name":"n","competencies":[null]}""")]
    public async Task Write_WithNullListElement_Returns400(string url, string method, string body)
    {
        using var client = await SignInAsync("sysadmin");

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task ReplaceStandards_WithNullItem_Returns400()
    {
        using var client = await SignInAsync("admin.kalianda");
        var (_, positionId) = await client.UnitWithPositionAsync(await client.AgencyIdAsync(), "DINKES");

        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"{Positions}/{positionId}/standards")
        {
            Content = new StringContent("""{"items":[null]}""", Encoding.UTF8, "application/json"),
        });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [TestCase("page=2147483647&pageSize=500", "page")]
    public async Task List_PageBeyondAnyPossibleOffset_Returns400(string query, string field)
    {
        using var client = await SignInAsync("admin.kalianda");

        await (await client.GetAsync($"{Employees}?{query}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, field);
    }

    [Test]
    public async Task Requests_WithNulCharacter_Return400()
    {
        using var client = await SignInAsync("admin.kalianda");

        await (await client.GetAsync($"{Employees}?search=ab%00c")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await client.PostJsonAsync(Employees, EmployeeBody(Nips.Pns(10), "a\u0000b"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await Environment.ScalarAsync<long>("select count(*) from employees")).ShouldBe(0);
    }

    [Test]
    public async Task AssignPosition_WithStaleIfMatch_Returns412AndKeepsThePosition()
    {
        using var client = await SignInAsync("admin.kalianda");
        var agencyId = await client.AgencyIdAsync();
        var (_, first) = await client.UnitWithPositionAsync(agencyId, "DINKES");
        var (_, second) = await client.UnitWithPositionAsync(agencyId, "DISDIK");
        var employee = await client.CreateEmployeeAsync(Nips.Pns(11), "Rudi Hartono", first, positionStartDate: "2020-01-01");
        var url = $"{Employees}/{employee.Id()}";
        (await client.PutAsync(url, Json.Body(new { nip = Nips.Pns(11), fullName = "Rudi Hartono, berubah" }))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await client.SendWithIfMatchAsync(HttpMethod.Post, $"{url}/assignments", employee.GetProperty("eTag").GetString(), new { positionId = second, startDate = "2024-01-01" });

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await client.GetJsonAsync(url)).GetProperty("position").Id().ShouldBe(first);
    }

    [Test]
    public async Task UpdatePosition_MovedToAnotherUnit_HoldersAndTheirCurrentAssignmentFollow()
    {
        using var client = await SignInAsync("admin.kalianda");
        var agencyId = await client.AgencyIdAsync();
        var (oldUnit, positionId) = await client.UnitWithPositionAsync(agencyId, "DINKES");
        var newUnit = (await client.CreateUnitAsync(agencyId, "DINSOS")).Id();
        var employee = await client.CreateEmployeeAsync(Nips.Pns(12), "Dewi Lestari", positionId, positionStartDate: "2021-03-01");
        var position = await client.GetAsync($"{Positions}/{positionId}");

        var moved = await client.SendWithIfMatchAsync(HttpMethod.Put, $"{Positions}/{positionId}", position.ETagOf(), PositionBody(newUnit, "DINKES-STAF"));

        moved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetJsonAsync($"{Employees}/{employee.Id()}")).GetProperty("unit").Id().ShouldBe(newUnit);
        var current = (await client.GetJsonAsync($"{Employees}/{employee.Id()}/assignments"))[0];
        current.GetProperty("unit").Id().ShouldBe(newUnit);
        (await client.DeleteAsync($"{Units}/{oldUnit}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Test]
    public async Task CreateFramework_AsAgencyAdminWithoutOwner_Returns403SayingToSendTheAgencyId()
    {
        using var client = await SignInAsync("admin.kalianda");

        var response = await client.PostJsonAsync(ApiClientExtensions.Frameworks, FrameworkBodies.Technical("TEKNIS-KES"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        problem.GetProperty("detail").GetString()!.ShouldContain((await client.AgencyIdAsync()).ToString());
    }

    [Test]
    public async Task UpdateStandardDefaults_UnknownAgency_Returns400NamingAgencyId()
    {
        using var client = await SignInAsync("sysadmin");

        var response = await client.SendWithIfMatchAsync(HttpMethod.Put, StandardDefaults, null, new
        {
            agencyId = Guid.NewGuid(),
            items = new[] { new { positionType = "Pelaksana", requiredLevel = 2 } },
        });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "agencyId");
    }
}
