using System.Text.Json;
using System.Text.Json.Serialization;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.CompetencyFrameworks.Commands.CreateCompetencyFramework;
using AsnCompetency.Application.CompetencyFrameworks.Commands.PublishCompetencyFramework;
using AsnCompetency.Domain.Positions;
using AsnCompetency.Domain.Tna;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AsnCompetency.Infrastructure.Persistence.Seeding;

/// <summary>
/// Reference data every installation needs, demo or not: the national competency standard of
/// PermenPANRB 38/2017, created through the same commands a SystemAdmin would use and published.
/// </summary>
public sealed class ReferenceDataSeeder(
    ApplicationDbContext db,
    ISender sender,
    ITransactionRunner transactions,
    ILogger<ReferenceDataSeeder> logger)
{
    public const string NationalStandardCode = "PERMENPANRB-38-2017";
    private const string NationalStandardResource = "permenpanrb-38-2017.json";

    private static readonly JsonSerializerOptions SeedJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>
    /// The level a new position of each type is proposed to require for the national managerial
    /// and socio-cultural competencies (DOMAIN.md §1: Administrator 3 is confirmed; the others are
    /// common practice). Seeded once as editable national configuration.
    /// </summary>
    public static IReadOnlyDictionary<PositionType, int> NationalStandardDefaults { get; } = new Dictionary<PositionType, int>
    {
        [PositionType.JptUtama] = 5,
        [PositionType.JptMadya] = 5,
        [PositionType.JptPratama] = 4,
        [PositionType.Administrator] = 3,
        [PositionType.Pengawas] = 2,
        [PositionType.Pelaksana] = 1,
        [PositionType.FungsionalAhliUtama] = 4,
        [PositionType.FungsionalAhliMadya] = 3,
        [PositionType.FungsionalAhliMuda] = 2,
        [PositionType.FungsionalAhliPertama] = 1,
        [PositionType.FungsionalPenyelia] = 2,
        [PositionType.FungsionalMahir] = 2,
        [PositionType.FungsionalTerampil] = 1,
        [PositionType.FungsionalPemula] = 1,
    };

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await SeedNationalStandardAsync(cancellationToken);
        await SeedStandardDefaultsAsync(cancellationToken);
        await SeedTnaDefaultsAsync(cancellationToken);
    }

    private async Task SeedTnaDefaultsAsync(CancellationToken cancellationToken)
    {
        if (await db.TnaSettings.IgnoreQueryFilters().AnyAsync(s => s.AgencyId == null, cancellationToken))
        {
            return;
        }

        db.TnaSettings.Add(TnaSettings.NationalDefaults());
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedStandardDefaultsAsync(CancellationToken cancellationToken)
    {
        var configured = await db.StandardDefaults
            .IgnoreQueryFilters()
            .Where(d => d.AgencyId == null)
            .Select(d => d.PositionType)
            .ToListAsync(cancellationToken);
        var missing = NationalStandardDefaults.Where(d => !configured.Contains(d.Key)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        db.StandardDefaults.AddRange(missing.Select(d => StandardDefault.Create(agencyId: null, d.Key, d.Value)));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedNationalStandardAsync(CancellationToken cancellationToken)
    {
        var exists = await db.CompetencyFrameworks
            .IgnoreQueryFilters()
            .AnyAsync(f => f.OwnerAgencyId == null && f.Code == NationalStandardCode, cancellationToken);
        if (exists)
        {
            return;
        }

        var command = await LoadAsync<CreateCompetencyFrameworkCommand>(NationalStandardResource, cancellationToken);
        await transactions.ExecuteAsync(
            async ct =>
            {
                var created = await sender.Send(command, ct);
                return await sender.Send(new PublishCompetencyFrameworkCommand(created.Id, IfMatch: null), ct);
            },
            cancellationToken);
        logger.LogInformation("Seeded the national competency standard {FrameworkCode}", NationalStandardCode);
    }

    internal static async Task<T> LoadAsync<T>(string resourceName, CancellationToken cancellationToken)
    {
        var assembly = typeof(ReferenceDataSeeder).Assembly;
        var fullName = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + resourceName, StringComparison.Ordinal));
        await using var stream = assembly.GetManifestResourceStream(fullName)!;
        return await JsonSerializer.DeserializeAsync<T>(stream, SeedJson, cancellationToken)
            ?? throw new InvalidOperationException($"The seed resource {resourceName} is empty.");
    }
}
