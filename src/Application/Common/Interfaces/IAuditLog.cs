namespace AsnCompetency.Application.Common.Interfaces;

/// <summary>Whose data an audited action touched: the agency, and the record when it is one.</summary>
public sealed record AuditSubject(Guid? AgencyId, Guid? Id = null);

/// <summary>Writes lines of the append-only audit log for the current user.</summary>
public interface IAuditLog
{
    /// <param name="subject">Whose data was touched; by default the user's own agency's.</param>
    Task RecordAsync(string action, string target, object detail, CancellationToken cancellationToken, AuditSubject? subject = null);
}
