using System.Text.Json;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Domain.Auditing;

namespace AsnCompetency.Infrastructure.Persistence;

public sealed class AuditLog(ApplicationDbContext db, ICurrentUser user, TimeProvider clock) : IAuditLog
{
    private static readonly JsonSerializerOptions DetailJson = new(JsonSerializerDefaults.Web);

    public async Task RecordAsync(string action, string target, object detail, CancellationToken cancellationToken, AuditSubject? subject = null)
    {
        db.AuditEvents.Add(new AuditEvent(
            user.UserId, user.AgencyId, action, target, JsonSerializer.Serialize(detail, DetailJson), clock.GetUtcNow(), subject?.AgencyId ?? user.AgencyId, subject?.Id));
        await db.SaveChangesAsync(cancellationToken);
    }
}
