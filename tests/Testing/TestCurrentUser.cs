using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Domain.Identity;

namespace AsnCompetency.Testing;

/// <summary>
/// The current user for tests that send commands and queries straight to the mediator. It acts
/// as the system until a test signs in as someone.
/// </summary>
public sealed class TestCurrentUser : ICurrentUser
{
    public bool IsSystem { get; private set; } = true;

    public bool IsAuthenticated => UserId is not null;

    public Guid? UserId { get; private set; }

    public UserRole? Role { get; private set; }

    public Guid? AgencyId { get; private set; }

    public Guid? EmployeeId { get; private set; }

    public bool IsApiClient => false;

    public void SignIn(Guid userId, UserRole role, Guid? agencyId, Guid? employeeId = null)
    {
        IsSystem = false;
        UserId = userId;
        Role = role;
        AgencyId = agencyId;
        EmployeeId = employeeId;
    }

    /// <summary>A caller of a request without any token.</summary>
    public void SignInAnonymous()
    {
        IsSystem = false;
        UserId = null;
        Role = null;
        AgencyId = null;
        EmployeeId = null;
    }

    public void ActAsSystem()
    {
        IsSystem = true;
        UserId = null;
        Role = null;
        AgencyId = null;
        EmployeeId = null;
    }
}
