using AsnCompetency.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Infrastructure.Persistence.Training;

/// <summary>
/// FOR NO KEY UPDATE locks: they exclude each other and plain updates, yet let other
/// transactions insert rows that reference the locked ones (assessments of a locked employee).
/// </summary>
public sealed class RowLocks(ApplicationDbContext db) : IRowLocks
{
    public async Task LockSessionAsync(Guid sessionId, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM training_sessions WHERE id = {sessionId} FOR NO KEY UPDATE", cancellationToken);

    public async Task LockEmployeesAsync(IReadOnlyCollection<Guid> employeeIds, CancellationToken cancellationToken)
    {
        var ids = employeeIds.Distinct().Order().ToArray();
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM employees WHERE id = ANY({ids}) ORDER BY id FOR NO KEY UPDATE", cancellationToken);
    }
}
