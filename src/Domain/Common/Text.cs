namespace AsnCompetency.Domain.Common;

/// <summary>How optional text is kept: trimmed, and blank means absent.</summary>
public static class Text
{
    public static string? OrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
