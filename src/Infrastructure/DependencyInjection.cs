using AsnCompetency.Application.Assessments.Import;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Employees;
using AsnCompetency.Application.Employees.Import;
using AsnCompetency.Application.Evaluation.Import;
using AsnCompetency.Application.Tna;
using AsnCompetency.Infrastructure.Files;
using AsnCompetency.Infrastructure.Identity;
using AsnCompetency.Infrastructure.Persistence;
using AsnCompetency.Infrastructure.Persistence.Imports;
using AsnCompetency.Infrastructure.Persistence.Interceptors;
using AsnCompetency.Infrastructure.Persistence.Seeding;
using AsnCompetency.Infrastructure.Persistence.Tna;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AsnCompetency.Infrastructure;

public static class DependencyInjection
{
    public const string ConnectionStringName = "Default";
    public const string MigrationsHistoryTable = "__ef_migrations_history";

    public static IServiceCollection AddInfrastructureServices(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"The connection string '{ConnectionStringName}' is not configured (ConnectionStrings__{ConnectionStringName}).");
        }

        services.AddSingleton(TimeProvider.System);
        services.AddScoped<AuditableEntityInterceptor>();
        services.AddScoped<ChangeAuditInterceptor>();
        services.AddDbContext<ApplicationDbContext>((provider, options) =>
        {
            ConfigureDbContext(options, connectionString);
            options.AddInterceptors(provider.GetRequiredService<AuditableEntityInterceptor>(), provider.GetRequiredService<ChangeAuditInterceptor>());
        });
        services.AddScoped<IApplicationDbContext>(provider => provider.GetRequiredService<ApplicationDbContext>());
        services.AddScoped<ITransactionRunner, EfTransactionRunner>();
        services.AddScoped<IEmployeeImportStore, EmployeeImportStore>();
        services.AddScoped<IAssessmentImportStore, AssessmentImportStore>();
        services.AddScoped<IScoreImportStore, ScoreImportStore>();
        var analytics = configuration.GetConnectionString(AnalyticsDatabase.ConnectionStringName);
        services.AddSingleton(_ => new AnalyticsDatabase(
            string.IsNullOrWhiteSpace(analytics) ? null : NpgsqlDataSource.Create(WithoutJit(WithShortConnectTimeout(analytics)))));
        services.AddScoped<TnaReadStore>();
        services.AddScoped<ITnaReadStore>(sp => sp.GetRequiredService<TnaReadStore>());
        services.AddScoped<Application.Training.LearningHours.ILearningHoursReadStore>(sp => sp.GetRequiredService<TnaReadStore>());
        services.AddScoped<Application.Exports.IExportReadStore>(sp => sp.GetRequiredService<TnaReadStore>());
        services.AddScoped<IRowLocks, Persistence.Training.RowLocks>();
        services.AddScoped<IAuditLog, Persistence.AuditLog>();
        services.AddSingleton<Application.Exports.IExportWriter, Exports.ExportWriter>();
        services.AddSingleton<ITabularFileReader, TabularFileReader>();
        services.Configure<EmployeeNumberOptions>(configuration.GetSection(EmployeeNumberOptions.Section));
        services.Configure<Application.Interchange.Case.CaseOptions>(configuration.GetSection(Application.Interchange.Case.CaseOptions.Section));

        services.Configure<BootstrapOptions>(configuration.GetSection(BootstrapOptions.Section));
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DemoOrganisationSeeder>();
        services.AddScoped<DemoTrainingNeedsSeeder>();
        services.AddScoped<DemoTrainingSeeder>();
        services.AddScoped<DemoEvaluationSeeder>();
        services.AddScoped<AdminBootstrapper>();
        services.AddScoped<DatabaseInitialiser>();

        services.Configure<JwtOptions>(configuration.GetSection(JwtOptions.Section));
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.Section));
        services.AddSingleton<SigningKeyProvider>();
        services.AddSingleton<IAccessTokenIssuer, JwtAccessTokenIssuer>();
        services.AddSingleton<IPasswordService, PasswordService>();
        services.Configure<SignInOptions>(configuration.GetSection(SignInOptions.Section));
        services.AddScoped<ISignInGuard, SignInGuard>();

        services.AddHealthChecks().AddDbContextCheck<ApplicationDbContext>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>
    /// Transient faults (a dropped connection, a restarting server) are retried a few times with
    /// short pauses; when the database stays away the request fails within a few seconds and is
    /// answered 503, instead of hanging for the driver's default 15-second connect timeout.
    /// </summary>
    internal static void ConfigureDbContext(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(WithoutJit(WithShortConnectTimeout(connectionString)), npgsql => npgsql
                .MigrationsHistoryTable(MigrationsHistoryTable)
                .EnableRetryOnFailure(maxRetryCount: 3, maxRetryDelay: TimeSpan.FromSeconds(1), errorCodesToAdd: null))
            .UseSnakeCaseNamingConvention();

    /// <summary>
    /// PostgreSQL's JIT compilation off unless the connection string sets server options: it
    /// spent 1–2 s compiling each large report query (gap aggregation over 100,000 people) and
    /// never won that back (docs/benchmarks.md); the other queries are too cheap to trigger it.
    /// </summary>
    internal static string WithoutJit(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.Options))
        {
            builder.Options = "-c jit=off";
        }

        return builder.ConnectionString;
    }

    /// <summary>A connect timeout of 3 seconds unless the connection string sets one.</summary>
    internal static string WithShortConnectTimeout(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        return given.ContainsKey("Timeout")
            ? connectionString
            : new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { Timeout = 3 }.ConnectionString;
    }
}
