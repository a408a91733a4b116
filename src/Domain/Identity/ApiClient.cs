using AsnCompetency.Domain.Common;

namespace AsnCompetency.Domain.Identity;

/// <summary>
/// Another system that pulls data (a regional HR system, a dashboard) with the OAuth 2.0
/// client-credentials grant. Read-only: its tokens act as an Analyst of its agency (or a national
/// Analyst), and no command accepts them. Its secret is random and shown once; only its hash is kept.
/// </summary>
public sealed class ApiClient : AuditableEntity, IHasRowVersion
{
    /// <summary>The one scope there is: reading what an Analyst may read.</summary>
    public const string ReadScope = "read";

    private ApiClient()
    {
        ClientId = "";
        Name = "";
        SecretHash = "";
    }

    /// <summary>The public identifier the integrator sends, e.g. simpeg-lamsel.</summary>
    public string ClientId { get; private set; }

    public string Name { get; private set; }

    /// <summary>SHA-256 of the secret, hex (the secret has 256 random bits, so no slow hashing is needed).</summary>
    public string SecretHash { get; private set; }

    /// <summary>The agency whose data it reads; null for national access.</summary>
    public Guid? AgencyId { get; private set; }

    public bool IsActive { get; private set; }

    public DateTimeOffset? LastTokenAt { get; private set; }

    public uint RowVersion { get; private set; }

    public static ApiClient Register(string clientId, string name, Guid? agencyId, string secretHash)
    {
        if (!CodeFormat.IsValid(clientId?.Trim()))
        {
            throw new DomainValidationException("clientId", $"must be 1 to {FieldLengths.Code} characters and {CodeFormat.Description}.");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainValidationException("name", "is required.");
        }

        return new ApiClient
        {
            ClientId = clientId!.Trim().ToLowerInvariant(),
            Name = name.Trim(),
            AgencyId = agencyId,
            SecretHash = secretHash,
            IsActive = true,
        };
    }

    public void ReplaceSecret(string secretHash) => SecretHash = secretHash;

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;
}
