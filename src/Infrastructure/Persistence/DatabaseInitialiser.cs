using AsnCompetency.Infrastructure.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AsnCompetency.Infrastructure.Persistence;

/// <summary>Brings a database up to date: schema migrations, reference data, the bootstrap admin, and demo data on request.</summary>
public sealed class DatabaseInitialiser(
    ApplicationDbContext db,
    ReferenceDataSeeder referenceData,
    AdminBootstrapper adminBootstrapper,
    DemoDataSeeder demoData,
    ILogger<DatabaseInitialiser> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} database migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        }

        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <param name="includeDemoData">Load the demo agencies and sign-ins.</param>
    /// <param name="includeDemoOrganisation">With the demo data, also their units, positions, standards and employees.</param>
    public async Task SeedAsync(bool includeDemoData, CancellationToken cancellationToken, bool includeDemoOrganisation = true)
    {
        await referenceData.SeedAsync(cancellationToken);
        await adminBootstrapper.EnsureAsync(cancellationToken);
        if (includeDemoData)
        {
            await demoData.SeedAsync(includeDemoOrganisation, cancellationToken);
        }
    }
}
