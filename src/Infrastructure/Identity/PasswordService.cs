using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Domain.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AsnCompetency.Infrastructure.Identity;

/// <summary>ASP.NET Core Identity's password hasher (PBKDF2 with a per-password salt).</summary>
public sealed class PasswordService(IOptions<PasswordHasherOptions> options) : IPasswordService
{
    private readonly PasswordHasher<UserAccount> _hasher = new(options);

    public string Hash(UserAccount user, string password) => _hasher.HashPassword(user, password);

    public PasswordCheck Verify(UserAccount user, string password)
    {
        if (string.IsNullOrEmpty(user.PasswordHash))
        {
            return PasswordCheck.Failed;
        }

        return _hasher.VerifyHashedPassword(user, user.PasswordHash, password) switch
        {
            PasswordVerificationResult.Success => PasswordCheck.Succeeded,
            PasswordVerificationResult.SuccessRehashNeeded => PasswordCheck.SucceededRehashNeeded,
            _ => PasswordCheck.Failed,
        };
    }
}
