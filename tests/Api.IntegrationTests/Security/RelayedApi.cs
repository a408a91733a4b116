using System.Text.Json;
using AsnCompetency.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace AsnCompetency.Api.IntegrationTests.Security;

/// <summary>The test API reaching the test database through a <see cref="TcpProxy"/> that a test can cut.</summary>
public sealed class RelayedApi : IAsyncDisposable
{
    private RelayedApi(TcpProxy relay, WebApplicationFactory<Program> factory)
    {
        Relay = relay;
        Factory = factory;
    }

    public TcpProxy Relay { get; }

    public WebApplicationFactory<Program> Factory { get; }

    public static RelayedApi Start(TestEnvironment environment)
    {
        var target = new NpgsqlConnectionStringBuilder(environment.ConnectionString);
        var relay = TcpProxy.Start(target.Host!, target.Port);
        var throughRelay = new NpgsqlConnectionStringBuilder(environment.ConnectionString) { Host = "127.0.0.1", Port = relay.Port }.ConnectionString;
        return new RelayedApi(relay, environment.Factory.WithWebHostBuilder(builder => builder.UseSetting("ConnectionStrings:Default", throughRelay)));
    }

    /// <summary>A client of this API signed in as a demo user (while the relay is up).</summary>
    public async Task<HttpClient> SignInAsync(string userName)
    {
        var client = Factory.CreateClient();
        var token = await (await client.PostJsonAsync("/api/v1/auth/token", new { userName, password = "Demo#2026" })).ShouldBeOkAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Relay.DisposeAsync();
    }
}
