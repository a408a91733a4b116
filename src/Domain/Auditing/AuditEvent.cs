using AsnCompetency.Domain.Common;

namespace AsnCompetency.Domain.Auditing;

/// <summary>
/// One line of the audit log: who did what to which data, when, with the details as JSON. Never
/// changed or deleted once written.
/// </summary>
public sealed class AuditEvent : Entity
{
    private AuditEvent()
    {
        Action = "";
        Target = "";
        Detail = "{}";
    }

    public AuditEvent(Guid? userId, Guid? agencyId, string action, string target, string detail, DateTimeOffset at)
    {
        UserId = userId;
        AgencyId = agencyId;
        Action = action;
        Target = target;
        Detail = detail;
        At = at;
    }

    public Guid? UserId { get; private set; }

    /// <summary>The agency of the user who acted (null for national users), so agency admins can read their own.</summary>
    public Guid? AgencyId { get; private set; }

    /// <summary>What was done, e.g. Export.</summary>
    public string Action { get; private set; }

    /// <summary>What it was done to, e.g. scores.</summary>
    public string Target { get; private set; }

    /// <summary>JSON: the filters, the format, the number of rows.</summary>
    public string Detail { get; private set; }

    public DateTimeOffset At { get; private set; }
}
