using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace AsnCompetency.Testing;

/// <summary>
/// A throw-away PostgreSQL cluster in a temporary folder, on a free loopback port, from the
/// installed postgresql package (initdb and pg_ctl). As root, the server runs as the postgres
/// user, which initdb requires.
/// </summary>
public sealed class LocalPostgresCluster : IAsyncDisposable
{
    private readonly string _binDirectory;
    private readonly string _dataDirectory;

    private LocalPostgresCluster(string binDirectory, string directory, string connectionString)
    {
        _binDirectory = binDirectory;
        Directory = directory;
        _dataDirectory = Path.Combine(directory, "data");
        ConnectionString = connectionString;
    }

    public string Directory { get; }

    public string ConnectionString { get; }

    public static async Task<LocalPostgresCluster> StartAsync()
    {
        var bin = FindBinDirectory() ?? throw new InvalidOperationException(
            "No PostgreSQL for the tests: set TEST_DATABASE_URL, start a Docker engine, or install Debian's postgresql package " +
            "(scripts/test.sh installs it and starts a cluster for you).");

        var directory = Path.Combine(Path.GetTempPath(), $"asncompetency-test-pg-{Guid.NewGuid():N}"[..40]);
        var data = Path.Combine(directory, "data");
        System.IO.Directory.CreateDirectory(data);
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var passwordFile = Path.Combine(directory, "pw");
        await File.WriteAllTextAsync(passwordFile, password);
        if (IsRoot)
        {
            await RunAsync("chown", ["-R", "postgres:postgres", directory], asPostgres: false);
        }

        var cluster = new LocalPostgresCluster(bin, directory, "");
        await cluster.RunToolAsync("initdb", ["-D", data, "-U", "postgres", $"--pwfile={passwordFile}", "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"]);
        var port = FreePort();
        await cluster.RunToolAsync("pg_ctl",
        [
            "-D", data, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60",
            "-o", $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
            "start",
        ]);

        var connectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = "postgres",
            Password = password,
            Database = "postgres",
        }.ConnectionString;
        return new LocalPostgresCluster(bin, directory, connectionString);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunToolAsync("pg_ctl", ["-D", _dataDirectory, "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static string? FindBinDirectory()
    {
        const string root = "/usr/lib/postgresql";
        if (!System.IO.Directory.Exists(root))
        {
            return null;
        }

        return System.IO.Directory.GetDirectories(root)
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb")))
            .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
            .FirstOrDefault();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Task RunToolAsync(string tool, IReadOnlyList<string> arguments) =>
        RunAsync(Path.Combine(_binDirectory, tool), arguments, asPostgres: IsRoot);

    private static async Task RunAsync(string fileName, IReadOnlyList<string> arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,

            // The postgres user may not be allowed into the test's folder (a checkout under /root).
            WorkingDirectory = "/",
        };
        if (asPostgres)
        {
            foreach (var argument in new[] { "-u", "postgres", "--", fileName })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}
