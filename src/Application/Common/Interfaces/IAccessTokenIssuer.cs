using AsnCompetency.Domain.Identity;

namespace AsnCompetency.Application.Common.Interfaces;

/// <summary>A signed bearer token and when it stops being valid.</summary>
public sealed record IssuedAccessToken(string Token, DateTimeOffset ExpiresAt);

/// <summary>Issues the bearer tokens that carry a user's id, role and agency.</summary>
public interface IAccessTokenIssuer
{
    IssuedAccessToken Issue(UserAccount user);

    /// <summary>A short-lived, read-only token for an integrating system.</summary>
    IssuedAccessToken Issue(ApiClient client);
}
