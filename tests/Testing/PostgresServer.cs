using System.Net;
using System.Net.Sockets;
using System.Text;
using Npgsql;
using Testcontainers.PostgreSql;

namespace AsnCompetency.Testing;

/// <summary>
/// The PostgreSQL server the tests use, chosen in this order: TEST_DATABASE_URL (the test
/// command sets it to its private cluster); a Testcontainers container when a Docker engine
/// answers; otherwise a throw-away local cluster started from the installed postgresql package.
/// Always a real PostgreSQL.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string EnvironmentVariable = "TEST_DATABASE_URL";

    private readonly IAsyncDisposable? _owned;

    private PostgresServer(string connectionString, string description, IAsyncDisposable? owned)
    {
        ConnectionString = connectionString;
        Description = description;
        _owned = owned;
    }

    /// <summary>Connection string to the server's maintenance database.</summary>
    public string ConnectionString { get; }

    public string Description { get; }

    public static async Task<PostgresServer> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new PostgresServer(NormaliseConnectionString(configured), $"{EnvironmentVariable}", owned: null);
        }

        if (await DockerEngineAnswersAsync())
        {
            var container = new PostgreSqlBuilder("postgres:16-alpine").Build();
            await container.StartAsync();
            return new PostgresServer(container.GetConnectionString(), "Testcontainers postgres:16-alpine", container);
        }

        var cluster = await LocalPostgresCluster.StartAsync();
        return new PostgresServer(cluster.ConnectionString, $"local cluster in {cluster.Directory}", cluster);
    }

    /// <summary>Creates an empty database for one test assembly and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE); CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    public async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_owned is not null)
        {
            await _owned.DisposeAsync();
        }
    }

    /// <summary>Accepts a keyword connection string or a postgres:// URL; points it at the maintenance database.</summary>
    public static string NormaliseConnectionString(string value)
    {
        NpgsqlConnectionStringBuilder builder;
        if (value.StartsWith("postgres://", StringComparison.Ordinal) || value.StartsWith("postgresql://", StringComparison.Ordinal))
        {
            var uri = new Uri(value);
            var credentials = uri.UserInfo.Split(':', 2);
            builder = new NpgsqlConnectionStringBuilder
            {
                Host = uri.Host,
                Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
                Username = Uri.UnescapeDataString(credentials[0]),
                Password = credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : null,
            };
        }
        else
        {
            builder = new NpgsqlConnectionStringBuilder(value);
        }

        builder.Database = "postgres";
        return builder.ConnectionString;
    }

    private static async Task<bool> DockerEngineAnswersAsync()
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        EndPoint endpoint;
        if (string.IsNullOrEmpty(host) || host.StartsWith("unix://", StringComparison.Ordinal))
        {
            var path = string.IsNullOrEmpty(host) ? "/var/run/docker.sock" : host["unix://".Length..];
            if (!File.Exists(path))
            {
                return false;
            }

            endpoint = new UnixDomainSocketEndPoint(path);
        }
        else if (Uri.TryCreate(host, UriKind.Absolute, out var uri) && uri.Scheme == "tcp")
        {
            endpoint = new DnsEndPoint(uri.Host, uri.Port);
        }
        else
        {
            return false;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            using var socket = endpoint is UnixDomainSocketEndPoint
                ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
                : new Socket(SocketType.Stream, ProtocolType.Tcp);
            await socket.ConnectAsync(endpoint, timeout.Token);
            await socket.SendAsync(Encoding.ASCII.GetBytes("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n"), timeout.Token);
            var buffer = new byte[512];
            var read = await socket.ReceiveAsync(buffer, timeout.Token);
            return Encoding.ASCII.GetString(buffer, 0, read).Contains(" 200 ", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or IOException)
        {
            return false;
        }
    }
}
