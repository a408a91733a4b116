using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AsnCompetency.Domain.Common;

namespace AsnCompetency.Application.Interchange;

/// <summary>
/// Text from other systems made safe to keep: HTML becomes plain text (scripts, styles and every
/// tag removed, entities decoded, paragraphs and line breaks kept as new lines), control
/// characters go, and codes are fitted to our code format.
/// </summary>
public static partial class InterchangeText
{
    /// <summary>Plain text of a value that may hold HTML (or surely does, with <paramref name="html"/>); null when nothing is left.</summary>
    public static string? Clean(string? text, bool html = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Replace("\r\n", "\n");
        if (html || TagPattern().IsMatch(value) || value.Contains("&lt;", StringComparison.OrdinalIgnoreCase) || value.Contains("&#", StringComparison.Ordinal))
        {
            value = ToPlainText(value);
            value = string.Join("\n", value.Replace("\t", " ").Split('\n').Select(line => MultipleSpaces().Replace(line, " ").Trim()));
            value = ExtraBlankLines().Replace(value, "\n\n");
        }

        value = new string([.. value.Where(c => !char.IsControl(c) || c is '\n' or '\t')]).Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>The text of an HTML fragment. No markup survives, not even markup that was escaped in the source.</summary>
    public static string ToPlainText(string html)
    {
        var text = html.Replace("\r\n", "\n").Replace('\r', '\n').Replace("\n", " ");
        text = DangerousElements().Replace(text, " ");
        text = Comments().Replace(text, " ");
        text = LineBreaks().Replace(text, "\n");
        text = BlockEnds().Replace(text, "\n");
        text = ListItems().Replace(text, "\n- ");
        text = TagPattern().Replace(text, "");

        // Decoding can reveal markup that was written escaped (&lt;script&gt;): strip again until none is left.
        for (var i = 0; i < 5; i++)
        {
            var decoded = WebUtility.HtmlDecode(text);
            var stripped = TagPattern().Replace(DangerousElements().Replace(decoded, " "), "");
            if (stripped == text)
            {
                break;
            }

            text = stripped;
        }

        return text.Replace('\u00A0', ' ');
    }

    /// <summary>The text cut to a length, at a word boundary when one is near, with an ellipsis.</summary>
    public static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text[..(maxLength - 1)];
        var space = cut.LastIndexOf(' ');
        if (space > maxLength / 2)
        {
            cut = cut[..space];
        }

        return cut.TrimEnd() + "…";
    }

    /// <summary>A code in our format made from any text: other characters become '-', cut to the code length.</summary>
    public static string? ToCode(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var builder = new StringBuilder();
        foreach (var c in text.Trim())
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '/' or '-' ? c : '-');
        }

        var code = MultipleDashes().Replace(builder.ToString(), "-").TrimStart('.', '_', '/', '-');
        if (code.Length > FieldLengths.Code)
        {
            code = code[..FieldLengths.Code];
        }

        code = code.TrimEnd('-');
        return CodeFormat.IsValid(code) ? code : null;
    }

    /// <summary>The code itself or, when taken, the code with -2, -3, … (cut to fit).</summary>
    public static string Unique(string code, ISet<string> taken)
    {
        if (taken.Add(code))
        {
            return code;
        }

        for (var n = 2; ; n++)
        {
            var suffix = $"-{n}";
            var candidate = (code.Length + suffix.Length > FieldLengths.Code ? code[..(FieldLengths.Code - suffix.Length)] : code) + suffix;
            if (taken.Add(candidate))
            {
                return candidate;
            }
        }
    }

    [GeneratedRegex(@"<\s*/?\s*[A-Za-z!?][^<>]*>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"<\s*(script|style|iframe|object|embed|template|noscript)\b[^>]*>.*?<\s*/\s*\1\s*>|<\s*(script|style|iframe|object|embed|template|noscript)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex DangerousElements();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex(@"<\s*br\s*/?\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreaks();

    [GeneratedRegex(@"<\s*/\s*(p|div|h[1-6]|ul|ol|table|tr|blockquote|pre)\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnds();

    [GeneratedRegex(@"<\s*li\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ListItems();

    [GeneratedRegex(@" {2,}")]
    private static partial Regex MultipleSpaces();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ExtraBlankLines();

    [GeneratedRegex(@"-{2,}")]
    private static partial Regex MultipleDashes();
}
