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

    public AuditEvent(Guid? userId, Guid? agencyId, string action, string target, string detail, DateTimeOffset at, Guid? subjectAgencyId = null, Guid? subjectId = null)
    {
        UserId = userId;
        AgencyId = agencyId;
        SubjectAgencyId = subjectAgencyId ?? agencyId;
        SubjectId = subjectId;
        Action = action;
        Target = target;
        Detail = detail;
        At = at;
    }

    public Guid? UserId { get; private set; }

    /// <summary>The agency of the user who acted (null for national users), so agency admins can read their own.</summary>
    public Guid? AgencyId { get; private set; }

    /// <summary>
    /// The agency whose data was touched (by default the user's own), so that its admins see also
    /// what national users did with it.
    /// </summary>
    public Guid? SubjectAgencyId { get; private set; }

    /// <summary>The record whose data was touched, e.g. the employee whose profile was read; null for many.</summary>
    public Guid? SubjectId { get; private set; }

    /// <summary>What was done, e.g. Export.</summary>
    public string Action { get; private set; }

    /// <summary>What it was done to, e.g. scores.</summary>
    public string Target { get; private set; }

    /// <summary>JSON: the filters, the format, the number of rows.</summary>
    public string Detail { get; private set; }

    public DateTimeOffset At { get; private set; }
}
