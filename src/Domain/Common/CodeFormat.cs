using System.Text.RegularExpressions;

namespace AsnCompetency.Domain.Common;

/// <summary>
/// Codes identify things to people and to other systems (M.01, SK.01, TEKNIS-KES); they keep to
/// letters, digits and a few separators so they survive CSV files and URLs.
/// </summary>
public static partial class CodeFormat
{
    public const string Description =
        "starts with a letter or digit and contains only letters, digits, '.', '-', '_' and '/'";

    public static bool IsValid(string? code) =>
        !string.IsNullOrEmpty(code) && code.Length <= FieldLengths.Code && CodePattern().IsMatch(code);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._\-/]*$")]
    private static partial Regex CodePattern();
}
