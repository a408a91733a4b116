using AsnCompetency.Application.Tna.Gaps;
using AsnCompetency.Application.Tna.Profile;
using AsnCompetency.Domain.Assessments;
using AsnCompetency.Domain.Tna;
using AsnCompetency.Infrastructure.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AsnCompetency.Application.FunctionalTests;

/// <summary>
/// The demo training needs: on the run command's demo data, a profile and the unit gap report
/// agree with a calculation made here, independently, from the stored rows.
/// </summary>
public sealed class DemoTrainingNeedsTests : FunctionalTestBase
{
    [Test]
    public async Task Seed_WithOrganisation_AddsProgrammesAndAssessmentsOnce()
    {
        await SeedDemoAsync();
        var counts = await CountsAsync();
        counts.Programs.ShouldBeGreaterThan(10);
        counts.Assessments.ShouldBeGreaterThan(2000);
        counts.Corrections.ShouldBeGreaterThan(0);

        await SeedDemoAsync();

        (await CountsAsync()).ShouldBe(counts);
    }

    [Test]
    public async Task Profile_DemoEmployee_MatchesHandCalculationFromStoredRows()
    {
        await SeedDemoAsync();
        await SignInAsAsync("pegawai.kalianda");
        var today = DateOnly.FromDateTime(DateTime.Now);

        var employeeId = await QueryDatabaseAsync(db => db.Users.Where(u => u.UserName == "pegawai.kalianda").Select(u => u.EmployeeId!.Value).SingleAsync());
        var profile = await SendAsync(new GetCompetencyProfileQuery(employeeId));

        var (required, assessments) = await QueryDatabaseAsync(async db =>
        {
            var positionId = await db.Employees.Where(e => e.Id == employeeId).Select(e => e.PositionId!.Value).SingleAsync();
            var standards = await db.PositionStandards.Where(s => s.PositionId == positionId).ToDictionaryAsync(s => s.CompetencyId, s => s.RequiredLevel);
            var rows = await db.Assessments.Where(a => a.EmployeeId == employeeId).ToListAsync();
            return (standards, rows);
        });

        // The national default rule, written out: not superseded, within 36 months, most trusted method, then newest.
        var superseded = assessments.Where(a => a.SupersedesId is not null).Select(a => a.SupersedesId!.Value).ToHashSet();
        var priority = TnaSettings.DefaultMethodPriority.ToList();
        var current = assessments
            .Where(a => !superseded.Contains(a.Id) && a.AssessedOn <= today && a.AssessedOn > today.AddMonths(-36))
            .GroupBy(a => a.CompetencyId)
            .ToDictionary(
                g => g.Key,
                g => g.OrderBy(a => priority.IndexOf(a.Method)).ThenByDescending(a => a.AssessedOn).ThenByDescending(a => a.RecordedAt).First());

        profile.Items.Count.ShouldBe(required.Count);
        foreach (var item in profile.Items)
        {
            item.RequiredLevel.ShouldBe(required[item.CompetencyId]);
            var expected = current.GetValueOrDefault(item.CompetencyId);
            item.CurrentLevel.ShouldBe(expected?.Level);
            item.LevelMethod.ShouldBe(expected?.Method);
            item.Gap.ShouldBe(expected is null ? null : Math.Max(item.RequiredLevel - expected.Level, 0));
        }

        var assessed = profile.Items.Where(i => i.CurrentLevel is not null).ToList();
        var jpm = Math.Round(assessed.Sum(i => i.CurrentLevel!.Value) * 100m / assessed.Sum(i => i.RequiredLevel), 2);
        profile.JobPersonMatch.Value.ShouldBe(jpm);
        profile.JobPersonMatch.Category.ShouldBe(jpm >= 90 ? JpmCategory.Optimal : jpm >= 78 ? JpmCategory.CukupOptimal : JpmCategory.KurangOptimal);
        profile.Summary.GapCount.ShouldBeGreaterThan(0, "the demo Employee user is seeded with gaps to look at");
    }

    [Test]
    public async Task Gaps_ByUnitOverDemoAgency_MatchDirectCountsAndReportNeverAssessed()
    {
        await SeedDemoAsync();
        await SignInAsAsync("admin.kalianda");

        var report = await SendAsync(new GetGapsQuery(GroupBy: "unit"));

        // Straight from the tables: active holders of a position with a standard, per unit, and
        // those of them without any assessment of a required competency.
        var people = await QueryDatabaseAsync(async db =>
        {
            var agencyId = await db.Agencies.Where(a => a.Code == "LAMSEL").Select(a => a.Id).SingleAsync();
            return await db.Employees
                .Where(e => e.AgencyId == agencyId && e.IsActive && db.PositionStandards.Any(s => s.PositionId == e.PositionId))
                .Select(e => new
                {
                    UnitId = e.UnitId!.Value,
                    Never = !db.Assessments.Any(a => a.EmployeeId == e.Id && db.PositionStandards.Any(s => s.PositionId == e.PositionId && s.CompetencyId == a.CompetencyId)),
                })
                .ToListAsync();
        });
        var expected = people.GroupBy(p => p.UnitId).ToDictionary(g => g.Key, g => (Headcount: g.Count(), Never: g.Count(p => p.Never)));

        report.Groups.Count.ShouldBe(expected.Count);
        foreach (var group in report.Groups)
        {
            (group.Headcount, group.NeverAssessedCount).ShouldBe(expected[group.UnitId!.Value], $"unit {group.UnitCode}");
            (group.NeverAssessedCount + group.PartlyAssessedCount + group.FullyAssessedCount).ShouldBe(group.Headcount);
        }

        report.Total.Headcount.ShouldBe(people.Count);
        report.Total.NeverAssessedCount.ShouldBe(people.Count(p => p.Never));
        report.Total.NeverAssessedCount.ShouldBeGreaterThan(0);
    }

    private static async Task SeedDemoAsync()
    {
        await using var scope = Environment.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(includeOrganisation: true, CancellationToken.None);
    }

    private static Task<(int Programs, int Assessments, int Corrections)> CountsAsync() =>
        QueryDatabaseAsync(async db => (
            await db.TrainingPrograms.CountAsync(),
            await db.Assessments.CountAsync(),
            await db.Assessments.CountAsync(a => a.SupersedesId != null)));
}
