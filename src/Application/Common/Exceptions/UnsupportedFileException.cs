namespace AsnCompetency.Application.Common.Exceptions;

/// <summary>An upload whose type the endpoint does not read (415), or that cannot be read at all (400).</summary>
public sealed class UnsupportedFileException(string message, bool isUnreadable = false) : Exception(message)
{
    /// <summary>True when the type is right but the content is broken (a corrupt workbook).</summary>
    public bool IsUnreadable { get; } = isUnreadable;
}
