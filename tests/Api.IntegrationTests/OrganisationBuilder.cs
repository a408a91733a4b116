using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AsnCompetency.Testing;

namespace AsnCompetency.Api.IntegrationTests;

/// <summary>
/// Builds what the organisation tests need through the API (units, positions, employees) and
/// finds the demo agencies and the national standard, so each test states only what it is about.
/// </summary>
public static class OrganisationBuilder
{
    public const string Agencies = "/api/v1/agencies";
    public const string Units = "/api/v1/units";
    public const string Positions = "/api/v1/positions";
    public const string Employees = "/api/v1/employees";
    public const string StandardDefaults = "/api/v1/standard-defaults";

    public const string NationalFrameworkCode = "PERMENPANRB-38-2017";

    /// <summary>The nine national managerial and socio-cultural competencies, in code order.</summary>
    public static readonly IReadOnlyList<string> NationalCompetencyCodes = ["M.01", "M.02", "M.03", "M.04", "M.05", "M.06", "M.07", "M.08", "SK.01"];

    public static Guid Id(this JsonElement element) => element.GetProperty("id").GetGuid();

    /// <summary>The id of a demo agency (LAMSEL, KUPANG-ALAK, MEDAN).</summary>
    public static async Task<Guid> AgencyIdAsync(string code) =>
        await TestRun.Environment.ScalarAsync<Guid>($"select id from agencies where code = '{code}'");

    public static async Task<JsonElement> CreateUnitAsync(this HttpClient client, Guid agencyId, string code, Guid? parentId = null, string kind = "Dinas") =>
        await (await client.PostJsonAsync($"{Agencies}/{agencyId}/units", UnitBody(code, parentId, kind)))
            .ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);

    public static object UnitBody(string code, Guid? parentId = null, string kind = "Dinas", int sortOrder = 0) =>
        new { parentId, code, name = $"Unit {code}", kind, sortOrder };

    public static async Task<JsonElement> CreatePositionAsync(this HttpClient client, Guid unitId, string code, string type = "Pelaksana", bool proposeStandard = true) =>
        await (await client.PostJsonAsync(Positions, PositionBody(unitId, code, type, proposeStandard)))
            .ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);

    public static object PositionBody(Guid unitId, string code, string type = "Pelaksana", bool proposeStandard = true) =>
        new { unitId, code, name = $"Jabatan {code}", type, proposeStandard };

    public static async Task<JsonElement> CreateEmployeeAsync(
        this HttpClient client,
        string nip,
        string fullName,
        Guid? positionId = null,
        string? gradeCode = null,
        Guid? agencyId = null,
        string? positionStartDate = null) =>
        await (await client.PostJsonAsync(Employees, EmployeeBody(nip, fullName, positionId, gradeCode, agencyId, positionStartDate)))
            .ShouldBeOkAsync<JsonElement>(HttpStatusCode.Created);

    public static object EmployeeBody(
        string nip, string fullName, Guid? positionId = null, string? gradeCode = null, Guid? agencyId = null, string? positionStartDate = null) =>
        new { nip, fullName, positionId, gradeCode, agencyId, positionStartDate };

    /// <summary>A unit with one position in it, for tests that need somewhere to put employees.</summary>
    public static async Task<(Guid UnitId, Guid PositionId)> UnitWithPositionAsync(this HttpClient client, Guid agencyId, string code, string type = "Pelaksana")
    {
        var unit = (await client.CreateUnitAsync(agencyId, code)).Id();
        var position = (await client.CreatePositionAsync(unit, $"{code}-STAF", type)).Id();
        return (unit, position);
    }

    /// <summary>The national standard's id and the ids of its items (groups M and SK included) by code.</summary>
    public static async Task<(Guid FrameworkId, IReadOnlyDictionary<string, Guid> Items)> NationalStandardAsync(this HttpClient client)
    {
        var frameworks = await client.GetJsonAsync($"{ApiClientExtensions.Frameworks}?search={NationalFrameworkCode}");
        var frameworkId = frameworks.GetProperty("items").EnumerateArray().Single(f => f.GetProperty("code").GetString() == NationalFrameworkCode).Id();
        return (frameworkId, await client.CompetencyIdsAsync(frameworkId));
    }

    /// <summary>A framework's items (groups and competencies) by code.</summary>
    public static async Task<IReadOnlyDictionary<string, Guid>> CompetencyIdsAsync(this HttpClient client, Guid frameworkId)
    {
        var tree = await client.GetJsonAsync($"{ApiClientExtensions.Frameworks}/{frameworkId}/competencies");
        return Flatten(tree.GetProperty("items")).ToDictionary(i => i.GetProperty("code").GetString()!, i => i.Id());

        static IEnumerable<JsonElement> Flatten(JsonElement items) =>
            items.EnumerateArray().SelectMany(item => new[] { item }.Concat(Flatten(item.GetProperty("children"))));
    }

    /// <summary>A published technical framework (group KES with KES.01 and KES.02) of the agency, or national without one.</summary>
    public static async Task<IReadOnlyDictionary<string, Guid>> PublishedTechnicalFrameworkAsync(this HttpClient client, string code, Guid? ownerAgencyId)
    {
        var id = (await client.CreateFrameworkAsync(FrameworkBodies.Technical(code, ownerAgencyId))).Id();
        (await client.PostAsync($"{ApiClientExtensions.Frameworks}/{id}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return await client.CompetencyIdsAsync(id);
    }

    /// <summary>The codes of a page of a list, in the order given.</summary>
    public static IReadOnlyList<string> Values(this JsonElement page, string property) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty(property).GetString()!)];

    /// <summary>Posts a file the way a browser uploads it: multipart/form-data with the file in the field "file".</summary>
    public static async Task<HttpResponseMessage> ImportAsync(this HttpClient client, byte[] content, string fileName = "pegawai.csv", string query = "", string contentType = "text/csv")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        return await client.PostAsync($"{Employees}/import{query}", form);
    }

    /// <summary>Links a demo user to an employee record in the database; sign in afterwards so the token carries the link.</summary>
    public static async Task LinkUserToEmployeeAsync(string userName, Guid employeeId) =>
        (await TestRun.Environment.ScalarAsync<long>(
            $"with linked as (update users set employee_id = '{employeeId}' where user_name = '{userName}' returning 1) select count(*) from linked"))
            .ShouldBe(1);
}

/// <summary>Valid, distinct NIPs made from a number, so tests never collide and can make as many as they need.</summary>
public static class Nips
{
    /// <summary>
    /// A PNS NIP: birth date from 1970-01-01 onwards (a new day every 999 numbers), appointed
    /// 2010-01, sequence 001–999. Distinct for distinct indexes up to about a million.
    /// </summary>
    public static string Pns(int index, bool female = false) =>
        string.Create(CultureInfo.InvariantCulture, $"{new DateOnly(1970, 1, 1).AddDays(index / 999):yyyyMMdd}201001{(female ? 2 : 1)}{index % 999 + 1:000}");

    /// <summary>An NI PPPK: birth date from 1990-01-01 onwards, appointed 2023, marker 2, first appointment, female.</summary>
    public static string Pppk(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{new DateOnly(1990, 1, 1).AddDays(index / 999):yyyyMMdd}2023212{index % 999 + 1:000}");
}

/// <summary>Import files made in the test.</summary>
public static class ImportFiles
{
    /// <summary>UTF-8 CSV lines separated by CRLF, as Excel writes them; no BOM unless asked.</summary>
    public static byte[] Csv(IEnumerable<string> lines, bool withBom = false)
    {
        var text = Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");
        return withBom ? [.. Encoding.UTF8.GetPreamble(), .. text] : text;
    }

    public static byte[] Csv(params string[] lines) => Csv(lines.AsEnumerable());

    /// <summary>An .xlsx workbook whose first sheet holds the rows (the keys of the first row are the header).</summary>
    public static byte[] Xlsx(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, rows);
        return stream.ToArray();
    }

    /// <summary>Reads the 422 answer of a rejected import.</summary>
    public static async Task<(int ErrorCount, IReadOnlyList<(int Row, string? Column, string Message)> Errors, bool Truncated)> ShouldBeRejectedImportAsync(
        this HttpResponseMessage response)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        var errors = problem.GetProperty("rowErrors").EnumerateArray()
            .Select(e => (
                e.GetProperty("row").GetInt32(),
                e.GetProperty("column").ValueKind == JsonValueKind.Null ? null : e.GetProperty("column").GetString(),
                e.GetProperty("message").GetString()!))
            .ToList();
        return (problem.GetProperty("errorCount").GetInt32(), errors, problem.GetProperty("truncated").GetBoolean());
    }
}
