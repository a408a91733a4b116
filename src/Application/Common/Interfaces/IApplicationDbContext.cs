using AsnCompetency.Domain.Frameworks;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace AsnCompetency.Application.Common.Interfaces;

/// <summary>
/// The database as handlers see it. Every set is already limited to what the current user may
/// see (the scope filters live in one place, the DbContext); handlers add no scope conditions.
/// </summary>
public interface IApplicationDbContext
{
    DbSet<Agency> Agencies { get; }

    DbSet<UserAccount> Users { get; }

    DbSet<CompetencyFramework> CompetencyFrameworks { get; }

    DbSet<Competency> Competencies { get; }

    EntityEntry<TEntity> Entry<TEntity>(TEntity entity)
        where TEntity : class;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
