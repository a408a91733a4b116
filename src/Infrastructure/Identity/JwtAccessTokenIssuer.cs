using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Domain.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AsnCompetency.Infrastructure.Identity;

/// <summary>Issues HMAC-SHA256 signed JWTs carrying the user's id, name, role and agency.</summary>
public sealed class JwtAccessTokenIssuer(SigningKeyProvider keys, IOptions<JwtOptions> options, TimeProvider clock) : IAccessTokenIssuer
{
    private readonly JsonWebTokenHandler _handler = new();

    public IssuedAccessToken Issue(ApiClient client)
    {
        // An integrator reads what an Analyst of its agency (or a national one) reads, and nothing more.
        var claims = new Dictionary<string, object>
        {
            [AsnClaimTypes.Subject] = client.Id.ToString(),
            [AsnClaimTypes.Name] = client.ClientId,
            [AsnClaimTypes.Role] = UserRole.Analyst.ToString(),
            [AsnClaimTypes.Client] = "true",
            [AsnClaimTypes.Scope] = ApiClient.ReadScope,
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString(),
        };
        if (client.AgencyId is { } agencyId)
        {
            claims[AsnClaimTypes.AgencyId] = agencyId.ToString();
        }

        return Create(claims, options.Value.ClientTokenMinutes);
    }

    public IssuedAccessToken Issue(UserAccount user)
    {
        var claims = new Dictionary<string, object>
        {
            [AsnClaimTypes.Subject] = user.Id.ToString(),
            [AsnClaimTypes.Name] = user.UserName,
            [AsnClaimTypes.Role] = user.Role.ToString(),
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString(),
        };
        if (user.AgencyId is { } agencyId)
        {
            claims[AsnClaimTypes.AgencyId] = agencyId.ToString();
        }

        if (user.EmployeeId is { } employeeId)
        {
            claims[AsnClaimTypes.EmployeeId] = employeeId.ToString();
        }

        return Create(claims, options.Value.AccessTokenMinutes);
    }

    private IssuedAccessToken Create(Dictionary<string, object> claims, int minutes)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var expires = now.AddMinutes(minutes);
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(keys.Key, SecurityAlgorithms.HmacSha256),
        });
        return new IssuedAccessToken(token, expires);
    }
}
