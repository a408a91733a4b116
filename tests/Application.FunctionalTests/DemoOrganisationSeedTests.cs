using AsnCompetency.Domain.Employees;
using AsnCompetency.Domain.Positions;
using AsnCompetency.Infrastructure.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AsnCompetency.Application.FunctionalTests;

/// <summary>The run command's demo organisation: it must build through the real commands, completely and only once.</summary>
public sealed class DemoOrganisationSeedTests : FunctionalTestBase
{
    [Test]
    public async Task Seed_WithOrganisation_BuildsEveryAgencyWithAllPositionTypesHeldAndValidNips()
    {
        await SeedDemoOrganisationAsync();

        var agencies = await QueryDatabaseAsync(db => db.Agencies.Select(a => new
        {
            a.Code,
            Units = db.Units.Count(u => u.AgencyId == a.Id),
            Positions = db.Positions.Count(p => p.AgencyId == a.Id),
            Employees = db.Employees.Count(e => e.AgencyId == a.Id),
        }).ToListAsync());
        agencies.Select(a => a.Code).ShouldBe(["KUPANG-ALAK", "LAMSEL", "MEDAN"], ignoreOrder: true);
        agencies.ShouldAllBe(a => a.Units > 5 && a.Positions > 20 && a.Employees >= 50);
        agencies.Sum(a => a.Employees).ShouldBeInRange(300, 500);

        var types = await QueryDatabaseAsync(db => db.Positions.Select(p => p.Type).Distinct().ToListAsync());
        types.ShouldBe(Enum.GetValues<PositionType>(), ignoreOrder: true);
        (await QueryDatabaseAsync(db => db.Positions.CountAsync(p => !db.Employees.Any(e => e.PositionId == p.Id)))).ShouldBe(0);
        (await QueryDatabaseAsync(db => db.Positions.CountAsync(p => !p.Standards.Any()))).ShouldBe(0);

        var nips = await QueryDatabaseAsync(db => db.Employees.Select(e => new { e.Nip, e.EmployeeType, e.Gender, e.BirthDate }).ToListAsync());
        foreach (var employee in nips)
        {
            var nip = Nip.Parse(employee.Nip);
            nip.EmployeeType.ShouldBe(employee.EmployeeType);
            nip.Gender.ShouldBe(employee.Gender);
            nip.BirthDate.ShouldBe(employee.BirthDate);
        }

        var linked = await QueryDatabaseAsync(db => db.Users.Where(u => u.UserName == "pegawai.kalianda")
            .Select(u => db.Employees.Where(e => e.Id == u.EmployeeId).Select(e => e.FullName).FirstOrDefault())
            .SingleAsync());
        linked.ShouldBe("Siti Rahmawati");
    }

    [Test]
    public async Task Seed_RunTwice_AddsNothingTheSecondTime()
    {
        await SeedDemoOrganisationAsync();
        var before = await CountsAsync();

        await SeedDemoOrganisationAsync();

        (await CountsAsync()).ShouldBe(before);
    }

    private static async Task SeedDemoOrganisationAsync()
    {
        await using var scope = Environment.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(includeOrganisation: true, CancellationToken.None);
    }

    private static Task<(int Units, int Positions, int Employees, int Frameworks)> CountsAsync() =>
        QueryDatabaseAsync(async db => (
            await db.Units.CountAsync(),
            await db.Positions.CountAsync(),
            await db.Employees.CountAsync(),
            await db.CompetencyFrameworks.CountAsync()));
}
