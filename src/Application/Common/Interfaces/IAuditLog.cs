namespace AsnCompetency.Application.Common.Interfaces;

/// <summary>The kinds of line in the audit log (its action column), as GET /audit-log?action= takes them.</summary>
public static class AuditActions
{
    public const string SignIn = "SignIn";
    public const string SignInFailed = "SignInFailed";

    /// <summary>An employee's personal data was read.</summary>
    public const string Read = "Read";

    /// <summary>A user added, changed or deleted a row (values before and after).</summary>
    public const string Change = "Change";

    public const string Import = "Import";
    public const string Export = "Export";
}

/// <summary>Whose data an audited action touched: the agency, and the record when it is one.</summary>
public sealed record AuditSubject(Guid? AgencyId, Guid? Id = null);

/// <summary>Writes lines of the append-only audit log for the current user.</summary>
public interface IAuditLog
{
    /// <param name="subject">Whose data was touched; by default the user's own agency's.</param>
    Task RecordAsync(string action, string target, object detail, CancellationToken cancellationToken, AuditSubject? subject = null);
}
