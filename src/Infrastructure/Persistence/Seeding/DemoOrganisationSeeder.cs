using System.Globalization;
using System.Text;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.CompetencyFrameworks;
using AsnCompetency.Application.CompetencyFrameworks.Commands;
using AsnCompetency.Application.CompetencyFrameworks.Commands.CreateCompetencyFramework;
using AsnCompetency.Application.CompetencyFrameworks.Commands.PublishCompetencyFramework;
using AsnCompetency.Application.CompetencyFrameworks.Queries.GetCompetencyTree;
using AsnCompetency.Application.Employees.Import;
using AsnCompetency.Application.Positions.Commands.CreatePosition;
using AsnCompetency.Application.Positions.Commands.ReplacePositionStandards;
using AsnCompetency.Application.Positions.Queries.GetPositionStandards;
using AsnCompetency.Application.Units.Commands.CreateUnit;
using AsnCompetency.Domain.Employees;
using AsnCompetency.Domain.Frameworks;
using AsnCompetency.Domain.Positions;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Columns = AsnCompetency.Application.Employees.Import.EmployeeImportColumns;

namespace AsnCompetency.Infrastructure.Persistence.Seeding;

/// <summary>
/// The demo agencies' organisations: unit trees, positions with their standards (SKJ), a published
/// technical framework each, and employees. Everything goes through the commands an AgencyAdmin
/// would send, so demo data obeys the same rules as real data. An agency that already has units
/// is left alone, so running the seed again neither duplicates nor fails.
/// </summary>
public sealed class DemoOrganisationSeeder(
    ApplicationDbContext db,
    ISender sender,
    ITransactionRunner transactions,
    ILogger<DemoOrganisationSeeder> logger)
{
    public async Task SeedAsync(IReadOnlyDictionary<string, Guid> agencyIds, CancellationToken cancellationToken)
    {
        // Every agency's plan is drawn on every run, in a fixed order, so an agency's people and NIPs
        // do not depend on which agencies happen to be seeded already.
        var plans = DemoEmployeePlanner.Build();
        foreach (var plan in plans)
        {
            var agencyId = agencyIds[plan.Organisation.AgencyCode];
            if (await db.Units.IgnoreQueryFilters().AnyAsync(u => u.AgencyId == agencyId, cancellationToken))
            {
                logger.LogInformation("Demo agency {AgencyCode} already has units; its organisation is left as it is", plan.Organisation.AgencyCode);
                continue;
            }

            // One transaction per agency: a failure leaves no half-built agency that the next run would skip.
            var imported = await transactions.ExecuteAsync(ct => SeedAgencyAsync(plan, agencyId, ct), cancellationToken);
            logger.LogInformation(
                "Seeded the demo organisation of {AgencyCode}: {UnitCount} units, {PositionCount} positions, {EmployeeCount} employees",
                plan.Organisation.AgencyCode,
                plan.Organisation.Units.Count,
                plan.Organisation.Positions.Count,
                imported);
        }

        await LinkDemoUsersAsync(plans, cancellationToken);
    }

    /// <summary>Builds one agency and returns the number of employees imported.</summary>
    private async Task<int> SeedAgencyAsync(DemoAgencyPlan plan, Guid agencyId, CancellationToken cancellationToken)
    {
        var organisation = plan.Organisation;
        var units = await CreateUnitsAsync(organisation, agencyId, cancellationToken);

        // The framework comes first: a standard may only use competencies of a published framework.
        var competencies = await CreateFrameworkAsync(organisation.Framework, agencyId, cancellationToken);
        foreach (var position in organisation.Positions)
        {
            var created = await sender.Send(
                new CreatePositionCommand { UnitId = units[position.Unit], Code = position.Code, Name = position.Name, Type = position.Type, Eselon = position.Eselon },
                cancellationToken);
            await AddTechnicalStandardsAsync(position, created.Id, competencies, cancellationToken);
        }

        var result = await ImportEmployeesAsync(plan, agencyId, cancellationToken);
        return result.InsertedCount;
    }

    private async Task<Dictionary<string, Guid>> CreateUnitsAsync(DemoOrganisation organisation, Guid agencyId, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, Guid>();
        var siblings = new Dictionary<string, int>();
        foreach (var unit in organisation.Units)
        {
            // Sort orders step by 10 so an admin can slot a unit between two without renumbering.
            var siblingKey = unit.Parent ?? "";
            var sortOrder = siblings[siblingKey] = siblings.GetValueOrDefault(siblingKey) + 10;
            var created = await sender.Send(
                new CreateUnitCommand
                {
                    AgencyId = agencyId,
                    ParentId = unit.Parent is null ? null : ids[unit.Parent],
                    Code = unit.Code,
                    Name = unit.Name,
                    Kind = unit.Kind,
                    SortOrder = sortOrder,
                },
                cancellationToken);
            ids[unit.Code] = created.Id;
        }

        return ids;
    }

    /// <summary>Creates and publishes the agency's framework; returns its competencies' ids by code.</summary>
    private async Task<Dictionary<string, Guid>> CreateFrameworkAsync(DemoFramework framework, Guid agencyId, CancellationToken cancellationToken)
    {
        var created = await sender.Send(
            new CreateCompetencyFrameworkCommand
            {
                Code = framework.Code,
                Name = framework.Name,
                AlternativeName = framework.AlternativeName,
                Description = framework.Description,
                OwnerAgencyId = agencyId,
                Competencies = [.. framework.Groups.Select(ToTreeInput)],
            },
            cancellationToken);
        await sender.Send(new PublishCompetencyFrameworkCommand(created.Id, IfMatch: null), cancellationToken);

        var tree = await sender.Send(new GetCompetencyTreeQuery(created.Id), cancellationToken);
        return Flatten(tree.Items).Where(c => c.ItemType == CompetencyItemType.Competency).ToDictionary(c => c.Code, c => c.Id);

        static IEnumerable<CompetencyNodeDto> Flatten(IEnumerable<CompetencyNodeDto> nodes) =>
            nodes.SelectMany(n => Flatten(n.Children).Prepend(n));
    }

    private static CompetencyTreeInput ToTreeInput(DemoCompetencyGroup group) => new()
    {
        Code = group.Code,
        Name = group.Name,
        ItemType = CompetencyItemType.Group,
        GroupKind = CompetencyGroupKind.Teknis,
        Children =
        [
            .. group.Competencies.Select(c => new CompetencyTreeInput
            {
                Code = c.Code,
                Name = c.Name,
                AlternativeName = c.AlternativeName,
                Description = c.Description,
                Levels =
                [
                    .. c.Levels.Select((level, i) => new CompetencyLevelInput
                    {
                        Level = i + 1,
                        Description = level.Description,
                        Indicators = [.. level.Indicators],
                    }),
                ],
            }),
        ],
    };

    /// <summary>Keeps the managerial and socio-cultural lines CreatePosition proposed and appends the technical ones.</summary>
    private async Task AddTechnicalStandardsAsync(
        DemoPosition position, Guid positionId, Dictionary<string, Guid> competencies, CancellationToken cancellationToken)
    {
        if (position.Technical.Count == 0)
        {
            return;
        }

        var proposed = await sender.Send(new GetPositionStandardsQuery(positionId), cancellationToken);
        var items = proposed.Items
            .Select(i => new PositionStandardInput { CompetencyId = i.CompetencyId, RequiredLevel = i.RequiredLevel, Weight = i.Weight })
            .Concat(position.Technical.Select(t => new PositionStandardInput
            {
                CompetencyId = competencies[t.CompetencyCode],
                RequiredLevel = Math.Clamp(TechnicalLevel(position.Type) + t.LevelOffset, 1, 5),
                Weight = t.Weight,
            }));
        await sender.Send(
            new ReplacePositionStandardsCommand { PositionId = positionId, IfMatch = proposed.ETag, Items = [.. items] },
            cancellationToken);
    }

    /// <summary>
    /// The technical level a position of this type usually requires: its holder applies the field's
    /// methods (functional and Pelaksana positions) or directs others who do (managerial ones).
    /// </summary>
    private static int TechnicalLevel(PositionType type) => type switch
    {
        PositionType.JptUtama or PositionType.JptMadya or PositionType.FungsionalAhliUtama => 5,
        PositionType.JptPratama or PositionType.Administrator or PositionType.FungsionalAhliMadya => 4,
        PositionType.Pengawas or PositionType.FungsionalAhliMuda or PositionType.FungsionalMahir or PositionType.FungsionalPenyelia => 3,
        PositionType.FungsionalAhliPertama or PositionType.FungsionalTerampil => 2,
        _ => 1,
    };

    private async Task<EmployeeImportResultDto> ImportEmployeesAsync(DemoAgencyPlan plan, Guid agencyId, CancellationToken cancellationToken)
    {
        await using var content = new MemoryStream(ToCsv(plan.Employees));
        var result = await sender.Send(
            new ImportEmployeesCommand(content, $"demo-{plan.Organisation.AgencyCode.ToLowerInvariant()}.csv", agencyId, DryRun: false, ImportMode.Insert),
            cancellationToken);
        if (result.WarningCount > 0)
        {
            logger.LogWarning(
                "The demo employee import of {AgencyCode} gave {WarningCount} warning(s), first: {Warning}",
                plan.Organisation.AgencyCode,
                result.WarningCount,
                result.Warnings[0].Message);
        }

        return result;
    }

    private static byte[] ToCsv(IEnumerable<DemoEmployee> employees)
    {
        var csv = new StringBuilder();
        AppendRow(csv, [
            Columns.Nip, Columns.FullName, Columns.FrontTitle, Columns.BackTitle, Columns.EmployeeType,
            Columns.Grade, Columns.PositionCode, Columns.PositionStartDate, Columns.Email, Columns.Phone]);
        foreach (var e in employees)
        {
            AppendRow(csv, [
                e.Nip, e.FullName, e.FrontTitle, e.BackTitle, e.EmployeeType == EmployeeType.Pppk ? "PPPK" : "PNS",
                e.Grade, e.PositionCode, e.PositionStartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.Email, e.Phone ?? ""]);
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    // Back titles such as "S.Kep., Ns." hold the delimiter, so such cells are quoted.
    private static void AppendRow(StringBuilder csv, IEnumerable<string> cells) =>
        csv.AppendJoin(',', cells.Select(c => c.IndexOfAny([',', '"', '\n']) < 0 ? c : $"\"{c.Replace("\"", "\"\"", StringComparison.Ordinal)}\"")).Append('\n');

    /// <summary>
    /// Links demo users to their employee records. No command links a user to an employee yet, so
    /// this is the one change made directly on the entities. Runs on every seed, so a link missing
    /// after an earlier run is still made.
    /// </summary>
    private async Task LinkDemoUsersAsync(IReadOnlyList<DemoAgencyPlan> plans, CancellationToken cancellationToken)
    {
        foreach (var plan in plans)
        {
            foreach (var pinned in plan.Organisation.Pinned.Where(p => p.LinkedUserName is not null))
            {
                var user = await db.Users.IgnoreQueryFilters().FirstOrDefaultAsync(u => u.UserName == pinned.LinkedUserName, cancellationToken);
                if (user is null || user.EmployeeId is not null)
                {
                    continue;
                }

                var nip = plan.Employees.First(e => e.PositionCode == pinned.PositionCode && e.FullName == pinned.FullName).Nip;
                var employee = await db.Employees.IgnoreQueryFilters().FirstOrDefaultAsync(e => e.Nip == nip, cancellationToken);
                if (employee is null)
                {
                    logger.LogWarning("Demo user {UserName} stays unlinked: there is no employee with NIP {Nip}", user.UserName, nip);
                    continue;
                }

                user.LinkEmployee(employee.Id, employee.AgencyId);
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Linked demo user {UserName} to employee {EmployeeId}", user.UserName, employee.Id);
            }
        }
    }
}
