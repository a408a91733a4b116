namespace AsnCompetency.Domain.Identity;

/// <summary>
/// Failed sign-ins of one user name, known or not (so the answers do not tell which names
/// exist): after too many within a window the name is locked for a while, even for the right
/// password. A successful sign-in clears it.
/// </summary>
public sealed class SignInThrottle
{
    private SignInThrottle()
    {
        UserName = "";
    }

    /// <summary>The user name as typed, normalised (see UserAccount.NormaliseUserName).</summary>
    public string UserName { get; private set; }

    /// <summary>Failures since <see cref="FirstFailedAt"/>.</summary>
    public int FailedCount { get; private set; }

    public DateTimeOffset FirstFailedAt { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }
}
