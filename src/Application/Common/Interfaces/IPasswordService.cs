using AsnCompetency.Domain.Identity;

namespace AsnCompetency.Application.Common.Interfaces;

public enum PasswordCheck
{
    Failed,
    Succeeded,

    /// <summary>Correct, but hashed with outdated parameters: store a fresh hash.</summary>
    SucceededRehashNeeded,
}

/// <summary>Hashes and verifies passwords; the stored hash never leaves the server.</summary>
public interface IPasswordService
{
    string Hash(UserAccount user, string password);

    PasswordCheck Verify(UserAccount user, string password);
}
