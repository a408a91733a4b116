using System.Text.Json;
using System.Text.Json.Serialization;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.CompetencyFrameworks.Commands.CreateCompetencyFramework;
using AsnCompetency.Application.CompetencyFrameworks.Commands.PublishCompetencyFramework;
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

    public async Task SeedAsync(CancellationToken cancellationToken)
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
