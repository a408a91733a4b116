using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Domain.Identity;

namespace AsnCompetency.Application.Common.Security;

/// <summary>
/// What part of the data a user can see: every agency's or one agency's, whether unpublished
/// drafts are included, and for an employee only their own record. Derived from the role,
/// agency and employee link only.
/// </summary>
public sealed record DataScope(bool AllAgencies, Guid? AgencyId, bool IncludesDrafts, bool OwnRecordOnly = false, Guid? EmployeeId = null)
{
    /// <summary>Sees nothing that belongs to an agency and no drafts: what an anonymous caller gets.</summary>
    public static readonly DataScope PublicOnly = new(false, null, false, OwnRecordOnly: true);

    public static DataScope For(ICurrentUser user)
    {
        if (user.IsSystem)
        {
            return new DataScope(true, null, true);
        }

        if (!user.IsAuthenticated || user.Role is not { } role)
        {
            return PublicOnly;
        }

        return role switch
        {
            UserRole.SystemAdmin => new DataScope(true, null, true),
            UserRole.Analyst when user.AgencyId is null => new DataScope(true, null, true),
            UserRole.AgencyAdmin or UserRole.Analyst => new DataScope(false, user.AgencyId, true),
            UserRole.Employee => new DataScope(false, user.AgencyId, false, OwnRecordOnly: true, user.EmployeeId),
            _ => new DataScope(false, user.AgencyId, false),
        };
    }
}
