using AsnCompetency.Domain.Identity;

namespace AsnCompetency.Application.Common.Interfaces;

/// <summary>Who is making the current request.</summary>
public interface ICurrentUser
{
    /// <summary>
    /// True when the code runs outside any request (start-up seeding, maintenance commands):
    /// trusted code acting for the system itself.
    /// </summary>
    bool IsSystem { get; }

    bool IsAuthenticated { get; }

    Guid? UserId { get; }

    UserRole? Role { get; }

    /// <summary>The agency the user belongs to; null for national users.</summary>
    Guid? AgencyId { get; }

    /// <summary>The user's own employee record (users with the Employee role).</summary>
    Guid? EmployeeId { get; }

    /// <summary>True for another system signed in with client credentials: it may only read.</summary>
    bool IsApiClient { get; }
}
