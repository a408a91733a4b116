namespace AsnCompetency.Application.Common.Exceptions;

/// <summary>The caller must wait before trying again (answered 429 with Retry-After).</summary>
public sealed class TooManyRequestsException(string message, TimeSpan retryAfter) : Exception(message)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
