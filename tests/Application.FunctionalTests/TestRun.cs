using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Infrastructure.Persistence;
using AsnCompetency.Testing;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AsnCompetency.Application.FunctionalTests;

/// <summary>Starts PostgreSQL and the application once for this assembly; handlers run through the real pipeline.</summary>
[SetUpFixture]
public sealed class TestRun
{
    private static TestEnvironment? _environment;

    public static TestCurrentUser User { get; } = new();

    public static TestEnvironment Environment => _environment ?? throw new InvalidOperationException("The test run has not started.");

    [OneTimeSetUp]
    public async Task StartAsync() =>
        _environment = await TestEnvironment.StartAsync("functional", services => services.AddSingleton<ICurrentUser>(User));

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_environment is not null)
        {
            await _environment.DisposeAsync();
        }
    }
}

/// <summary>
/// Every functional test starts from reference plus demo data as the system user; sign in as a
/// demo user to test what a role and agency may do.
/// </summary>
public abstract class FunctionalTestBase
{
    protected static TestEnvironment Environment => TestRun.Environment;

    [SetUp]
    public async Task ResetAsync()
    {
        TestRun.User.ActAsSystem();
        await Environment.ResetDatabaseAsync();
    }

    /// <summary>Sends a command or query through the full pipeline (authorization, validation, transaction).</summary>
    protected static async Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request)
    {
        await using var scope = Environment.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(request);
    }

    protected static async Task<TResponse> SendAsync<TResponse>(ICommand<TResponse> command)
    {
        await using var scope = Environment.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    protected static async Task<TResponse> SendAsync<TResponse>(IQuery<TResponse> query)
    {
        await using var scope = Environment.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }

    /// <summary>Acts as the demo user of this name (see DemoDataSeeder.Users) for the following requests.</summary>
    protected static async Task SignInAsAsync(string userName)
    {
        TestRun.User.ActAsSystem();
        await using var scope = Environment.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName);
        TestRun.User.SignIn(user.Id, user.Role, user.AgencyId, user.EmployeeId);
    }

    protected static void SignOut() => TestRun.User.SignInAnonymous();

    /// <summary>Runs a query against the database as the system, outside any user's scope.</summary>
    protected static async Task<T> QueryDatabaseAsync<T>(Func<ApplicationDbContext, Task<T>> query)
    {
        var previous = (TestRun.User.IsSystem, TestRun.User.UserId, TestRun.User.Role, TestRun.User.AgencyId, TestRun.User.EmployeeId);
        TestRun.User.ActAsSystem();
        try
        {
            await using var scope = Environment.Services.CreateAsyncScope();
            return await query(scope.ServiceProvider.GetRequiredService<ApplicationDbContext>());
        }
        finally
        {
            if (!previous.IsSystem)
            {
                if (previous.UserId is { } id)
                {
                    TestRun.User.SignIn(id, previous.Role!.Value, previous.AgencyId, previous.EmployeeId);
                }
                else
                {
                    TestRun.User.SignInAnonymous();
                }
            }
        }
    }
}
