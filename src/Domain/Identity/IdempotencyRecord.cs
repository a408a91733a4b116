namespace AsnCompetency.Domain.Identity;

/// <summary>
/// The first answer to a POST sent with an Idempotency-Key, kept for a day so that a retry of
/// the same request gets that answer again instead of doing the work twice. Written and read
/// with SQL by the API's idempotency middleware; mapped for the schema.
/// </summary>
public sealed class IdempotencyRecord
{
    private IdempotencyRecord()
    {
        Scope = "";
        Key = "";
        RequestHash = "";
    }

    /// <summary>Whose key it is: the user's id, so two users' keys never meet.</summary>
    public string Scope { get; private set; }

    public string Key { get; private set; }

    /// <summary>SHA-256 of method, path, query, content type and body, hex.</summary>
    public string RequestHash { get; private set; }

    /// <summary>Null while the first request is still running.</summary>
    public int? StatusCode { get; private set; }

    public string? ContentType { get; private set; }

    public string? Location { get; private set; }

    public string? ETag { get; private set; }

    public byte[]? Body { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
}
