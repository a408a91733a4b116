using System.Net;
using System.Text.Json;
using AsnCompetency.Testing;
using static AsnCompetency.Api.IntegrationTests.OrganisationBuilder;
using static AsnCompetency.Api.IntegrationTests.Tna.TnaBuilder;

namespace AsnCompetency.Api.IntegrationTests.Tna;

/// <summary>
/// Gap aggregation counts people and requirements per group exactly as a model of the data built
/// in the test says: never-assessed people reported apart, expired and superseded assessments left out.
/// </summary>
public sealed class GapAggregationTests : ApiTestBase
{
    [Test]
    public async Task GetGaps_ByUnit_MatchesTheFiguresComputedFromTheData()
    {
        var org = await ArrangeAsync();
        using var admin = await SignInAsync("admin.kalianda");

        var report = await admin.GetJsonAsync($"{Gaps}?groupBy=unit");

        report.GetProperty("asOf").GetString().ShouldBe(Today.Iso());
        report.Array("groupBy").Select(g => g.GetString()).ShouldBe(["unit"]);
        ShouldMatch(report, org.Requirements, r => r.Unit.ToString(), g => g.GetProperty("unitId").GetGuid().ToString());
        var groups = report.Array("groups");
        groups.Single(g => g.GetProperty("unitId").GetGuid() == org.UnitA).GetProperty("unitCode").GetString().ShouldBe("DINKES");
        groups.ShouldAllBe(g => g.GetProperty("competencyId").ValueKind == JsonValueKind.Null);

        // Hand-checked against the model for the first unit: the model itself could be wrong.
        var a = Figures.From(groups.Single(g => g.GetProperty("unitId").GetGuid() == org.UnitA));
        a.ShouldBe(new Figures(Headcount: 4, Never: 1, Partly: 1, Fully: 2, WithGap: 2, Meeting: 1, GapTotal: 3, Assessed: 5, Requirements: 8));
        groups.Single(g => g.GetProperty("unitId").GetGuid() == org.UnitA).GetProperty("meanGap").GetDecimal().ShouldBe(0.6m);
        groups.Single(g => g.GetProperty("unitId").GetGuid() == org.UnitA).GetProperty("shareMeetingStandard").GetDecimal().ShouldBe(0.5m);
    }

    [Test]
    public async Task GetGaps_ByUnit_HeadcountsAgreeWithSqlOverEmployeesStandardsAndAssessments()
    {
        var org = await ArrangeAsync();
        using var admin = await SignInAsync("admin.kalianda");

        var report = await admin.GetJsonAsync($"{Gaps}?groupBy=unit");

        foreach (var unit in new[] { org.UnitA, org.SubUnitA, org.UnitB })
        {
            var group = report.Array("groups").Single(g => g.GetProperty("unitId").GetGuid() == unit);
            var headcount = await Environment.ScalarAsync<long>($"""
                select count(distinct e.id) from employees e
                join position_assignments pa on pa.employee_id = e.id and pa.end_date is null
                join position_standards ps on ps.position_id = pa.position_id
                where e.is_active and pa.unit_id = '{unit}'
                """);
            var neverAssessed = await Environment.ScalarAsync<long>($"""
                select count(distinct e.id) from employees e
                join position_assignments pa on pa.employee_id = e.id and pa.end_date is null
                join position_standards ps on ps.position_id = pa.position_id
                where e.is_active and pa.unit_id = '{unit}'
                  and not exists (
                      select 1 from assessments a join position_standards rs on rs.competency_id = a.competency_id and rs.position_id = pa.position_id
                      where a.employee_id = e.id and a.assessed_on > current_date - interval '36 months'
                        and not exists (select 1 from assessments c where c.supersedes_id = a.id))
                """);
            group.GetProperty("headcount").GetInt32().ShouldBe((int)headcount, unit.ToString());
            group.GetProperty("neverAssessedCount").GetInt32().ShouldBe((int)neverAssessed, unit.ToString());
        }

        var total = await Environment.ScalarAsync<long>($"""
            select count(distinct e.id) from employees e
            join position_standards ps on ps.position_id = e.position_id
            where e.is_active and e.agency_id = '{org.AgencyId}'
            """);
        report.GetProperty("total").GetProperty("headcount").GetInt32().ShouldBe((int)total);
    }

    [Test]
    public async Task GetGaps_ByUnitAndCompetency_ReturnsOneConsistentRowPerUnitAndCompetency()
    {
        var org = await ArrangeAsync();
        using var admin = await SignInAsync("admin.kalianda");

        var cells = await admin.GetJsonAsync($"{Gaps}?groupBy=unit,competency");
        var units = await admin.GetJsonAsync($"{Gaps}?groupBy=unit");

        ShouldMatch(cells, org.Requirements, r => $"{r.Unit} {r.Competency}", g => $"{g.GetProperty("unitId").GetGuid()} {g.GetProperty("competencyCode").GetString()}");
        var rows = cells.Array("groups");
        rows.Count.ShouldBe(6);
        rows.ShouldAllBe(r => r.GetProperty("partlyAssessedCount").GetInt32() == 0);
        foreach (var unit in units.Array("groups"))
        {
            var ofUnit = rows.Where(r => r.GetProperty("unitId").GetGuid() == unit.GetProperty("unitId").GetGuid()).ToList();
            ofUnit.Sum(r => r.GetProperty("requirementCount").GetInt64()).ShouldBe(unit.GetProperty("requirementCount").GetInt64());
            ofUnit.Sum(r => r.GetProperty("assessedRequirementCount").GetInt64()).ShouldBe(unit.GetProperty("assessedRequirementCount").GetInt64());
            ofUnit.Sum(r => r.GetProperty("gapTotal").GetInt64()).ShouldBe(unit.GetProperty("gapTotal").GetInt64());
            ofUnit.Max(r => r.GetProperty("headcount").GetInt32()).ShouldBeLessThanOrEqualTo(unit.GetProperty("headcount").GetInt32());
        }
    }

    [Test]
    public async Task GetGaps_ByCompetency_MatchesTheModel()
    {
        var org = await ArrangeAsync();
        using var admin = await SignInAsync("admin.kalianda");

        var report = await admin.GetJsonAsync($"{Gaps}?groupBy=competency");

        ShouldMatch(report, org.Requirements, r => r.Competency, g => g.GetProperty("competencyCode").GetString()!);
        report.Array("groups").ShouldAllBe(g => g.GetProperty("unitId").ValueKind == JsonValueKind.Null);
        report.Array("groups").Single(g => g.GetProperty("competencyCode").GetString() == "SK.01").GetProperty("competencyGroupKind").GetString().ShouldBe("SosialKultural");
    }

    [Test]
    public async Task GetGaps_ByAgencyRegionAndPositionType_MatchTheModel()
    {
        var org = await ArrangeAsync();
        using var admin = await SignInAsync("admin.kalianda");
        var region = await Environment.ScalarAsync<string>("select region from agencies where code = 'LAMSEL'");

        var byAgency = await admin.GetJsonAsync($"{Gaps}?groupBy=agency");
        var byRegion = await admin.GetJsonAsync($"{Gaps}?groupBy=region");
        var byType = await admin.GetJsonAsync($"{Gaps}?groupBy=positionType");

        ShouldMatch(byAgency, org.Requirements, _ => org.AgencyId.ToString(), g => g.GetProperty("agencyId").GetGuid().ToString());
        byAgency.Array("groups").Single().GetProperty("agencyCode").GetString().ShouldBe("LAMSEL");
        ShouldMatch(byRegion, org.Requirements, _ => region!, g => g.GetProperty("region").GetString()!);
        ShouldMatch(byType, org.Requirements, r => r.PositionType, g => g.GetProperty("positionType").GetString()!);
        byType.Array("groups").Count.ShouldBe(3);
    }

    [TestCase("department")]
    [TestCase("unit,grade")]
    [TestCase("unit,agency,region,competency")]
    public async Task GetGaps_BadGroupBy_Returns400NamingGroupBy(string groupBy)
    {
        using var admin = await SignInAsync("admin.kalianda");

        var response = await admin.GetAsync($"{Gaps}?groupBy={groupBy}");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "groupBy");
    }

    [Test]
    public async Task GetGaps_UnitFilter_IncludesItsSubUnitsOnly()
    {
        var org = await ArrangeAsync();
        using var admin = await SignInAsync("admin.kalianda");

        var report = await admin.GetJsonAsync($"{Gaps}?groupBy=unit&unitId={org.UnitA}");
        var sub = await admin.GetJsonAsync($"{Gaps}?groupBy=unit&unitId={org.SubUnitA}");

        var underA = org.Requirements.Where(r => r.Unit == org.UnitA || r.Unit == org.SubUnitA).ToList();
        ShouldMatch(report, underA, r => r.Unit.ToString(), g => g.GetProperty("unitId").GetGuid().ToString());
        report.Array("groups").Select(g => g.GetProperty("unitId").GetGuid()).ShouldBe([org.UnitA, org.SubUnitA], ignoreOrder: true);
        ShouldMatch(sub, [.. org.Requirements.Where(r => r.Unit == org.SubUnitA)], r => r.Unit.ToString(), g => g.GetProperty("unitId").GetGuid().ToString());
    }

    [Test]
    public async Task GetGaps_AsAgencyAnalyst_SeesTheAgencysFigures()
    {
        var org = await ArrangeAsync();
        using var analyst = await SignInAsync("analis.kalianda");

        var report = await analyst.GetJsonAsync($"{Gaps}?groupBy=unit");

        Figures.From(report.GetProperty("total")).ShouldBe(Figures.Of(org.Requirements));
    }

    [Test]
    public async Task GetGaps_AsEmployee_Returns403()
    {
        var org = await ArrangeAsync();
        await LinkUserToEmployeeAsync("pegawai.kalianda", org.Employees[0]);
        using var employee = await SignInAsync("pegawai.kalianda");

        await (await employee.GetAsync($"{Gaps}?groupBy=unit")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task GetGaps_AsOtherAgencysAdmin_SeesOnlyTheirOwnPeople()
    {
        var org = await ArrangeAsync();
        using var medan = await SignInAsync("admin.medan");

        var report = await medan.GetJsonAsync($"{Gaps}?groupBy=unit");
        var byAgency = await medan.GetJsonAsync($"{Gaps}?groupBy=agency");
        var filtered = await medan.GetAsync($"{Gaps}?groupBy=unit&agencyId={org.AgencyId}");

        report.GetProperty("total").GetProperty("headcount").GetInt32().ShouldBe(1);
        report.Array("groups").Select(g => g.GetProperty("unitId").GetGuid()).ShouldBe([org.MedanUnit]);
        byAgency.Array("groups").Select(g => g.GetProperty("agencyCode").GetString()).ShouldBe(["MEDAN"]);
        await filtered.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task GetGaps_AsNationalAnalystForTheAgency_MatchesTheAgencyAdminsReport()
    {
        var org = await ArrangeAsync();
        using var national = await SignInAsync("analis.nasional");

        var agency = await national.GetJsonAsync($"{Gaps}?groupBy=agency&agencyId={org.AgencyId}");
        var all = await national.GetJsonAsync($"{Gaps}?groupBy=agency");

        Figures.From(agency.GetProperty("total")).ShouldBe(Figures.Of(org.Requirements));
        all.Array("groups").Select(g => g.GetProperty("agencyCode").GetString()).ShouldBe(["MEDAN", "LAMSEL"], ignoreOrder: true);
        all.GetProperty("total").GetProperty("headcount").GetInt32().ShouldBe(org.Requirements.Select(r => r.Person).Distinct().Count() + 1);
    }

    [Test]
    public async Task GetGaps_YearFilter_UsesThePositionHeldAtTheEndOfThatYear()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var (_, national) = await admin.NationalStandardAsync();
        var agencyId = await admin.AgencyIdAsync();
        var lastYear = Today.Year - 1;
        var unitA = (await admin.CreateUnitAsync(agencyId, "DINKES")).Id();
        var unitB = (await admin.CreateUnitAsync(agencyId, "BAPPEDA")).Id();
        var positionA = await admin.PositionWithStandardAsync(unitA, "DINKES-STAF", "Pelaksana", (national["M.01"], 3, 1m), (national["M.02"], 2, 1m));
        var positionB = await admin.PositionWithStandardAsync(unitB, "BAPPEDA-STAF", "Pelaksana", (national["M.03"], 4, 1m));
        var moved = (await admin.CreateEmployeeAsync(Nips.Pns(1), "Budi Santoso", positionA, positionStartDate: $"{lastYear}-03-01")).Id();
        var employeeUrl = $"{Employees}/{moved}";
        var move = await admin.SendWithIfMatchAsync(
            HttpMethod.Post, $"{employeeUrl}/assignments", (await admin.GetAsync(employeeUrl)).ETagOf(), new { positionId = positionB, startDate = $"{Today.Year}-01-01" });
        await move.ShouldBeOkAsync<JsonElement>();
        await admin.AssessAsync(moved, national["M.01"], 1, "Supervisor", new DateOnly(lastYear, 6, 1));
        await admin.AssessAsync(moved, national["M.03"], 4, "Supervisor", new DateOnly(lastYear, 6, 1));

        // Someone who joined this year was nobody's headcount at the end of last year.
        await admin.CreateEmployeeAsync(Nips.Pns(2), "Andi Wijaya", positionA, positionStartDate: $"{Today.Year}-01-01");

        var then = await admin.GetJsonAsync($"{Gaps}?groupBy=unit&year={lastYear}");
        var now = await admin.GetJsonAsync($"{Gaps}?groupBy=unit");

        then.GetProperty("asOf").GetString().ShouldBe($"{lastYear}-12-31");
        var thenGroup = then.Array("groups").ShouldHaveSingleItem();
        thenGroup.GetProperty("unitId").GetGuid().ShouldBe(unitA);
        Figures.From(thenGroup).ShouldBe(new Figures(Headcount: 1, Never: 0, Partly: 1, Fully: 0, WithGap: 1, Meeting: 0, GapTotal: 2, Assessed: 1, Requirements: 2));
        var nowGroups = now.Array("groups").ToDictionary(g => g.GetProperty("unitId").GetGuid());
        Figures.From(nowGroups[unitB]).ShouldBe(new Figures(Headcount: 1, Never: 0, Partly: 0, Fully: 1, WithGap: 0, Meeting: 1, GapTotal: 0, Assessed: 1, Requirements: 1));
        Figures.From(nowGroups[unitA]).ShouldBe(new Figures(Headcount: 1, Never: 1, Partly: 0, Fully: 0, WithGap: 0, Meeting: 0, GapTotal: 0, Assessed: 0, Requirements: 2));
    }

    /// <summary>One requirement: a person's position requires a competency at a level; Current is the level that counts (null: none).</summary>
    private sealed record Requirement(Guid Person, Guid Unit, string PositionType, string Competency, int Required, int? Current);

    private sealed record Figures(int Headcount, int Never, int Partly, int Fully, int WithGap, int Meeting, long GapTotal, long Assessed, long Requirements)
    {
        public decimal? MeanGap => Assessed == 0 ? null : Math.Round((decimal)GapTotal / Assessed, 4);

        /// <summary>The figures of a group, computed per person over the group's requirements.</summary>
        public static Figures Of(IEnumerable<Requirement> requirements)
        {
            var people = requirements.GroupBy(r => r.Person).Select(p => new
            {
                Required = p.Count(),
                Assessed = p.Count(r => r.Current is not null),
                HasGap = p.Any(r => r.Current < r.Required),
                Gap = p.Sum(r => r.Current is { } current ? Math.Max(r.Required - current, 0) : 0),
            }).ToList();
            return new Figures(
                people.Count,
                people.Count(p => p.Assessed == 0),
                people.Count(p => p.Assessed > 0 && p.Assessed < p.Required),
                people.Count(p => p.Assessed == p.Required),
                people.Count(p => p.HasGap),
                people.Count(p => p.Assessed == p.Required && !p.HasGap),
                people.Sum(p => p.Gap),
                people.Sum(p => p.Assessed),
                people.Sum(p => p.Required));
        }

        public static Figures From(JsonElement group) => new(
            group.GetProperty("headcount").GetInt32(),
            group.GetProperty("neverAssessedCount").GetInt32(),
            group.GetProperty("partlyAssessedCount").GetInt32(),
            group.GetProperty("fullyAssessedCount").GetInt32(),
            group.GetProperty("withGapCount").GetInt32(),
            group.GetProperty("meetingStandardCount").GetInt32(),
            group.GetProperty("gapTotal").GetInt64(),
            group.GetProperty("assessedRequirementCount").GetInt64(),
            group.GetProperty("requirementCount").GetInt64());
    }

    private sealed record Organisation(Guid AgencyId, Guid UnitA, Guid SubUnitA, Guid UnitB, Guid MedanUnit, IReadOnlyList<Guid> Employees, IReadOnlyList<Requirement> Requirements);

    /// <summary>Every group of the report against the model's group of the same key, and the total against the whole model.</summary>
    private static void ShouldMatch(JsonElement report, IReadOnlyList<Requirement> model, Func<Requirement, string> modelKey, Func<JsonElement, string> groupKey)
    {
        var expected = model.GroupBy(modelKey).ToDictionary(g => g.Key, g => Figures.Of(g));
        var groups = report.Array("groups");
        groups.Select(groupKey).ShouldBe(expected.Keys, ignoreOrder: true);
        foreach (var group in groups)
        {
            var key = groupKey(group);
            Figures.From(group).ShouldBe(expected[key], key);
            group.OptionalDecimal("meanGap").ShouldBe(expected[key].MeanGap, key);
            var share = expected[key].Fully == 0 ? (decimal?)null : Math.Round((decimal)expected[key].Meeting / expected[key].Fully, 4);
            group.OptionalDecimal("shareMeetingStandard").ShouldBe(share, key);
        }

        var total = Figures.Of(model);
        Figures.From(report.GetProperty("total")).ShouldBe(total);
        report.GetProperty("total").OptionalDecimal("meanGap").ShouldBe(total.MeanGap);
    }

    /// <summary>
    /// LAMSEL: DINKES (Administrator: M.01 3, M.02 2) with four holders, its sub-unit PUSKESMAS (Pelaksana: M.01 2)
    /// with one, BAPPEDA (Pengawas: M.01 3, M.03 3, SK.01 2) with four; an employee without a position and an
    /// inactive one, both assessed and not counted. MEDAN: one employee of its own.
    /// </summary>
    private static async Task<Organisation> ArrangeAsync()
    {
        using var admin = await SignInAsync("admin.kalianda");
        var (_, n) = await admin.NationalStandardAsync();
        var agencyId = await admin.AgencyIdAsync();
        var unitA = (await admin.CreateUnitAsync(agencyId, "DINKES")).Id();
        var subUnitA = (await admin.CreateUnitAsync(agencyId, "PUSKESMAS", unitA, "Upt")).Id();
        var unitB = (await admin.CreateUnitAsync(agencyId, "BAPPEDA", kind: "Badan")).Id();
        var positionA = await admin.PositionWithStandardAsync(unitA, "DINKES-KASI", "Administrator", (n["M.01"], 3, 1m), (n["M.02"], 2, 1m));
        var positionA1 = await admin.PositionWithStandardAsync(subUnitA, "PKM-STAF", "Pelaksana", (n["M.01"], 2, 1m));
        var positionB = await admin.PositionWithStandardAsync(unitB, "BAPPEDA-KASUBBID", "Pengawas", (n["M.01"], 3, 1m), (n["M.03"], 3, 1m), (n["SK.01"], 2, 1m));
        var expired = Today.AddMonths(-37);

        var people = new List<Guid>();
        var model = new List<Requirement>();
        async Task<Guid> HireAsync(Guid position, Guid unit, string type, params (string Competency, int Required, int? Current)[] requirements)
        {
            var id = (await admin.CreateEmployeeAsync(Nips.Pns(people.Count + 1), $"Pegawai {people.Count + 1}", position)).Id();
            people.Add(id);
            model.AddRange(requirements.Select(r => new Requirement(id, unit, type, r.Competency, r.Required, r.Current)));
            return id;
        }

        // DINKES: never assessed; meeting (M.01's newer assessment-centre 1 corrected to an older supervisor's 3); partly, with a gap;
        // fully, with a gap (M.02's assessment-centre 5 expired).
        await HireAsync(positionA, unitA, "Administrator", ("M.01", 3, null), ("M.02", 2, null));
        var meeting = await HireAsync(positionA, unitA, "Administrator", ("M.01", 3, 3), ("M.02", 2, 2));
        var wrong = await admin.AssessAsync(meeting, n["M.01"], 1, "AssessmentCentre", Today.AddDays(-5));
        await admin.CorrectAsync(wrong.Id(), 3, "Supervisor", Today.AddDays(-40));
        await admin.AssessAsync(meeting, n["M.02"], 2, "Self", Today.AddDays(-20));
        var partly = await HireAsync(positionA, unitA, "Administrator", ("M.01", 3, 1), ("M.02", 2, null));
        await admin.AssessAsync(partly, n["M.01"], 1, "Test", Today.AddDays(-15));
        var gaps = await HireAsync(positionA, unitA, "Administrator", ("M.01", 3, 4), ("M.02", 2, 1));
        await admin.AssessAsync(gaps, n["M.01"], 4, "AssessmentCentre", Today.AddDays(-100));
        await admin.AssessAsync(gaps, n["M.02"], 5, "AssessmentCentre", expired);
        await admin.AssessAsync(gaps, n["M.02"], 1, "Supervisor", Today.AddDays(-10));

        // PUSKESMAS: meeting.
        var puskesmas = await HireAsync(positionA1, subUnitA, "Pelaksana", ("M.01", 2, 2));
        await admin.AssessAsync(puskesmas, n["M.01"], 2, "Supervisor");

        // BAPPEDA: only an expired assessment (never assessed); partly and meeting (M.03 expired); gaps of 1 and 2; above every level.
        var onlyExpired = await HireAsync(positionB, unitB, "Pengawas", ("M.01", 3, null), ("M.03", 3, null), ("SK.01", 2, null));
        await admin.AssessAsync(onlyExpired, n["M.01"], 3, "AssessmentCentre", Today.AddMonths(-38));
        var partlyMeeting = await HireAsync(positionB, unitB, "Pengawas", ("M.01", 3, 3), ("M.03", 3, null), ("SK.01", 2, null));
        await admin.AssessAsync(partlyMeeting, n["M.01"], 3, "Supervisor");
        await admin.AssessAsync(partlyMeeting, n["M.03"], 2, "AssessmentCentre", expired);
        var twoGaps = await HireAsync(positionB, unitB, "Pengawas", ("M.01", 3, 2), ("M.03", 3, 1), ("SK.01", 2, 2));
        await admin.AssessAsync(twoGaps, n["M.01"], 2, "Supervisor");
        await admin.AssessAsync(twoGaps, n["M.03"], 1, "Supervisor");
        await admin.AssessAsync(twoGaps, n["SK.01"], 2, "Supervisor");
        var above = await HireAsync(positionB, unitB, "Pengawas", ("M.01", 3, 4), ("M.03", 3, 5), ("SK.01", 2, 3));
        await admin.AssessAsync(above, n["M.01"], 4, "Test");
        await admin.AssessAsync(above, n["M.03"], 5, "Test");
        await admin.AssessAsync(above, n["SK.01"], 3, "Test");

        // Not in the population: no position; inactive.
        var unplaced = (await admin.CreateEmployeeAsync(Nips.Pns(900), "Tanpa Jabatan")).Id();
        await admin.AssessAsync(unplaced, n["M.01"], 1, "Supervisor");
        var inactive = (await admin.CreateEmployeeAsync(Nips.Pns(901), "Sudah Pensiun", positionB)).Id();
        await admin.AssessAsync(inactive, n["M.01"], 1, "Supervisor");
        var etag = (await admin.GetAsync($"{Employees}/{inactive}")).ETagOf();
        await (await admin.SendWithIfMatchAsync(HttpMethod.Put, $"{Employees}/{inactive}", etag, new { nip = Nips.Pns(901), fullName = "Sudah Pensiun", isActive = false }))
            .ShouldBeOkAsync<JsonElement>();

        using var medan = await SignInAsync("admin.medan");
        var (medanUnit, medanPosition) = await medan.UnitWithPositionAsync(await medan.AgencyIdAsync(), "DISKOMINFO");
        var medanEmployee = (await medan.CreateEmployeeAsync(Nips.Pns(950), "Pegawai Medan", medanPosition)).Id();
        await medan.AssessAsync(medanEmployee, n["M.01"], 1, "Supervisor");

        return new Organisation(agencyId, unitA, subUnitA, unitB, medanUnit, people, model);
    }
}
