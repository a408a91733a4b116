using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Infrastructure.Persistence;
using AsnCompetency.Infrastructure.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AsnCompetency.Application.FunctionalTests;

/// <summary>Production seeds no users; the first SystemAdmin comes from configuration.</summary>
public sealed class AdminBootstrapperTests : FunctionalTestBase
{
    [Test]
    public async Task Ensure_ConfiguredAdminMissing_CreatesSystemAdminWhosePasswordVerifies()
    {
        await EnsureAsync(new BootstrapOptions { AdminUserName = "Admin.BKN", AdminPassword = "S3cret-for-first-login" });

        var admin = await QueryDatabaseAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == "admin.bkn"));
        admin.Role.ShouldBe(UserRole.SystemAdmin);
        admin.AgencyId.ShouldBeNull();
        await using var scope = Environment.Services.CreateAsyncScope();
        var passwords = scope.ServiceProvider.GetRequiredService<IPasswordService>();
        passwords.Verify(admin, "S3cret-for-first-login").ShouldNotBe(PasswordCheck.Failed);
        passwords.Verify(admin, "wrong").ShouldBe(PasswordCheck.Failed);
    }

    [Test]
    public async Task Ensure_RunTwice_CreatesTheAdminOnce()
    {
        var options = new BootstrapOptions { AdminUserName = "admin.bkn", AdminPassword = "S3cret-for-first-login" };

        await EnsureAsync(options);
        await EnsureAsync(options);

        (await QueryDatabaseAsync(db => db.Users.CountAsync(u => u.UserName == "admin.bkn"))).ShouldBe(1);
    }

    [Test]
    public async Task Ensure_NothingConfigured_CreatesNoUser()
    {
        var before = await QueryDatabaseAsync(db => db.Users.CountAsync());

        await EnsureAsync(new BootstrapOptions());

        (await QueryDatabaseAsync(db => db.Users.CountAsync())).ShouldBe(before);
    }

    private static async Task EnsureAsync(BootstrapOptions options)
    {
        await using var scope = Environment.Services.CreateAsyncScope();
        var bootstrapper = new AdminBootstrapper(
            scope.ServiceProvider.GetRequiredService<ApplicationDbContext>(),
            scope.ServiceProvider.GetRequiredService<IPasswordService>(),
            Options.Create(options),
            NullLogger<AdminBootstrapper>.Instance);
        await bootstrapper.EnsureAsync(CancellationToken.None);
    }
}
