using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace AsnCompetency.Application.Interchange.Case;

/// <summary>
/// CASE identifiers: lowercase UUIDs. Documents and items carry their own stored random ones;
/// associations, the rubric, its criteria and criterion levels have none of their own, so theirs
/// are name-based (version 5, RFC 9562) from the identifiers they join: the same every time,
/// different for every object.
/// </summary>
public static partial class CaseIdentifiers
{
    /// <summary>The namespace of AsnCompetency's name-based CASE identifiers (itself a v5 UUID of the URL namespace).</summary>
    public static readonly Guid Namespace = NameBased(new Guid("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "https://asncompetency/ims/case/v1p1");

    public static string Format(Guid id) => id.ToString("D");

    /// <summary>A lowercase UUID of RFC 9562 versions 1 to 5 (the versions CASE names).</summary>
    public static bool IsValid(string? value) => value is not null && CasePattern().IsMatch(value);

    public static Guid ChildOf(Guid child, Guid parent) => NameBased(Namespace, $"isChildOf:{Format(child)}:{Format(parent)}");

    public static Guid RelatedTo(Guid origin, Guid destination) => NameBased(Namespace, $"isRelatedTo:{Format(origin)}:{Format(destination)}");

    public static Guid Rubric(Guid document) => NameBased(Namespace, $"rubric:{Format(document)}");

    public static Guid Criterion(Guid item) => NameBased(Namespace, $"criterion:{Format(item)}");

    public static Guid CriterionLevel(Guid item, int level) => NameBased(Namespace, $"criterionLevel:{Format(item)}:{level}");

    /// <summary>RFC 9562 version 5: SHA-1 of namespace and name, version and variant bits set.</summary>
    public static Guid NameBased(Guid namespaceId, string name)
    {
        Span<byte> input = stackalloc byte[16 + Encoding.UTF8.GetByteCount(name)];
        namespaceId.TryWriteBytes(input[..16], bigEndian: true, out _);
        Encoding.UTF8.GetBytes(name, input[16..]);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")]
    private static partial Regex CasePattern();
}
