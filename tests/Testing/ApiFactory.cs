using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AsnCompetency.Testing;

/// <summary>The API hosted in the test process against a real PostgreSQL database.</summary>
public sealed class ApiFactory(string connectionString, Action<IServiceCollection>? configureServices = null)
    : WebApplicationFactory<Program>
{
    /// <summary>A fixed key so tokens are stable across the test host's restarts.</summary>
    public const string SigningKey = "asncompetency-tests-signing-key-0123456789abcdef";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", connectionString);
        builder.UseSetting("Jwt:SigningKey", SigningKey);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:SeedDemoData", "true");

        // Every test signs in several times from the same address; the limits have tests of their own.
        builder.UseSetting("RateLimits:SignInPerMinute", "1000000");
        builder.UseSetting("RateLimits:ImportsPerMinute", "1000000");

        // Tests start from the demo agencies and sign-ins and build the organisation they need.
        builder.UseSetting("Database:SeedDemoOrganisation", "false");
        builder.ConfigureServices(services =>
        {
            // Hashing demo passwords at production strength for every reset would only slow the tests.
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1_000);
            configureServices?.Invoke(services);
        });
    }
}
