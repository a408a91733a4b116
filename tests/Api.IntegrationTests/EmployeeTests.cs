using System.Net;
using System.Text.Json;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.OrganisationBuilder;

namespace AsnCompetency.Api.IntegrationTests;

/// <summary>Employees are registered with a checked NIP, listed with filters, sorting and paging, and moved with their history kept.</summary>
public sealed class EmployeeTests : ApiTestBase
{
    private const string BudiNip = "198609262015051001";

    [TestCase("198609262015051001", "1986-09-26", "Male", "Pns", "2015-05-01")]
    [TestCase("19860926 201505 1 001", "1986-09-26", "Male", "Pns", "2015-05-01")]
    [TestCase("19900101.201402.2.123", "1990-01-01", "Female", "Pns", "2014-02-01")]
    [TestCase("19920314 2023 2 1 2 005", "1992-03-14", "Female", "Pppk", "2023-01-01")]
    public async Task CreateEmployee_ValidNumber_ReadsBirthDateGenderAndTypeFromIt(string nip, string birthDate, string gender, string employeeType, string appointedOn)
    {
        using var client = await SignInAsync("admin.kalianda");

        var response = await client.PostJsonAsync(Employees, new { nip, fullName = "Siti Rahmawati", frontTitle = "dr.", backTitle = "M.Kes." });

        var employee = await response.ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"{Employees}/{employee.Id()}");
        employee.GetProperty("nip").GetString().ShouldBe(nip.Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal));
        employee.GetProperty("birthDate").GetString().ShouldBe(birthDate);
        employee.GetProperty("gender").GetString().ShouldBe(gender);
        employee.GetProperty("employeeType").GetString().ShouldBe(employeeType);
        employee.GetProperty("appointedOn").GetString().ShouldBe(appointedOn);
        employee.GetProperty("displayName").GetString().ShouldBe("dr. Siti Rahmawati, M.Kes.");
        employee.GetProperty("agency").GetProperty("code").GetString().ShouldBe("LAMSEL");
    }

    [TestCase("198602312015051001", "digits 1–8")]
    [TestCase("198613262015051001", "digits 1–8")]
    [TestCase("198609262015131001", "digits 9–14")]
    [TestCase("198609262015053001", "digit 15")]
    [TestCase("198609262015051000", "digits 16–18")]
    [TestCase("19860926201505100", "18 digits")]
    [TestCase("1986092620150510011", "18 digits")]
    [TestCase("19860926201505100A", "only digits")]
    [TestCase("", "required")]
    public async Task CreateEmployee_InvalidNip_Returns400NamingTheFailingPart(string nip, string part)
    {
        using var client = await SignInAsync("admin.kalianda");

        var response = await client.PostJsonAsync(Employees, new { nip, fullName = "Budi Santoso" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "nip");
        problem.GetProperty("errors").GetProperty("nip")[0].GetString()!.ShouldContain(part);
        (await Environment.ScalarAsync<long>("select count(*) from employees")).ShouldBe(0);
    }

    [Test]
    public async Task CreateEmployee_NipAlreadyRegistered_Returns409NamingNip()
    {
        using var client = await SignInAsync("admin.kalianda");
        await client.CreateEmployeeAsync(BudiNip, "Budi Santoso");

        var response = await client.PostJsonAsync(Employees, EmployeeBody("19860926 201505 1 001", "Budi Santoso Kedua"));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "nip");
        (await Environment.ScalarAsync<long>("select count(*) from employees")).ShouldBe(1);
    }

    [Test]
    public async Task CreateEmployee_NipRegisteredInAnotherAgency_Returns409NamingNip()
    {
        using var sysadmin = await SignInAsync("sysadmin");
        await sysadmin.CreateEmployeeAsync(BudiNip, "Budi Hartono", agencyId: await AgencyIdAsync("MEDAN"));
        using var client = await SignInAsync("admin.kalianda");

        var response = await client.PostJsonAsync(Employees, EmployeeBody(BudiNip, "Budi Santoso"));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "nip");
        (await Environment.ScalarAsync<long>("select count(*) from employees")).ShouldBe(1);
    }

    [TestCase("birthDate", "1986-09-27")]
    [TestCase("gender", "Female")]
    [TestCase("employeeType", "Pppk")]
    public async Task CreateEmployee_GivenValueDisagreeingWithNip_Returns400NamingIt(string field, string value)
    {
        using var client = await SignInAsync("admin.kalianda");

        var response = await client.PostJsonAsync(Employees, new Dictionary<string, object> { ["nip"] = BudiNip, ["fullName"] = "Budi Santoso", [field] = value });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, field);
    }

    [TestCase("IX")]
    [TestCase("V/a")]
    public async Task CreateEmployee_GradeNotForAPns_Returns400NamingGradeCode(string gradeCode)
    {
        using var client = await SignInAsync("admin.kalianda");

        var response = await client.PostJsonAsync(Employees, EmployeeBody(BudiNip, "Budi Santoso", gradeCode: gradeCode));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "gradeCode");
    }

    [Test]
    public async Task CreateEmployee_NationalUserWithoutAgency_Returns400NamingAgencyId()
    {
        using var client = await SignInAsync("sysadmin");

        await (await client.PostJsonAsync(Employees, EmployeeBody(BudiNip, "Budi Santoso"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "agencyId");
    }

    [Test]
    public async Task CreateEmployee_PositionOfAnotherAgency_Returns400NamingPositionId()
    {
        using var sysadmin = await SignInAsync("sysadmin");
        var (_, medanPosition) = await sysadmin.UnitWithPositionAsync(await AgencyIdAsync("MEDAN"), "DINKES");

        var response = await sysadmin.PostJsonAsync(Employees, EmployeeBody(BudiNip, "Budi Santoso", medanPosition, agencyId: await AgencyIdAsync("LAMSEL")));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "positionId");
    }

    [Test]
    public async Task GetEmployee_WithPosition_IncludesAgencyGradePositionAndUnit()
    {
        using var client = await SignInAsync("admin.kalianda");
        var (unit, position) = await client.UnitWithPositionAsync(await client.AgencyIdAsync(), "DINKES", "Administrator");
        var id = (await client.CreateEmployeeAsync(BudiNip, "Budi Santoso", position, "III/b", positionStartDate: "2020-01-02")).Id();

        var response = await client.GetAsync($"{Employees}/{id}");

        var employee = await response.ShouldBeOkAsync<JsonElement>();
        response.ETagOf().ShouldBe(employee.GetProperty("eTag").GetString());
        employee.GetProperty("position").Id().ShouldBe(position);
        employee.GetProperty("position").GetProperty("code").GetString().ShouldBe("DINKES-STAF");
        employee.GetProperty("position").GetProperty("type").GetString().ShouldBe("Administrator");
        employee.GetProperty("unit").Id().ShouldBe(unit);
        employee.GetProperty("unit").GetProperty("code").GetString().ShouldBe("DINKES");
        employee.GetProperty("positionStartDate").GetString().ShouldBe("2020-01-02");
        employee.GetProperty("grade").GetProperty("code").GetString().ShouldBe("III/b");
        employee.GetProperty("grade").GetProperty("name").GetString().ShouldBe("Penata Muda Tingkat I");
        employee.GetProperty("isActive").GetBoolean().ShouldBeTrue();
    }

    [Test]
    public async Task GetEmployees_ByAgency_ListsOnlyThatAgencysEmployees()
    {
        var staff = await StaffAsync();
        using var client = await SignInAsync("sysadmin");

        (await client.GetJsonAsync(Employees)).GetProperty("totalCount").GetInt32().ShouldBe(6);
        (await client.GetJsonAsync($"{Employees}?agencyId={staff.Lamsel}")).GetProperty("totalCount").GetInt32().ShouldBe(5);
        (await client.GetJsonAsync($"{Employees}?agencyId={await AgencyIdAsync("MEDAN")}")).Values("fullName").ShouldBe(["Budi Hartono"]);
    }

    [Test]
    public async Task GetEmployees_ByUnit_IncludesSubunitsUnlessAskedNotTo()
    {
        var staff = await StaffAsync();
        using var client = await SignInAsync("admin.kalianda");

        (await client.GetJsonAsync($"{Employees}?unitId={staff.Dinkes}")).Values("fullName")
            .ShouldBe(["Andi Wijaya", "Budi Santoso", "Citra Lestari", "Eka Putri"]);
        (await client.GetJsonAsync($"{Employees}?unitId={staff.Dinkes}&includeSubunits=true")).GetProperty("totalCount").GetInt32().ShouldBe(4);
        (await client.GetJsonAsync($"{Employees}?unitId={staff.Dinkes}&includeSubunits=false")).Values("fullName").ShouldBe(["Andi Wijaya"]);
        (await client.GetJsonAsync($"{Employees}?unitId={staff.Bappeda}")).Values("fullName").ShouldBe(["Dewi Anggraini"]);
    }

    [TestCase("positionType=Pelaksana", new[] { "Citra Lestari", "Dewi Anggraini", "Eka Putri" })]
    [TestCase("positionType=Administrator", new[] { "Budi Santoso" })]
    [TestCase("gradeCode=III/a", new[] { "Citra Lestari" })]
    [TestCase("gradeCode=IX", new[] { "Eka Putri" })]
    [TestCase("employeeType=Pppk", new[] { "Eka Putri" })]
    [TestCase("search=santo", new[] { "Budi Santoso" })]
    [TestCase("search=BUDI", new[] { "Budi Santoso" })]
    [TestCase("search=19860926", new[] { "Budi Santoso" })]
    [TestCase("search=19860926 2015", new[] { "Budi Santoso" })]
    [TestCase("search=197001012010012", new[] { "Citra Lestari", "Dewi Anggraini" })]
    [TestCase("search=2015051001", new string[0])]
    public async Task GetEmployees_Filtered_ListsMatchingEmployeesOfTheAgency(string filter, string[] expected)
    {
        await StaffAsync();
        using var client = await SignInAsync("admin.kalianda");

        var page = await client.GetJsonAsync($"{Employees}?{filter}");

        page.Values("fullName").ShouldBe(expected);
        page.GetProperty("totalCount").GetInt32().ShouldBe(expected.Length);
    }

    [Test]
    public async Task GetEmployees_SearchByNameAsNationalUser_FindsItInEveryAgency()
    {
        await StaffAsync();
        using var client = await SignInAsync("sysadmin");

        (await client.GetJsonAsync($"{Employees}?search=budi")).Values("fullName").ShouldBe(["Budi Hartono", "Budi Santoso"]);
    }

    [TestCase("name", new[] { "Andi Wijaya", "Budi Santoso", "Citra Lestari", "Dewi Anggraini", "Eka Putri" })]
    [TestCase("-name", new[] { "Eka Putri", "Dewi Anggraini", "Citra Lestari", "Budi Santoso", "Andi Wijaya" })]
    [TestCase("-nip", new[] { "Eka Putri", "Budi Santoso", "Dewi Anggraini", "Citra Lestari", "Andi Wijaya" })]
    [TestCase("nip", new[] { "Andi Wijaya", "Citra Lestari", "Dewi Anggraini", "Budi Santoso", "Eka Putri" })]
    public async Task GetEmployees_Sorted_ListsInThatOrder(string sort, string[] expected)
    {
        await StaffAsync();
        using var client = await SignInAsync("admin.kalianda");

        (await client.GetJsonAsync($"{Employees}?sort={sort}")).Values("fullName").ShouldBe(expected);
    }

    [TestCase("grade", new[] { "Dewi Anggraini", "Citra Lestari", "Budi Santoso", "Andi Wijaya" })]
    [TestCase("-grade", new[] { "Andi Wijaya", "Budi Santoso", "Citra Lestari", "Dewi Anggraini" })]
    public async Task GetEmployees_SortedByGrade_ListsByRankNotByCodeText(string sort, string[] expected)
    {
        await StaffAsync();
        using var client = await SignInAsync("admin.kalianda");

        (await client.GetJsonAsync($"{Employees}?employeeType=Pns&sort={sort}")).Values("fullName").ShouldBe(expected);
    }

    [Test]
    public async Task GetEmployees_UnknownSortKey_Returns400NamingSort()
    {
        using var client = await SignInAsync("admin.kalianda");

        await (await client.GetAsync($"{Employees}?sort=birthDate")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "sort");
    }

    [Test]
    public async Task GetEmployees_SecondPage_HasTheTotalCountAndTheNextItems()
    {
        await StaffAsync();
        using var client = await SignInAsync("admin.kalianda");

        var page = await client.GetJsonAsync($"{Employees}?page=2&pageSize=2");

        page.GetProperty("totalCount").GetInt32().ShouldBe(5);
        page.GetProperty("page").GetInt32().ShouldBe(2);
        page.GetProperty("pageSize").GetInt32().ShouldBe(2);
        page.Values("fullName").ShouldBe(["Citra Lestari", "Dewi Anggraini"]);
        (await client.GetJsonAsync($"{Employees}?page=3&pageSize=2")).Values("fullName").ShouldBe(["Eka Putri"]);
    }

    [Test]
    public async Task GetEmployees_Item_CarriesPositionAndUnit()
    {
        var staff = await StaffAsync();
        using var client = await SignInAsync("admin.kalianda");

        var budi = (await client.GetJsonAsync($"{Employees}?search={BudiNip}")).GetProperty("items").EnumerateArray().ShouldHaveSingleItem();

        budi.GetProperty("nip").GetString().ShouldBe(BudiNip);
        budi.GetProperty("gradeCode").GetString().ShouldBe("III/d");
        budi.GetProperty("position").GetProperty("code").GetString().ShouldBe("KABID");
        budi.GetProperty("unit").Id().ShouldBe(staff.DinkesP2p);
    }

    [Test]
    public async Task AssignPosition_NewPosition_MovesTheEmployeeAndKeepsTheHistory()
    {
        var staff = await StaffAsync();
        using var client = await SignInAsync("admin.kalianda");

        var response = await client.PostJsonAsync($"{Employees}/{staff.Budi}/assignments", new
        {
            positionId = staff.StafBappeda,
            startDate = "2025-07-01",
            note = "SK Bupati No. 821/123/2025",
        });

        var moved = await response.ShouldBeOkAsync<JsonElement>();
        moved.GetProperty("position").Id().ShouldBe(staff.StafBappeda);
        moved.GetProperty("unit").Id().ShouldBe(staff.Bappeda);
        moved.GetProperty("positionStartDate").GetString().ShouldBe("2025-07-01");
        var history = (await client.GetJsonAsync($"{Employees}/{staff.Budi}/assignments")).EnumerateArray().ToList();
        history.Count.ShouldBe(2);
        history[0].GetProperty("position").GetProperty("code").GetString().ShouldBe("STAF-BAPPEDA");
        history[0].GetProperty("isCurrent").GetBoolean().ShouldBeTrue();
        history[0].GetProperty("endDate").ValueKind.ShouldBe(JsonValueKind.Null);
        history[0].GetProperty("note").GetString().ShouldBe("SK Bupati No. 821/123/2025");
        history[1].GetProperty("position").GetProperty("code").GetString().ShouldBe("KABID");
        history[1].GetProperty("unit").Id().ShouldBe(staff.DinkesP2p);
        history[1].GetProperty("startDate").GetString().ShouldBe("2020-01-02");
        history[1].GetProperty("endDate").GetString().ShouldBe("2025-06-30");
        history[1].GetProperty("isCurrent").GetBoolean().ShouldBeFalse();
        (await client.GetJsonAsync($"{Employees}?unitId={staff.Bappeda}")).Values("fullName").ShouldBe(["Budi Santoso", "Dewi Anggraini"]);
    }

    [Test]
    public async Task AssignPosition_SamePosition_Returns409AndAddsNoHistory()
    {
        var staff = await StaffAsync();
        using var client = await SignInAsync("admin.kalianda");

        var response = await client.PostJsonAsync($"{Employees}/{staff.Budi}/assignments", new { positionId = staff.Kabid, startDate = "2025-07-01" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "positionId");
        (await client.GetJsonAsync($"{Employees}/{staff.Budi}/assignments")).GetArrayLength().ShouldBe(1);
    }

    [TestCase("2020-01-02")]
    [TestCase("2019-06-01")]
    public async Task AssignPosition_StartNotAfterTheCurrentStart_Returns400NamingStartDate(string startDate)
    {
        var staff = await StaffAsync();
        using var client = await SignInAsync("admin.kalianda");

        var response = await client.PostJsonAsync($"{Employees}/{staff.Budi}/assignments", new { positionId = staff.StafBappeda, startDate });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "startDate");
        (await client.GetJsonAsync($"{Employees}/{staff.Budi}")).GetProperty("position").Id().ShouldBe(staff.Kabid);
    }

    [Test]
    public async Task AssignPosition_PositionOfAnotherAgency_Returns400NamingPositionId()
    {
        var staff = await StaffAsync();
        using var sysadmin = await SignInAsync("sysadmin");
        var (_, medanPosition) = await sysadmin.UnitWithPositionAsync(await AgencyIdAsync("MEDAN"), "DINKES");

        var response = await sysadmin.PostJsonAsync($"{Employees}/{staff.Budi}/assignments", new { positionId = medanPosition, startDate = "2025-07-01" });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "positionId");
    }

    /// <summary>
    /// LAMSEL: DINKES (with DINKES-P2P below it) and BAPPEDA; five employees across them. MEDAN:
    /// one employee. Names sort as Andi, Budi, Citra, Dewi, Eka.
    /// </summary>
    private static async Task<StaffIds> StaffAsync()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var lamsel = await admin.AgencyIdAsync();
        var dinkes = (await admin.CreateUnitAsync(lamsel, "DINKES")).Id();
        var p2p = (await admin.CreateUnitAsync(lamsel, "DINKES-P2P", dinkes, "Bidang")).Id();
        var bappeda = (await admin.CreateUnitAsync(lamsel, "BAPPEDA", kind: "Badan")).Id();
        var kadis = (await admin.CreatePositionAsync(dinkes, "KADIS", "JptPratama")).Id();
        var kabid = (await admin.CreatePositionAsync(p2p, "KABID", "Administrator")).Id();
        var stafP2p = (await admin.CreatePositionAsync(p2p, "STAF-P2P", "Pelaksana")).Id();
        var stafBappeda = (await admin.CreatePositionAsync(bappeda, "STAF-BAPPEDA", "Pelaksana")).Id();

        await admin.CreateEmployeeAsync(Nips.Pns(1), "Andi Wijaya", kadis, "IV/c");
        var budi = (await admin.CreateEmployeeAsync(BudiNip, "Budi Santoso", kabid, "III/d", positionStartDate: "2020-01-02")).Id();
        await admin.CreateEmployeeAsync(Nips.Pns(2, female: true), "Citra Lestari", stafP2p, "III/a");
        await admin.CreateEmployeeAsync(Nips.Pns(3, female: true), "Dewi Anggraini", stafBappeda, "II/c");
        await admin.CreateEmployeeAsync(Nips.Pppk(1), "Eka Putri", stafP2p, "IX");

        using var sysadmin = await SignInAsync("sysadmin");
        await sysadmin.CreateEmployeeAsync(Nips.Pns(4), "Budi Hartono", agencyId: await AgencyIdAsync("MEDAN"));
        return new StaffIds(lamsel, dinkes, p2p, bappeda, kabid, stafBappeda, budi);
    }

    private sealed record StaffIds(Guid Lamsel, Guid Dinkes, Guid DinkesP2p, Guid Bappeda, Guid Kabid, Guid StafBappeda, Guid Budi);
}
