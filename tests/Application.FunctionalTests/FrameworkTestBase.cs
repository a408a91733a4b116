using AsnCompetency.Application.CompetencyFrameworks;
using AsnCompetency.Application.CompetencyFrameworks.Commands.CreateCompetencyFramework;
using AsnCompetency.Application.CompetencyFrameworks.Commands.PublishCompetencyFramework;
using AsnCompetency.Application.CompetencyFrameworks.Queries.GetCompetency;
using AsnCompetency.Domain.Frameworks;
using AsnCompetency.Infrastructure.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.FunctionalTests;

/// <summary>Demo users and arrange/inspect helpers shared by the competency framework tests.</summary>
public abstract class FrameworkTestBase : FunctionalTestBase
{
    protected const string SysAdmin = "sysadmin";
    protected const string NationalAnalyst = "analis.nasional";
    protected const string LamselAdmin = "admin.kalianda";
    protected const string LamselAssessor = "asesor.kalianda";
    protected const string LamselAnalyst = "analis.kalianda";
    protected const string LamselEmployee = "pegawai.kalianda";
    protected const string AlakAdmin = "admin.alak";
    protected const string MedanAdmin = "admin.medan";

    protected const string Lamsel = "LAMSEL";
    protected const string Medan = "MEDAN";

    protected static Task<Guid> AgencyIdAsync(string code) =>
        QueryDatabaseAsync(db => db.Agencies.Where(a => a.Code == code).Select(a => a.Id).SingleAsync());

    protected static Task<Guid> UserIdAsync(string userName) =>
        QueryDatabaseAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    protected static Task<Guid> NationalStandardIdAsync() =>
        QueryDatabaseAsync(db => db.CompetencyFrameworks
            .Where(f => f.OwnerAgencyId == null && f.Code == ReferenceDataSeeder.NationalStandardCode && f.Version == 1)
            .Select(f => f.Id)
            .SingleAsync());

    /// <summary>Runs an arrange step as the system, whoever is signed in, and returns to them afterwards.</summary>
    protected static Task<T> AsSystemAsync<T>(Func<Task<T>> step) => QueryDatabaseAsync(_ => step());

    protected static Task<CompetencyFrameworkDto> GivenDraftAsync(CreateCompetencyFrameworkCommand command) =>
        AsSystemAsync(() => SendAsync(command));

    protected static Task<CompetencyFrameworkDto> GivenPublishedAsync(CreateCompetencyFrameworkCommand command) =>
        AsSystemAsync(async () =>
        {
            var draft = await SendAsync(command);
            return await SendAsync(new PublishCompetencyFrameworkCommand(draft.Id, IfMatch: null));
        });

    /// <summary>A LAMSEL draft holding <see cref="FrameworkBuilders.TeknisTree"/>.</summary>
    protected static async Task<CompetencyFrameworkDto> GivenLamselDraftAsync(string code = "TEKNIS-PU") =>
        await GivenDraftAsync(FrameworkBuilders.TeknisFramework(code, await AgencyIdAsync(Lamsel)));

    /// <summary>A published LAMSEL framework holding <see cref="FrameworkBuilders.TeknisTree"/>.</summary>
    protected static async Task<CompetencyFrameworkDto> GivenLamselPublishedAsync(string code = "TEKNIS-PU") =>
        await GivenPublishedAsync(FrameworkBuilders.TeknisFramework(code, await AgencyIdAsync(Lamsel)));

    /// <summary>A national draft holding a managerial group with two competencies.</summary>
    protected static Task<CompetencyFrameworkDto> GivenNationalDraftAsync(string code = "NASIONAL-X") =>
        GivenDraftAsync(FrameworkBuilders.Framework(code, null, FrameworkBuilders.ManajerialTree()));

    /// <summary>The stored framework row with its items, read as the system.</summary>
    protected static Task<CompetencyFramework?> StoredFrameworkAsync(Guid id) =>
        QueryDatabaseAsync(db => db.CompetencyFrameworks.AsNoTracking().Include(f => f.Competencies).SingleOrDefaultAsync(f => f.Id == id));

    /// <summary>The stored items of a framework, read as the system.</summary>
    protected static Task<List<Competency>> StoredItemsAsync(Guid frameworkId) =>
        QueryDatabaseAsync(db => db.Competencies.AsNoTracking().Where(c => c.FrameworkId == frameworkId).ToListAsync());

    protected static Task<int> StoredFrameworkCountAsync() =>
        QueryDatabaseAsync(db => db.CompetencyFrameworks.CountAsync());

    protected static Task<int> StoredItemCountAsync() =>
        QueryDatabaseAsync(db => db.Competencies.CountAsync());

    /// <summary>The item with this code in a framework, as the query returns it (read as the system).</summary>
    protected static Task<CompetencyDto> ItemAsync(Guid frameworkId, string code) =>
        AsSystemAsync(async () =>
        {
            var id = await QueryDatabaseAsync(db => db.Competencies.Where(c => c.FrameworkId == frameworkId && c.Code == code).Select(c => c.Id).SingleAsync());
            return await SendAsync(new GetCompetencyQuery(id));
        });
}
