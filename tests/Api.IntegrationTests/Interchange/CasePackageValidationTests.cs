using System.Net;
using System.Text.Json;
using static AsnCompetency.Api.IntegrationTests.Interchange.InterchangeScenario;

namespace AsnCompetency.Api.IntegrationTests.Interchange;

/// <summary>
/// CFPackages answers of the national standard and of a framework with every feature in use:
/// valid against 1EdTech's CASE 1.1 CFPackage schema (when CASE_SCHEMA_PATH names it), and
/// structurally sound by our own checks (always).
/// </summary>
public sealed class CasePackageValidationTests : ApiTestBase
{
    [Test]
    public async Task NationalStandard_PassesTheStructuralChecks()
    {
        var package = await NationalPackageAsync();

        CasePackageChecks.StructuralProblems(package).ShouldBeEmpty();
        package.GetProperty("CFItems").GetArrayLength().ShouldBe(11);
        package.GetProperty("CFRubrics")[0].GetProperty("CFRubricCriteria").GetArrayLength().ShouldBe(9);
    }

    [Test]
    public async Task FullFeatureFramework_PassesTheStructuralChecks()
    {
        CasePackageChecks.StructuralProblems(await FullFeaturePackageAsync()).ShouldBeEmpty();
    }

    [Test]
    public async Task NationalStandard_ValidatesAgainstTheOfficialSchema()
    {
        var schema = CasePackageChecks.OfficialSchema();
        if (schema is null)
        {
            Assert.Ignore($"{CasePackageChecks.SchemaPathVariable} does not name the CASE 1.1 CFPackage schema (see README); the structural checks ran without it.");
        }

        CasePackageChecks.SchemaErrors(schema!, await NationalPackageAsync()).ShouldBeEmpty();
    }

    [Test]
    public async Task FullFeatureFramework_ValidatesAgainstTheOfficialSchema()
    {
        var schema = CasePackageChecks.OfficialSchema();
        if (schema is null)
        {
            Assert.Ignore($"{CasePackageChecks.SchemaPathVariable} does not name the CASE 1.1 CFPackage schema (see README); the structural checks ran without it.");
        }

        CasePackageChecks.SchemaErrors(schema!, await FullFeaturePackageAsync()).ShouldBeEmpty();
    }

    [Test]
    public async Task StructuralChecks_CatchABrokenPackage()
    {
        var package = (await NationalPackageAsync()).GetRawText();
        var firstItem = JsonDocument.Parse(package).RootElement.GetProperty("CFItems")[0].GetProperty("identifier").GetString()!;
        var broken = JsonDocument.Parse(package.Replace(firstItem, firstItem.ToUpperInvariant(), StringComparison.Ordinal)).RootElement;

        CasePackageChecks.StructuralProblems(broken).ShouldNotBeEmpty();
    }

    private async Task<JsonElement> NationalPackageAsync()
    {
        using var anonymous = Environment.CreateAnonymousClient();
        var documentId = JsonDocument.Parse(await anonymous.GetStringAsync($"{CaseBase}/CFDocuments")).RootElement.GetProperty("CFDocuments")[0].GetProperty("identifier").GetString();
        return JsonDocument.Parse(await anonymous.GetStringAsync($"{CaseBase}/CFPackages/{documentId}")).RootElement;
    }

    /// <summary>Published, so every status field is in use; read with a token of the owning agency.</summary>
    private async Task<JsonElement> FullFeaturePackageAsync()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var frameworkId = await CreateFullFrameworkAsync(admin, "DIGI-CASE", await admin.AgencyIdAsync());
        (await admin.PostAsync($"{ApiClientExtensions.Frameworks}/{frameworkId}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var package = JsonDocument.Parse(await admin.GetStringAsync($"{CaseBase}/CFPackages/{await DocumentIdAsync(admin, frameworkId)}")).RootElement;
        package.GetProperty("CFAssociations").EnumerateArray().Count(a => a.GetProperty("associationType").GetString() == "isRelatedTo").ShouldBe(2);
        package.GetProperty("CFDocument").GetProperty("statusStartDate").GetString().ShouldNotBeNull();
        return package;
    }
}
