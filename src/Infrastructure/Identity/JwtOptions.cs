namespace AsnCompetency.Infrastructure.Identity;

/// <summary>Settings of the bearer tokens the API issues (section "Jwt").</summary>
public sealed class JwtOptions
{
    public const string Section = "Jwt";

    public string Issuer { get; set; } = "asncompetency";

    public string Audience { get; set; } = "asncompetency-api";

    /// <summary>
    /// HMAC signing key, at least 32 bytes: plain text, or "base64:" followed by base64. Every API
    /// instance behind one load balancer needs the same key. When absent in Development, a key is
    /// generated once and kept in the data folder.
    /// </summary>
    public string? SigningKey { get; set; }

    public int AccessTokenMinutes { get; set; } = 60;

    /// <summary>Lifetime of an API client's token: short, since it is fetched again automatically.</summary>
    public int ClientTokenMinutes { get; set; } = 15;
}

/// <summary>Where the API keeps files of its own (section "Storage").</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder for local state such as the development signing key; relative paths are under the content root.</summary>
    public string DataDirectory { get; set; } = ".data";
}

/// <summary>Claim names in the tokens the API issues.</summary>
public static class AsnClaimTypes
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string AgencyId = "agency_id";
    public const string EmployeeId = "employee_id";
    public const string Client = "client";
    public const string Scope = "scope";
}
