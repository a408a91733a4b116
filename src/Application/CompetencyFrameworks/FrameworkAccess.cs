using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Frameworks;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.CompetencyFrameworks;

/// <summary>Loads a framework aggregate for a change, after checking the caller may change it.</summary>
internal static class FrameworkAccess
{
    public const string FrameworkResource = "Competency framework";
    public const string CompetencyResource = "Competency";

    public static async Task<CompetencyFramework> LoadForChangeAsync(
        this IApplicationDbContext db, ICurrentUser user, Guid frameworkId, CancellationToken cancellationToken)
    {
        var framework = await db.CompetencyFrameworks
            .Include(f => f.Competencies)
            .AsSplitQuery()
            .FirstOrDefaultAsync(f => f.Id == frameworkId, cancellationToken)
            ?? throw new NotFoundException(FrameworkResource, frameworkId);
        AccessPolicy.EnsureCanMaintain(user, framework.OwnerAgencyId, framework.Describe());
        return framework;
    }

    /// <summary>Loads the framework that holds a competency, with its whole tree.</summary>
    public static async Task<(CompetencyFramework Framework, Competency Competency)> LoadCompetencyForChangeAsync(
        this IApplicationDbContext db, ICurrentUser user, Guid competencyId, CancellationToken cancellationToken)
    {
        var frameworkId = await db.Competencies
            .Where(c => c.Id == competencyId)
            .Select(c => (Guid?)c.FrameworkId)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(CompetencyResource, competencyId);
        var framework = await db.LoadForChangeAsync(user, frameworkId, cancellationToken);
        return (framework, framework.Competencies.First(c => c.Id == competencyId));
    }
}
