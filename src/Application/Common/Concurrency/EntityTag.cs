using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Domain.Common;

namespace AsnCompetency.Application.Common.Concurrency;

/// <summary>
/// ETags are the row version of the entity in quotes. A write that carries If-Match is refused
/// with 412 when the tag is stale. The row version read is also the concurrency token of the
/// UPDATE, so a change that slips in between reading and writing is caught as well.
/// </summary>
public static class EntityTag
{
    public static string Format(uint rowVersion) => $"\"{rowVersion}\"";

    /// <summary>Checks If-Match (null: no precondition; "*": any version) against the entity.</summary>
    public static void EnsureMatches(IHasRowVersion entity, string? ifMatch, string what)
    {
        if (string.IsNullOrWhiteSpace(ifMatch) || ifMatch.Trim() == "*")
        {
            return;
        }

        var current = entity.RowVersion;
        var matches = ifMatch.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Parse)
            .Any(version => version == current);
        if (!matches)
        {
            throw new PreconditionFailedException(
                $"{what} has changed since you read it (your version {ifMatch.Trim()}, current {Format(current)}). Reload it and apply your change again.");
        }
    }

    private static uint? Parse(string tag)
    {
        var value = tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag;
        value = value.Trim('"');
        return uint.TryParse(value, out var version) ? version : null;
    }
}
