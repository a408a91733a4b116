using System.Data.Common;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AsnCompetency.Infrastructure.Persistence;
using AsnCompetency.Infrastructure.Persistence.Seeding;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Respawn;
using Respawn.Graph;

namespace AsnCompetency.Testing;

/// <summary>
/// One per test assembly: a PostgreSQL server, a database of the assembly's own, the API hosted
/// on it, and a reset that returns the database to reference plus demo data between tests.
/// </summary>
public sealed class TestEnvironment : IAsyncDisposable
{
    private readonly PostgresServer _server;
    private readonly string _databaseName;
    private Respawner? _respawner;

    private TestEnvironment(PostgresServer server, string databaseName, string connectionString, ApiFactory factory)
    {
        _server = server;
        _databaseName = databaseName;
        ConnectionString = connectionString;
        Factory = factory;
    }

    public string ConnectionString { get; }

    public ApiFactory Factory { get; }

    public IServiceProvider Services => Factory.Services;

    public static async Task<TestEnvironment> StartAsync(string assemblyName, Action<IServiceCollection>? configureServices = null)
    {
        var server = await PostgresServer.StartAsync();
        var databaseName = $"asn_test_{assemblyName.ToLowerInvariant()}_{Guid.NewGuid():N}"[..(20 + assemblyName.Length)];
        var connectionString = await server.CreateDatabaseAsync(databaseName);
        NUnit.Framework.TestContext.Progress.WriteLine($"Test database {databaseName} on {server.Description}");

        var factory = new ApiFactory(connectionString, configureServices);
        _ = factory.Server; // starts the host: migrations, reference and demo data
        return new TestEnvironment(server, databaseName, connectionString, factory);
    }

    /// <summary>Empties every table and loads reference and demo data again (users and agencies; the demo organisation with its staff and training when asked).</summary>
    public async Task ResetDatabaseAsync(bool includeDemoOrganisation = false)
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            _respawner ??= await Respawner.CreateAsync(connection, new RespawnerOptions
            {
                DbAdapter = DbAdapter.Postgres,
                SchemasToInclude = ["public"],
                // Grades are schema data (HasData in the migration): no seeder would put them back.
                TablesToIgnore = [new Table(Infrastructure.DependencyInjection.MigrationsHistoryTable), new Table("grades")],
            });
            await _respawner.ResetAsync(connection);
        }

        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>()
            .SeedAsync(includeDemoData: true, CancellationToken.None, includeDemoOrganisation);
    }

    public HttpClient CreateAnonymousClient() => Factory.CreateClient();

    /// <summary>A client signed in as one of the demo users (DemoDataSeeder.Users).</summary>
    public async Task<HttpClient> CreateClientAsync(string userName)
    {
        var client = Factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = DemoDataSeeder.DemoPassword });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _server.DropDatabaseAsync(_databaseName);
        await _server.DisposeAsync();
    }

    private sealed record TokenResponse(string AccessToken);
}
