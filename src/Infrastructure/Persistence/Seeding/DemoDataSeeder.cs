using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AsnCompetency.Infrastructure.Persistence.Seeding;

/// <summary>
/// Demo data for trying the system out: the three first agencies and one user per role, and on
/// request their organisations (<see cref="DemoOrganisationSeeder"/>). Never run in production;
/// the README lists the sign-ins.
/// </summary>
public sealed class DemoDataSeeder(
    ApplicationDbContext db,
    IPasswordService passwords,
    ITransactionRunner transactions,
    DemoOrganisationSeeder organisation,
    DemoTrainingNeedsSeeder trainingNeeds,
    DemoTrainingSeeder training,
    DemoEvaluationSeeder evaluation,
    ILogger<DemoDataSeeder> logger)
{
    /// <summary>The password of every demo user (documented in the README; demo data only).</summary>
    public const string DemoPassword = "Demo#2026";

    public static readonly IReadOnlyList<DemoAgency> Agencies =
    [
        new("LAMSEL", "Pemerintah Kabupaten Lampung Selatan", "Kabupaten Lampung Selatan", AgencyKind.PemerintahKabupaten),
        new("KUPANG-ALAK", "Kecamatan Alak, Pemerintah Kota Kupang", "Kota Kupang", AgencyKind.Kecamatan),
        new("MEDAN", "Pemerintah Kota Medan", "Kota Medan", AgencyKind.PemerintahKota),
    ];

    public static readonly IReadOnlyList<DemoUser> Users =
    [
        new("sysadmin", "Administrator Sistem Nasional", UserRole.SystemAdmin, null),
        new("analis.nasional", "Analis Kompetensi Nasional", UserRole.Analyst, null),
        new("admin.kalianda", "Admin BKPSDM Lampung Selatan", UserRole.AgencyAdmin, "LAMSEL"),
        new("asesor.kalianda", "Asesor Lampung Selatan", UserRole.Assessor, "LAMSEL"),
        new("analis.kalianda", "Analis Lampung Selatan", UserRole.Analyst, "LAMSEL"),
        new("pegawai.kalianda", "Siti Rahmawati", UserRole.Employee, "LAMSEL"),
        new("admin.alak", "Admin Kecamatan Alak", UserRole.AgencyAdmin, "KUPANG-ALAK"),
        new("admin.medan", "Admin BKPSDM Kota Medan", UserRole.AgencyAdmin, "MEDAN"),
    ];

    public async Task SeedAsync(bool includeOrganisation, CancellationToken cancellationToken)
    {
        var agencyIds = await transactions.ExecuteAsync(
            async ct =>
            {
                var ids = await SeedAgenciesAsync(ct);
                await SeedUsersAsync(ids, ct);
                return ids;
            },
            cancellationToken);
        if (includeOrganisation)
        {
            await organisation.SeedAsync(agencyIds, cancellationToken);
            await transactions.ExecuteAsync(
                async ct =>
                {
                    await trainingNeeds.SeedAsync(agencyIds, ct);
                    return true;
                },
                cancellationToken);
            await transactions.ExecuteAsync(
                async ct =>
                {
                    await training.SeedAsync(agencyIds, ct);
                    return true;
                },
                cancellationToken);
            await transactions.ExecuteAsync(
                async ct =>
                {
                    await evaluation.SeedAsync(ct);
                    return true;
                },
                cancellationToken);
        }
    }

    private async Task<Dictionary<string, Guid>> SeedAgenciesAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Agencies.IgnoreQueryFilters().ToDictionaryAsync(a => a.Code, a => a.Id, cancellationToken);
        foreach (var demo in Agencies.Where(a => !existing.ContainsKey(a.Code)))
        {
            var agency = Agency.Create(demo.Code, demo.Name, demo.Region, demo.Kind);
            db.Agencies.Add(agency);
            existing[agency.Code] = agency.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
        return existing;
    }

    private async Task SeedUsersAsync(Dictionary<string, Guid> agencyIds, CancellationToken cancellationToken)
    {
        var existing = (await db.Users.IgnoreQueryFilters().Select(u => u.UserName).ToListAsync(cancellationToken)).ToHashSet();
        var added = 0;
        foreach (var demo in Users.Where(u => !existing.Contains(u.UserName)))
        {
            var user = UserAccount.Create(
                demo.UserName,
                demo.DisplayName,
                $"{demo.UserName}@demo.asncompetency.id",
                demo.Role,
                demo.AgencyCode is null ? null : agencyIds[demo.AgencyCode]);
            user.SetPasswordHash(passwords.Hash(user, DemoPassword));
            db.Users.Add(user);
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (added > 0)
        {
            logger.LogInformation("Seeded {Count} demo users", added);
        }
    }

    public sealed record DemoAgency(string Code, string Name, string Region, AgencyKind Kind);

    public sealed record DemoUser(string UserName, string DisplayName, UserRole Role, string? AgencyCode);
}
