using AsnCompetency.Domain.Common;

namespace AsnCompetency.Domain.Identity;

/// <summary>
/// A person who signs in. Every role except SystemAdmin and a national Analyst belongs to exactly
/// one agency, and that agency bounds what the user sees and changes.
/// </summary>
public sealed class UserAccount : AuditableEntity, IHasRowVersion
{
    private UserAccount()
    {
        UserName = "";
        DisplayName = "";
        PasswordHash = "";
    }

    public string UserName { get; private set; }

    public string DisplayName { get; private set; }

    public string? Email { get; private set; }

    public string PasswordHash { get; private set; }

    public UserRole Role { get; private set; }

    public Guid? AgencyId { get; private set; }

    /// <summary>The employee record of a user with the Employee role: the only record they may see.</summary>
    public Guid? EmployeeId { get; private set; }

    public bool IsActive { get; private set; }

    public DateTimeOffset? LastSignInAt { get; private set; }

    public uint RowVersion { get; private set; }

    public static UserAccount Create(string userName, string displayName, string? email, UserRole role, Guid? agencyId)
    {
        EnsureRoleFitsAgency(role, agencyId);
        return new UserAccount
        {
            UserName = NormaliseUserName(userName),
            DisplayName = displayName.Trim(),
            Email = Text.OrNull(email),
            Role = role,
            AgencyId = agencyId,
            IsActive = true,
        };
    }

    /// <summary>User names compare case-insensitively; they are stored in one canonical form.</summary>
    public static string NormaliseUserName(string userName) => userName.Trim().ToLowerInvariant();

    public void SetPasswordHash(string passwordHash) => PasswordHash = passwordHash;

    public void LinkEmployee(Guid employeeId, Guid employeeAgencyId)
    {
        if (employeeAgencyId != AgencyId)
        {
            throw new DomainValidationException("employeeId", "the employee belongs to another agency than the user.");
        }

        EmployeeId = employeeId;
    }

    public void Deactivate() => IsActive = false;

    private static void EnsureRoleFitsAgency(UserRole role, Guid? agencyId)
    {
        switch (role)
        {
            case UserRole.SystemAdmin when agencyId is not null:
                throw new DomainValidationException("agencyId", "a SystemAdmin works nationally and belongs to no agency.");
            case UserRole.AgencyAdmin or UserRole.Assessor or UserRole.Employee when agencyId is null:
                throw new DomainValidationException("agencyId", $"a user with role {role} belongs to one agency.");
        }
    }
}
