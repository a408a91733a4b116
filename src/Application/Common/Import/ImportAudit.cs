using AsnCompetency.Application.Common.Interfaces;

namespace AsnCompetency.Application.Common.Import;

/// <summary>
/// Bulk imports write with SQL, past the change log of single edits: each import is one line of
/// the audit log, with its counts, in the import's own transaction. A dry run changes nothing
/// and is not recorded.
/// </summary>
public static class ImportAudit
{
    public static async Task RecordAsync(IAuditLog audit, bool dryRun, string target, object counts, Guid? agencyId, CancellationToken cancellationToken)
    {
        if (dryRun)
        {
            return;
        }

        await audit.RecordAsync(AuditActions.Import, target, counts, cancellationToken, agencyId is { } agency ? new AuditSubject(agency) : null);
    }
}
