namespace AsnCompetency.Application.Common.Interfaces;

/// <summary>
/// Row locks held until the current transaction ends. Changes that count rows before writing
/// (free places in a session, one person's booked days) take them so that two concurrent
/// requests cannot both see the last place free.
/// </summary>
public interface IRowLocks
{
    Task LockSessionAsync(Guid sessionId, CancellationToken cancellationToken);

    /// <summary>Locks employees in id order, so two requests locking overlapping sets cannot deadlock.</summary>
    Task LockEmployeesAsync(IReadOnlyCollection<Guid> employeeIds, CancellationToken cancellationToken);
}
