using System.Text.Json;
using System.Text.Json.Serialization;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Domain.Auditing;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AsnCompetency.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Writes who changed what to the audit log, in the same transaction as the change: one line
/// per added, changed or deleted row a user saves, with the values before and after (secrets
/// left out). Work the system does on its own (migrations, seeding) is not a user's change.
/// Bulk imports, written with SQL, are audited as one line each by their handlers.
/// </summary>
public sealed class ChangeAuditInterceptor(ICurrentUser currentUser, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly HashSet<Type> NotAudited = [typeof(AuditEvent), typeof(SignInThrottle), typeof(IdempotencyRecord)];

    /// <summary>Never copied into the log: secrets, and the stamps the row carries anyway.</summary>
    private static readonly HashSet<string> LeftOut = ["PasswordHash", "RowVersion", "CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy"];

    private static readonly JsonSerializerOptions DetailJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Record(DbContext? context)
    {
        if (context is null || currentUser.IsSystem || !currentUser.IsAuthenticated)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                        && !e.Metadata.IsOwned() && !NotAudited.Contains(e.Metadata.ClrType))
            .ToList();
        foreach (var entry in changed)
        {
            var detail = new { state = entry.State.ToString(), changes = Changes(entry) };
            context.Add(new AuditEvent(
                currentUser.UserId,
                currentUser.AgencyId,
                AuditActions.Change,
                entry.Metadata.ClrType.Name,
                JsonSerializer.Serialize(detail, DetailJson),
                now,
                SubjectAgency(entry) ?? currentUser.AgencyId,
                entry.Entity is Entity entity ? entity.Id : null));
        }
    }

    /// <summary>Each property that changed: from and to (only to for a new row, only from for a deleted one).</summary>
    private static Dictionary<string, object?> Changes(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (LeftOut.Contains(name) || property.Metadata.IsShadowProperty() && property.Metadata.IsForeignKey())
            {
                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added when property.CurrentValue is not null && !property.Metadata.IsPrimaryKey():
                    changes[name] = new { to = property.CurrentValue };
                    break;
                case EntityState.Deleted when !property.Metadata.IsPrimaryKey():
                    changes[name] = new { from = property.OriginalValue };
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    changes[name] = new { from = property.OriginalValue, to = property.CurrentValue };
                    break;
            }
        }

        // Values kept in JSON columns (levels, indicators) change as a whole.
        foreach (var navigation in entry.Navigations.Where(n => n.Metadata.TargetEntityType.IsOwned() && OwnedChanged(entry, n)))
        {
            changes[navigation.Metadata.Name] = "changed";
        }

        return changes;
    }

    private static bool OwnedChanged(EntityEntry owner, NavigationEntry navigation) => navigation switch
    {
        ReferenceEntry { TargetEntry: { } target } => target.State is EntityState.Added or EntityState.Modified or EntityState.Deleted,
        CollectionEntry { CurrentValue: { } items } => items.Cast<object>().Any(item => owner.Context.Entry(item).State is EntityState.Added or EntityState.Modified or EntityState.Deleted),
        _ => false,
    };

    /// <summary>The agency the row belongs to, when it says (AgencyId, or OwnerAgencyId of a framework).</summary>
    private static Guid? SubjectAgency(EntityEntry entry)
    {
        foreach (var name in (string[])["AgencyId", "OwnerAgencyId"])
        {
            if (entry.Metadata.FindProperty(name) is { } property && entry.Property(property.Name).CurrentValue is Guid agency)
            {
                return agency;
            }
        }

        return null;
    }
}
