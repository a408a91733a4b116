namespace AsnCompetency.Application.Common.Interfaces;

/// <summary>Writes lines of the append-only audit log for the current user.</summary>
public interface IAuditLog
{
    Task RecordAsync(string action, string target, object detail, CancellationToken cancellationToken);
}
