using AsnCompetency.Infrastructure.Persistence;

namespace AsnCompetency.Api.Infrastructure;

/// <summary>Settings of what the API does to its database when it starts (section "Database").</summary>
public sealed class DatabaseStartupOptions
{
    public const string Section = "Database";

    /// <summary>Apply pending migrations and reference data at start-up.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Also load the demo agencies and users (never in production).</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>With the demo data, also the demo agencies' units, positions, standards and employees.</summary>
    public bool SeedDemoOrganisation { get; set; } = true;
}

public static class DatabaseStartup
{
    /// <summary>The maintenance commands the API binary understands besides serving.</summary>
    public static readonly IReadOnlySet<string> Commands = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "migrate", "seed-demo" };

    /// <summary>Migrates and seeds as configured before the API starts serving.</summary>
    public static async Task InitialiseDatabaseAsync(this WebApplication app)
    {
        var options = app.Configuration.GetSection(DatabaseStartupOptions.Section).Get<DatabaseStartupOptions>() ?? new DatabaseStartupOptions();
        if (!options.MigrateOnStartup && !options.SeedDemoData)
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var initialiser = scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>();
        if (options.MigrateOnStartup)
        {
            await initialiser.MigrateAsync(app.Lifetime.ApplicationStopping);
        }

        await initialiser.SeedAsync(options.SeedDemoData, app.Lifetime.ApplicationStopping, options.SeedDemoOrganisation);
    }

    /// <summary>
    /// Runs "migrate" (schema, reference data, bootstrap admin) and/or "seed-demo" (demo data) and
    /// returns the process exit code.
    /// </summary>
    public static async Task<int> RunCommandsAsync(this WebApplication app, IReadOnlyList<string> commands)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("AsnCompetency.Database");
        await using var scope = app.Services.CreateAsyncScope();
        var initialiser = scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>();
        var demo = commands.Contains("seed-demo", StringComparer.OrdinalIgnoreCase);
        if (commands.Contains("migrate", StringComparer.OrdinalIgnoreCase))
        {
            logger.LogInformation("Applying migrations");
            await initialiser.MigrateAsync(CancellationToken.None);
        }

        logger.LogInformation(demo ? "Seeding reference data and demo data" : "Seeding reference data");
        await initialiser.SeedAsync(demo, CancellationToken.None);
        logger.LogInformation("Database is up to date");
        return 0;
    }
}
