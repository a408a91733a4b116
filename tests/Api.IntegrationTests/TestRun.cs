using AsnCompetency.Testing;

namespace AsnCompetency.Api.IntegrationTests;

/// <summary>Starts PostgreSQL and the API once for this assembly.</summary>
[SetUpFixture]
public sealed class TestRun
{
    private static TestEnvironment? _environment;

    public static TestEnvironment Environment => _environment ?? throw new InvalidOperationException("The test run has not started.");

    [OneTimeSetUp]
    public async Task StartAsync() => _environment = await TestEnvironment.StartAsync("api");

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_environment is not null)
        {
            await _environment.DisposeAsync();
        }
    }
}

/// <summary>Every API test starts from reference plus demo data.</summary>
public abstract class ApiTestBase
{
    protected static TestEnvironment Environment => TestRun.Environment;

    [SetUp]
    public Task ResetDatabaseAsync() => Environment.ResetDatabaseAsync();

    protected static Task<HttpClient> SignInAsync(string userName) => Environment.CreateClientAsync(userName);
}
