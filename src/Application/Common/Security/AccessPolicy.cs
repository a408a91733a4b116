using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Common.Security;

/// <summary>Who may change data owned by an agency or held nationally.</summary>
public static class AccessPolicy
{
    /// <summary>
    /// SystemAdmin maintains national data and any agency's; an AgencyAdmin maintains only their
    /// own agency's data.
    /// </summary>
    public static bool CanMaintain(ICurrentUser user, Guid? ownerAgencyId)
    {
        if (user.IsSystem || user.Role == UserRole.SystemAdmin)
        {
            return true;
        }

        return user.Role == UserRole.AgencyAdmin && ownerAgencyId is not null && ownerAgencyId == user.AgencyId;
    }

    public static void EnsureCanMaintain(ICurrentUser user, Guid? ownerAgencyId, string what)
    {
        if (!CanMaintain(user, ownerAgencyId))
        {
            throw new ForbiddenAccessException(ownerAgencyId is null
                ? $"Only a SystemAdmin may change national data ({what})."
                : $"Only a SystemAdmin or an AgencyAdmin of the owning agency may change {what}.");
        }
    }

    /// <summary>
    /// The agency that owns a new row: an AgencyAdmin's own agency when they name none, otherwise
    /// the one named (none = national). Checks the caller may maintain it and that it exists.
    /// </summary>
    public static async Task<Guid?> OwnerForNewAsync(this IApplicationDbContext db, ICurrentUser user, Guid? requested, string what, CancellationToken cancellationToken)
    {
        var agencyId = user.Role == UserRole.AgencyAdmin ? requested ?? user.AgencyId : requested;
        EnsureCanMaintain(user, agencyId, what);
        if (agencyId is { } id && !await db.Agencies.AnyAsync(a => a.Id == id, cancellationToken))
        {
            throw new ValidationException("agencyId", $"There is no agency {id}.");
        }

        return agencyId;
    }
}
