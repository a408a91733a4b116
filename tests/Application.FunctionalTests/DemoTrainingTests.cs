using AsnCompetency.Application.Training.LearningHours;
using AsnCompetency.Domain.Training;
using AsnCompetency.Infrastructure.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AsnCompetency.Application.FunctionalTests;

/// <summary>
/// The demo training delivery: sessions in every state in every agency, completions whose JP
/// reach the ledger, and no one booked on two sessions the same day.
/// </summary>
public sealed class DemoTrainingTests : FunctionalTestBase
{
    [Test]
    public async Task Seed_WithOrganisation_AddsSessionsInEveryStateOnce()
    {
        await SeedDemoAsync();
        var counts = await CountsAsync();

        var statuses = await QueryDatabaseAsync(db => db.TrainingSessions.Select(s => s.Status).Distinct().ToListAsync());
        statuses.ShouldBe([SessionStatus.Planned, SessionStatus.Open, SessionStatus.Running, SessionStatus.Completed], ignoreOrder: true);
        var agenciesWithSessions = await QueryDatabaseAsync(db => db.TrainingSessions.Where(s => s.AgencyId != null).Select(s => s.AgencyId).Distinct().CountAsync());
        agenciesWithSessions.ShouldBe(3);
        (await QueryDatabaseAsync(db => db.Enrollments.CountAsync(e => e.Status == EnrollmentStatus.Waitlisted))).ShouldBeGreaterThan(0);
        (await QueryDatabaseAsync(db => db.FollowUps.CountAsync())).ShouldBeGreaterThan(0);
        counts.Completions.ShouldBeGreaterThan(100);

        await SeedDemoAsync();

        (await CountsAsync()).ShouldBe(counts);
    }

    [Test]
    public async Task Seed_Completions_EachHaveOneLedgerEntryWithTheCreditedJp()
    {
        await SeedDemoAsync();

        var mismatches = await QueryDatabaseAsync(db => (
            from e in db.Enrollments
            where e.Status == EnrollmentStatus.Completed
            join r in db.LearningRecords on e.Id equals r.EnrollmentId into records
            from r in records.DefaultIfEmpty()
            where r == null || r.Jp != e.CreditedJp || r.Date != e.CompletedOn
            select e.Id).CountAsync());

        mismatches.ShouldBe(0);
    }

    [Test]
    public async Task Seed_NoOneIsBookedOnTwoSessionsTheSameDay()
    {
        await SeedDemoAsync();

        var bookings = await QueryDatabaseAsync(db => (
            from e in db.Enrollments
            where e.Status != EnrollmentStatus.Dropped && e.Status != EnrollmentStatus.NoShow
            join s in db.TrainingSessions on e.SessionId equals s.Id
            select new { e.EmployeeId, s.MeetingDays }).ToListAsync());

        var doubleBooked = bookings
            .SelectMany(b => b.MeetingDays.Select(d => (b.EmployeeId, Day: d)))
            .GroupBy(x => x)
            .Count(g => g.Count() > 1);
        doubleBooked.ShouldBe(0);
    }

    [Test]
    public async Task Seed_NoPppkEarnsMoreThanTheirYearlyMaximum()
    {
        await SeedDemoAsync();

        var most = await QueryDatabaseAsync(db => (
            from r in db.LearningRecords
            join e in db.Employees on r.EmployeeId equals e.Id
            where e.EmployeeType == Domain.Employees.EmployeeType.Pppk
            group r by new { r.EmployeeId, r.Date.Year } into g
            select (int?)g.Sum(r => r.Jp)).MaxAsync());

        (most ?? 0).ShouldBeLessThanOrEqualTo(24);
    }

    [Test]
    public async Task LearningHours_DemoEmployee_ShowsTheYearsCompletedTraining()
    {
        await SeedDemoAsync();
        await SignInAsAsync("pegawai.kalianda");
        var employeeId = await QueryDatabaseAsync(db => db.Users.Where(u => u.UserName == "pegawai.kalianda").Select(u => u.EmployeeId!.Value).SingleAsync());
        var year = DateTime.Now.Year;

        var hours = await SendAsync(new GetLearningHoursQuery(employeeId, year));

        var stored = await QueryDatabaseAsync(db => db.LearningRecords.Where(r => r.EmployeeId == employeeId && r.Date.Year == year).SumAsync(r => r.Jp));
        hours.TotalJp.ShouldBe(stored);
        hours.Entries.Sum(e => e.Jp).ShouldBe(stored);
        hours.Status.ShouldBe(stored >= 20 ? JpStatus.MeetsMinimum : JpStatus.BelowMinimum);
        (await QueryDatabaseAsync(db => db.LearningRecords.CountAsync(r => r.EmployeeId == employeeId))).ShouldBeGreaterThan(0, "the demo employee completed a training");
    }

    private static async Task SeedDemoAsync()
    {
        await using var scope = Environment.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(includeOrganisation: true, CancellationToken.None);
    }

    private static Task<(int Sessions, int Enrollments, int Completions, int LedgerEntries)> CountsAsync() =>
        QueryDatabaseAsync(async db => (
            await db.TrainingSessions.CountAsync(),
            await db.Enrollments.CountAsync(),
            await db.Enrollments.CountAsync(e => e.Status == EnrollmentStatus.Completed),
            await db.LearningRecords.CountAsync()));
}
