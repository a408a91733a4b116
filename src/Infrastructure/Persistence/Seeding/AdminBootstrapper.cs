using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AsnCompetency.Infrastructure.Persistence.Seeding;

/// <summary>The first SystemAdmin of a production installation, taken from configuration.</summary>
public sealed class BootstrapOptions
{
    public const string Section = "Bootstrap";

    public string? AdminUserName { get; set; }

    public string? AdminPassword { get; set; }
}

/// <summary>
/// Production seeds no users; it creates one SystemAdmin from Bootstrap:AdminUserName and
/// Bootstrap:AdminPassword when no user of that name exists, so someone can sign in.
/// </summary>
public sealed class AdminBootstrapper(
    ApplicationDbContext db,
    IPasswordService passwords,
    IOptions<BootstrapOptions> options,
    ILogger<AdminBootstrapper> logger)
{
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.AdminUserName) || string.IsNullOrEmpty(settings.AdminPassword))
        {
            return;
        }

        var userName = UserAccount.NormaliseUserName(settings.AdminUserName);
        if (await db.Users.AnyAsync(u => u.UserName == userName, cancellationToken))
        {
            return;
        }

        var admin = UserAccount.Create(userName, "System administrator", email: null, UserRole.SystemAdmin, agencyId: null);
        admin.SetPasswordHash(passwords.Hash(admin, settings.AdminPassword));
        db.Users.Add(admin);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Created the bootstrap SystemAdmin {UserId}", admin.Id);
    }
}
