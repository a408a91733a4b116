using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using static AsnCompetency.Api.IntegrationTests.Interchange.InterchangeScenario;

namespace AsnCompetency.Api.IntegrationTests.Interchange;

/// <summary>The CASE 1.1 provider: who reads what, the list's query parameters, every object by id, and CASE errors.</summary>
public sealed class CaseProviderTests : ApiTestBase
{
    [Test]
    public async Task CFDocuments_WithoutToken_ListsOnlyPublishedNationalFrameworks()
    {
        using var anonymous = Environment.CreateAnonymousClient();

        var response = await anonymous.GetAsync($"{CaseBase}/CFDocuments");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("X-Total-Count").Single().ShouldBe("1");
        var documents = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("CFDocuments");
        documents.GetArrayLength().ShouldBe(1);
        documents[0].GetProperty("title").GetString().ShouldBe("Standar Kompetensi Manajerial dan Sosial Kultural ASN");
        documents[0].GetProperty("adoptionStatus").GetString().ShouldBe("Adopted");
        documents[0].GetProperty("caseVersion").GetString().ShouldBe("1.1");
        documents[0].GetProperty("extensions").GetProperty("asnCompetency").GetProperty("code").GetString().ShouldBe("PERMENPANRB-38-2017");
    }

    [Test]
    public async Task CFPackages_OfAnAgencyFramework_NeedsATokenOfThatAgency()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var frameworkId = await CreateFullFrameworkAsync(admin, "DIGI-CASE", await admin.AgencyIdAsync());
        var documentId = await DocumentIdAsync(admin, frameworkId);
        using var anonymous = Environment.CreateAnonymousClient();
        using var otherAgency = await SignInAsync("admin.medan");

        await (await anonymous.GetAsync($"{CaseBase}/CFPackages/{documentId}")).ShouldBeCaseErrorAsync(HttpStatusCode.NotFound, "unknownobject");
        await (await otherAgency.GetAsync($"{CaseBase}/CFPackages/{documentId}")).ShouldBeCaseErrorAsync(HttpStatusCode.NotFound, "unknownobject");
        (await admin.GetAsync($"{CaseBase}/CFPackages/{documentId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var analyst = await SignInAsync("analis.kalianda");
        var list = JsonDocument.Parse(await analyst.GetStringAsync($"{CaseBase}/CFDocuments")).RootElement.GetProperty("CFDocuments");
        list.EnumerateArray().Select(d => d.GetProperty("identifier").GetString()).ShouldContain(documentId);
    }

    [Test]
    public async Task AnAgencyThatOpensItsFrameworks_ShowsItsPublishedOnesToAnyone_NotItsDrafts()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var agencyId = await admin.AgencyIdAsync();
        var published = await CreateFullFrameworkAsync(admin, "DIGI-OPEN", agencyId);
        (await admin.PostAsync($"/api/v1/competency-frameworks/{published}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var draft = await CreateFullFrameworkAsync(admin, "DIGI-DRAFT", agencyId);
        var publishedDocument = await DocumentIdAsync(admin, published);
        var draftDocument = await DocumentIdAsync(admin, draft);
        using var anonymous = Environment.CreateAnonymousClient();
        await (await anonymous.GetAsync($"{CaseBase}/CFPackages/{publishedDocument}")).ShouldBeCaseErrorAsync(HttpStatusCode.NotFound, "unknownobject");

        var publication = $"/api/v1/agencies/{agencyId}/framework-publication";
        var etag = (await admin.GetAsync($"/api/v1/agencies/{agencyId}")).ETagOf();
        var opened = await admin.SendWithIfMatchAsync(HttpMethod.Put, publication, etag, new { publish = true });

        opened.StatusCode.ShouldBe(HttpStatusCode.OK);
        JsonDocument.Parse(await opened.Content.ReadAsStringAsync()).RootElement.GetProperty("publishesFrameworks").GetBoolean().ShouldBeTrue();
        (await anonymous.GetAsync($"{CaseBase}/CFPackages/{publishedDocument}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await anonymous.GetAsync($"{CaseBase}/CFPackages/{draftDocument}")).ShouldBeCaseErrorAsync(HttpStatusCode.NotFound, "unknownobject");
        var listed = JsonDocument.Parse(await anonymous.GetStringAsync($"{CaseBase}/CFDocuments")).RootElement.GetProperty("CFDocuments")
            .EnumerateArray().Select(d => d.GetProperty("identifier").GetString()).ToList();
        listed.ShouldContain(publishedDocument);
        listed.ShouldNotContain(draftDocument);

        // A stale ETag, another agency's admin and an employee change nothing.
        (await admin.SendWithIfMatchAsync(HttpMethod.Put, publication, etag, new { publish = false })).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        using var otherAgency = await SignInAsync("admin.medan");
        (await otherAgency.PutAsync(publication, JsonContent.Create(new { publish = false }))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var employee = await SignInAsync("pegawai.kalianda");
        (await employee.PutAsync(publication, JsonContent.Create(new { publish = false }))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await anonymous.GetAsync($"{CaseBase}/CFPackages/{publishedDocument}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.SendWithIfMatchAsync(HttpMethod.Put, publication, opened.ETagOf(), new { publish = false })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await anonymous.GetAsync($"{CaseBase}/CFPackages/{publishedDocument}")).ShouldBeCaseErrorAsync(HttpStatusCode.NotFound, "unknownobject");
    }

    [Test]
    public async Task EveryObjectOfAPackage_CanBeReadById()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var frameworkId = await CreateFullFrameworkAsync(admin, "DIGI-CASE", await admin.AgencyIdAsync());
        var package = JsonDocument.Parse(await admin.GetStringAsync($"{CaseBase}/CFPackages/{await DocumentIdAsync(admin, frameworkId)}")).RootElement;
        var document = package.GetProperty("CFDocument");

        var single = JsonDocument.Parse(await admin.GetStringAsync(document.GetProperty("uri").GetString()!)).RootElement;
        single.GetProperty("title").GetString().ShouldBe("Kompetensi Teknis Pelayanan Digital");
        single.GetProperty("CFPackageURI").GetProperty("identifier").GetString().ShouldBe(document.GetProperty("identifier").GetString());

        foreach (var item in package.GetProperty("CFItems").EnumerateArray())
        {
            var read = JsonDocument.Parse(await admin.GetStringAsync(item.GetProperty("uri").GetString()!)).RootElement;
            read.GetProperty("humanCodingScheme").GetString().ShouldBe(item.GetProperty("humanCodingScheme").GetString());
            read.GetProperty("CFDocumentURI").GetProperty("identifier").GetString().ShouldBe(document.GetProperty("identifier").GetString());
        }

        foreach (var association in package.GetProperty("CFAssociations").EnumerateArray())
        {
            var read = JsonDocument.Parse(await admin.GetStringAsync(association.GetProperty("uri").GetString()!)).RootElement;
            read.GetProperty("associationType").GetString().ShouldBe(association.GetProperty("associationType").GetString());
            read.GetProperty("originNodeURI").GetProperty("identifier").GetString().ShouldBe(association.GetProperty("originNodeURI").GetProperty("identifier").GetString());
        }

        var rubric = package.GetProperty("CFRubrics")[0];
        var readRubric = JsonDocument.Parse(await admin.GetStringAsync(rubric.GetProperty("uri").GetString()!)).RootElement;
        readRubric.GetProperty("CFRubricCriteria").GetArrayLength().ShouldBe(5);

        var related = package.GetProperty("CFItems").EnumerateArray().First(i => i.GetProperty("humanCodingScheme").GetString() == "PEL.03");
        var set = JsonDocument.Parse(await admin.GetStringAsync($"{CaseBase}/CFItemAssociations/{related.GetProperty("identifier").GetString()}")).RootElement;
        set.GetProperty("CFItem").GetProperty("humanCodingScheme").GetString().ShouldBe("PEL.03");
        set.GetProperty("CFAssociations").EnumerateArray().Select(a => a.GetProperty("associationType").GetString()).Order()
            .ShouldBe(["isChildOf", "isRelatedTo", "isRelatedTo"]);
    }

    [Test]
    public async Task Package_MapsTheTreeLevelsAndCrossReferencesAsTheIssueSays()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var frameworkId = await CreateFullFrameworkAsync(admin, "DIGI-CASE", await admin.AgencyIdAsync());
        var package = JsonDocument.Parse(await ExportAsync(admin, frameworkId, "case")).RootElement;
        var items = package.GetProperty("CFItems").EnumerateArray().ToDictionary(i => i.GetProperty("humanCodingScheme").GetString()!);
        var documentId = package.GetProperty("CFDocument").GetProperty("identifier").GetString();
        var childOf = package.GetProperty("CFAssociations").EnumerateArray().Where(a => a.GetProperty("associationType").GetString() == "isChildOf")
            .ToDictionary(a => a.GetProperty("originNodeURI").GetProperty("identifier").GetString()!);

        items["PEL"].GetProperty("CFItemType").GetString().ShouldBe("Group");
        items["PEL.01"].GetProperty("CFItemType").GetString().ShouldBe("Competency");
        items["PEL.01"].GetProperty("fullStatement").GetString().ShouldBe("Menyusun dan menerapkan standar pelayanan.");
        items["PEL.01"].GetProperty("abbreviatedStatement").GetString().ShouldBe("Standar Pelayanan");
        childOf[items["PEL"].GetProperty("identifier").GetString()!].GetProperty("destinationNodeURI").GetProperty("identifier").GetString().ShouldBe(documentId);
        var pel01 = childOf[items["PEL.01"].GetProperty("identifier").GetString()!];
        pel01.GetProperty("destinationNodeURI").GetProperty("identifier").GetString().ShouldBe(items["PEL"].GetProperty("identifier").GetString());
        pel01.GetProperty("sequenceNumber").GetInt32().ShouldBe(20);

        var criterion = package.GetProperty("CFRubrics")[0].GetProperty("CFRubricCriteria").EnumerateArray()
            .Single(c => c.GetProperty("CFItemURI").GetProperty("identifier").GetString() == items["PEL.01"].GetProperty("identifier").GetString());
        var level3 = criterion.GetProperty("CFRubricCriterionLevels")[2];
        level3.GetProperty("score").GetInt32().ShouldBe(3);
        level3.GetProperty("quality").GetString().ShouldBe("Mahir");
        level3.GetProperty("description").GetString().ShouldBe("standar: tingkat 3, \"mandiri\" pada lingkup 3.\n- Menerapkan standar (3.1)\n- Membimbing rekan, tim, dan unit (3.2)");
    }

    [Test]
    public async Task Identifiers_AreStableAcrossReads()
    {
        using var anonymous = Environment.CreateAnonymousClient();
        var documentId = JsonDocument.Parse(await anonymous.GetStringAsync($"{CaseBase}/CFDocuments")).RootElement.GetProperty("CFDocuments")[0].GetProperty("identifier").GetString();

        var first = await anonymous.GetStringAsync($"{CaseBase}/CFPackages/{documentId}");
        var second = await anonymous.GetStringAsync($"{CaseBase}/CFPackages/{documentId}");

        second.ShouldBe(first);
    }

    [Test]
    public async Task CFDocuments_PagesSortsFiltersAndSelectsFields()
    {
        using var sysadmin = await SignInAsync("sysadmin");
        foreach (var code in new[] { "NAS-A", "NAS-B", "NAS-C" })
        {
            await sysadmin.CreateFrameworkAsync(FrameworkBodies.Technical(code));
        }

        var response = await sysadmin.GetAsync($"{CaseBase}/CFDocuments?limit=2&offset=1&sort=title&orderBy=desc&fields=identifier,title");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var total = int.Parse(response.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture);
        total.ShouldBe(4);
        response.Headers.GetValues("Link").Single().ShouldContain("rel=\"next\"");
        var documents = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("CFDocuments").EnumerateArray().ToList();
        documents.Count.ShouldBe(2);
        documents.ShouldAllBe(d => d.EnumerateObject().Select(p => p.Name).SequenceEqual(new[] { "identifier", "title" }));
        var all = JsonDocument.Parse(await sysadmin.GetStringAsync($"{CaseBase}/CFDocuments?sort=title&orderBy=desc")).RootElement.GetProperty("CFDocuments")
            .EnumerateArray().Select(d => d.GetProperty("title").GetString()).ToList();
        documents.Select(d => d.GetProperty("title").GetString()).ShouldBe(all.Skip(1).Take(2));

        var filtered = JsonDocument.Parse(await sysadmin.GetStringAsync($"{CaseBase}/CFDocuments?filter={Uri.EscapeDataString("title~'teknis' AND language='id'")}")).RootElement.GetProperty("CFDocuments");
        filtered.GetArrayLength().ShouldBe(3);
        filtered.EnumerateArray().ShouldAllBe(d => d.GetProperty("title").GetString()!.Contains("Teknis"));
    }

    [TestCase("limit=0")]
    [TestCase("limit=abc")]
    [TestCase("offset=-1")]
    [TestCase("orderBy=sideways")]
    [TestCase("fields=identifier,colour")]
    [TestCase("filter=title")]
    [TestCase("filter=colour='red'")]
    public async Task CFDocuments_BadQueryParameter_IsInvalidSelectionField(string query)
    {
        using var anonymous = Environment.CreateAnonymousClient();

        var response = await anonymous.GetAsync($"{CaseBase}/CFDocuments?{query}");

        await response.ShouldBeCaseErrorAsync(HttpStatusCode.BadRequest, "invalid_selection_field");
    }

    [Test]
    public async Task CFDocuments_UnknownSortField_IsInvalidSortField()
    {
        using var anonymous = Environment.CreateAnonymousClient();

        await (await anonymous.GetAsync($"{CaseBase}/CFDocuments?sort=colour")).ShouldBeCaseErrorAsync(HttpStatusCode.BadRequest, "invalid_sort_field");
    }

    [TestCase("CFDocuments")]
    [TestCase("CFPackages")]
    [TestCase("CFItems")]
    [TestCase("CFAssociations")]
    [TestCase("CFItemAssociations")]
    [TestCase("CFRubrics")]
    public async Task UnknownIdentifier_IsUnknownObject(string resource)
    {
        using var anonymous = Environment.CreateAnonymousClient();

        var body = await (await anonymous.GetAsync($"{CaseBase}/{resource}/{Guid.NewGuid()}")).ShouldBeCaseErrorAsync(HttpStatusCode.NotFound, "unknownobject");

        body.GetProperty("imsx_description").GetString().ShouldNotBeNullOrEmpty();
        (await anonymous.GetAsync($"{CaseBase}/{resource}/not-a-uuid")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task InvalidToken_IsRefusedInCaseForm()
    {
        using var client = Environment.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not.a.token");

        await (await client.GetAsync($"{CaseBase}/CFDocuments")).ShouldBeCaseErrorAsync(HttpStatusCode.Unauthorized, "unauthorisedrequest");
    }

    [Test]
    public async Task CaseEndpoints_AreGetOnly()
    {
        using var sysadmin = await SignInAsync("sysadmin");

        var response = await sysadmin.PostJsonAsync($"{CaseBase}/CFDocuments", new { title = "x" });

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
    }
}
