namespace AsnCompetency.Application.Common.Interfaces;

/// <summary>Runs work in one database transaction that commits only when the work succeeds.</summary>
public interface ITransactionRunner
{
    /// <summary>
    /// Runs <paramref name="work"/> in a transaction, retrying it as a whole on transient
    /// database faults. Inside an open transaction it simply joins it.
    /// </summary>
    Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken);
}
