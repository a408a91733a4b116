namespace AsnCompetency.Application.Common.Interfaces;

/// <summary>Why a sign-in failed, as the audit log records it (the caller is told only "incorrect").</summary>
public enum SignInFailure
{
    UnknownUser,
    WrongPassword,
    Inactive,
    Locked,
}

/// <summary>
/// Guards sign-in against password guessing: counts failures per user name and locks the name
/// after too many, and writes sign-ins and failed sign-ins to the audit log. Failures are
/// committed on their own, since the sign-in command's transaction rolls back when it fails.
/// </summary>
public interface ISignInGuard
{
    /// <summary>How long the name stays locked; null when it may try.</summary>
    Task<TimeSpan?> LockedForAsync(string userName, CancellationToken cancellationToken);

    /// <summary>Counts a failed attempt (locking the name at the limit) and audits it, committed at once.</summary>
    Task RecordFailureAsync(string userName, Guid? userId, Guid? agencyId, SignInFailure failure, CancellationToken cancellationToken);

    /// <summary>Clears the name's failures and audits the sign-in, in the command's transaction.</summary>
    Task RecordSuccessAsync(string userName, Guid userId, Guid? agencyId, CancellationToken cancellationToken);
}
