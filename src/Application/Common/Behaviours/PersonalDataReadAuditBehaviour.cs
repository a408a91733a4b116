using AsnCompetency.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Common.Behaviours;

/// <summary>A query that reads one employee's personal data (profile, levels, scores, training): who ran it is audited.</summary>
public interface IPersonalDataQuery
{
    /// <summary>Whose data is read.</summary>
    Guid SubjectEmployeeId { get; }
}

/// <summary>
/// Records in the audit log who read which employee's data, once the read has succeeded (a
/// refused or missing one showed nothing). UU PDP asks that a breach can tell whose data was
/// seen; this is that trail.
/// </summary>
public sealed class PersonalDataReadAuditBehaviour<TMessage, TResponse>(IAuditLog audit, IApplicationDbContext db, ICurrentUser user)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        if (message is IPersonalDataQuery query && !user.IsSystem)
        {
            var agencyId = await db.Employees.IgnoreQueryFilters().AsNoTracking()
                .Where(e => e.Id == query.SubjectEmployeeId)
                .Select(e => (Guid?)e.AgencyId)
                .FirstOrDefaultAsync(cancellationToken);
            var what = typeof(TMessage).Name.Replace("Get", "", StringComparison.Ordinal).Replace("Query", "", StringComparison.Ordinal);
            await audit.RecordAsync(AuditActions.Read, what, new { }, cancellationToken, new AuditSubject(agencyId, query.SubjectEmployeeId));
        }

        return response;
    }
}
