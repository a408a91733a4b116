using System.Net;
using System.Text.Json;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.OrganisationBuilder;

namespace AsnCompetency.Api.IntegrationTests;

/// <summary>
/// Organisation data stays inside its agency: another agency's users get 404 and empty lists,
/// analysts read without writing, and an employee sees only their own record.
/// </summary>
public sealed class AgencyScopeTests : ApiTestBase
{
    private const string SitiNip = "199203142023212005";

    /// <summary>LAMSEL's DINKES with one Administrator position and two employees, Siti and Budi.</summary>
    private static async Task<LamselIds> LamselOrganisationAsync()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var agency = await admin.AgencyIdAsync();
        var (unit, position) = await admin.UnitWithPositionAsync(agency, "DINKES", "Administrator");
        var siti = (await admin.CreateEmployeeAsync(SitiNip, "Siti Rahmawati", position)).Id();
        var budi = (await admin.CreateEmployeeAsync(Nips.Pns(1), "Budi Santoso", position)).Id();
        return new LamselIds(agency, unit, position, siti, budi);
    }

    private static IEnumerable<string> ReadUrls(LamselIds lamsel) =>
    [
        $"{Agencies}/{lamsel.Agency}",
        $"{Agencies}/{lamsel.Agency}/units",
        $"{Units}/{lamsel.Unit}",
        $"{Positions}/{lamsel.Position}",
        $"{Positions}/{lamsel.Position}/standards",
        $"{Employees}/{lamsel.Siti}",
        $"{Employees}/{lamsel.Siti}/assignments",
        $"{StandardDefaults}?agencyId={lamsel.Agency}",
    ];

    [Test]
    public async Task Get_OtherAgencysResourcesById_Returns404()
    {
        var lamsel = await LamselOrganisationAsync();
        using var medan = await SignInAsync("admin.medan");

        foreach (var url in ReadUrls(lamsel))
        {
            await (await medan.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }
    }

    [Test]
    public async Task GetLists_AsOtherAgencysAdmin_ShowNothingOfIt()
    {
        var lamsel = await LamselOrganisationAsync();
        using var medan = await SignInAsync("admin.medan");

        (await medan.GetJsonAsync(Employees)).GetProperty("totalCount").GetInt32().ShouldBe(0);
        (await medan.GetJsonAsync($"{Employees}?agencyId={lamsel.Agency}")).GetProperty("totalCount").GetInt32().ShouldBe(0);
        (await medan.GetJsonAsync($"{Employees}?search={SitiNip}")).GetProperty("totalCount").GetInt32().ShouldBe(0);
        (await medan.GetJsonAsync($"{Employees}?unitId={lamsel.Unit}")).GetProperty("totalCount").GetInt32().ShouldBe(0);
        (await medan.GetJsonAsync(Positions)).GetProperty("totalCount").GetInt32().ShouldBe(0);
        (await medan.GetJsonAsync($"{Positions}?unitId={lamsel.Unit}")).GetProperty("totalCount").GetInt32().ShouldBe(0);
        (await medan.GetJsonAsync(Agencies)).Values("code").ShouldBe(["MEDAN"]);
    }

    [Test]
    public async Task Write_IntoOtherAgency_IsRefusedAndChangesNothing()
    {
        var lamsel = await LamselOrganisationAsync();
        using var medan = await SignInAsync("admin.medan");
        var medanPosition = (await medan.UnitWithPositionAsync(await medan.AgencyIdAsync(), "DINKES-MEDAN")).PositionId;

        await (await medan.PostJsonAsync(Employees, EmployeeBody(Nips.Pns(2), "Penyusup", agencyId: lamsel.Agency))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await medan.PostJsonAsync($"{Agencies}/{lamsel.Agency}/units", UnitBody("BAPPEDA"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await medan.ImportAsync(ImportFiles.Csv("nip,full_name", $"{Nips.Pns(3)},Penyusup"), query: $"?agencyId={lamsel.Agency}"))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await medan.PutAsync(StandardDefaults, Json.Body(new { agencyId = lamsel.Agency, items = new[] { new { positionType = "Pelaksana", requiredLevel = 2 } } })))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        // Another agency's records are not even visible to change: 404, or 400 for a unit named in the body.
        await (await medan.PostJsonAsync(Positions, PositionBody(lamsel.Unit, "PENYUSUP"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "unitId");
        await (await medan.SendWithIfMatchAsync(HttpMethod.Put, $"{Units}/{lamsel.Unit}", null, UnitBody("DINKES-X"))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await medan.DeleteAsync($"{Positions}/{lamsel.Position}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await medan.SendWithIfMatchAsync(HttpMethod.Put, $"{Employees}/{lamsel.Siti}", null, EmployeeBody(SitiNip, "Diubah")))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await medan.PostJsonAsync($"{Employees}/{lamsel.Siti}/assignments", new { positionId = medanPosition, startDate = "2025-07-01" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);

        using var sysadmin = await SignInAsync("sysadmin");
        (await sysadmin.GetJsonAsync($"{Employees}?agencyId={lamsel.Agency}")).GetProperty("totalCount").GetInt32().ShouldBe(2);
        (await sysadmin.GetJsonAsync($"{Positions}?agencyId={lamsel.Agency}")).GetProperty("totalCount").GetInt32().ShouldBe(1);
        (await sysadmin.GetJsonAsync($"{Agencies}/{lamsel.Agency}/units")).GetProperty("unitCount").GetInt32().ShouldBe(1);
        (await sysadmin.GetJsonAsync($"{Employees}/{lamsel.Siti}")).GetProperty("fullName").GetString().ShouldBe("Siti Rahmawati");
    }

    [Test]
    public async Task Read_AsAgencyAnalyst_SeesTheAgencysData()
    {
        var lamsel = await LamselOrganisationAsync();
        using var analyst = await SignInAsync("analis.kalianda");

        foreach (var url in ReadUrls(lamsel))
        {
            (await analyst.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK, url);
        }

        (await analyst.GetJsonAsync(Employees)).GetProperty("totalCount").GetInt32().ShouldBe(2);
    }

    [Test]
    public async Task Write_AsAgencyAnalyst_Returns403()
    {
        var lamsel = await LamselOrganisationAsync();
        using var analyst = await SignInAsync("analis.kalianda");

        HttpResponseMessage[] responses =
        [
            await analyst.PostJsonAsync(Employees, EmployeeBody(Nips.Pns(2), "Andi Wijaya")),
            await analyst.SendWithIfMatchAsync(HttpMethod.Put, $"{Employees}/{lamsel.Siti}", null, EmployeeBody(SitiNip, "Diubah")),
            await analyst.PostJsonAsync($"{Employees}/{lamsel.Budi}/assignments", new { positionId = lamsel.Position, startDate = "2030-01-01" }),
            await analyst.ImportAsync(ImportFiles.Csv("nip,full_name", $"{Nips.Pns(3)},Andi Wijaya")),
            await analyst.PostJsonAsync($"{Agencies}/{lamsel.Agency}/units", UnitBody("BAPPEDA")),
            await analyst.DeleteAsync($"{Units}/{lamsel.Unit}"),
            await analyst.PostJsonAsync(Positions, PositionBody(lamsel.Unit, "STAF")),
            await analyst.SendWithIfMatchAsync(HttpMethod.Put, $"{Positions}/{lamsel.Position}/standards", null, new { items = Array.Empty<object>() }),
        ];

        foreach (var response in responses)
        {
            await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        (await Environment.ScalarAsync<long>("select count(*) from employees")).ShouldBe(2);
        (await analyst.GetJsonAsync($"{Positions}/{lamsel.Position}")).GetProperty("standardCount").GetInt32().ShouldBe(9);
    }

    [Test]
    public async Task Read_AsLinkedEmployee_SeesOnlyTheirOwnRecord()
    {
        var lamsel = await LamselOrganisationAsync();
        await LinkUserToEmployeeAsync("pegawai.kalianda", lamsel.Siti);
        using var employee = await SignInAsync("pegawai.kalianda");

        var list = await employee.GetJsonAsync(Employees);

        list.GetProperty("totalCount").GetInt32().ShouldBe(1);
        list.GetProperty("items").EnumerateArray().ShouldHaveSingleItem().Id().ShouldBe(lamsel.Siti);
        (await employee.GetJsonAsync($"{Employees}/{lamsel.Siti}")).GetProperty("nip").GetString().ShouldBe(SitiNip);
        (await employee.GetJsonAsync($"{Employees}/{lamsel.Siti}/assignments")).GetArrayLength().ShouldBe(1);
        await (await employee.GetAsync($"{Employees}/{lamsel.Budi}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await employee.GetAsync($"{Employees}/{lamsel.Budi}/assignments")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var me = (await employee.GetJsonAsync("/api/v1/me")).GetProperty("employee");
        me.Id().ShouldBe(lamsel.Siti);
        me.GetProperty("nip").GetString().ShouldBe(SitiNip);
        me.GetProperty("displayName").GetString().ShouldBe("Siti Rahmawati");
    }

    [Test]
    public async Task Read_AsEmployeeWithoutLinkedRecord_SeesNoEmployees()
    {
        await LamselOrganisationAsync();
        using var employee = await SignInAsync("pegawai.kalianda");

        (await employee.GetJsonAsync(Employees)).GetProperty("totalCount").GetInt32().ShouldBe(0);
        (await employee.GetJsonAsync("/api/v1/me")).GetProperty("employee").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Test]
    public async Task Write_AsEmployee_Returns403()
    {
        var lamsel = await LamselOrganisationAsync();
        await LinkUserToEmployeeAsync("pegawai.kalianda", lamsel.Siti);
        using var employee = await SignInAsync("pegawai.kalianda");

        await (await employee.SendWithIfMatchAsync(HttpMethod.Put, $"{Employees}/{lamsel.Siti}", null, EmployeeBody(SitiNip, "Siti Diubah")))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await employee.PostJsonAsync(Employees, EmployeeBody(Nips.Pns(2), "Andi Wijaya"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await employee.GetJsonAsync($"{Employees}/{lamsel.Siti}")).GetProperty("fullName").GetString().ShouldBe("Siti Rahmawati");
    }

    private sealed record LamselIds(Guid Agency, Guid Unit, Guid Position, Guid Siti, Guid Budi);
}
