using System.Text.RegularExpressions;

namespace AsnCompetency.Application.Common.Validation;

/// <summary>The e-mail and phone formats, shared by the API's validators and the import so both accept the same values.</summary>
public static partial class ContactFormats
{
    public const string EmailRule = "must be an e-mail address such as nama@instansi.go.id.";
    public const string PhoneRule = "may contain digits, spaces, brackets, dashes and a leading +.";

    public static bool IsEmail(string? value) => string.IsNullOrWhiteSpace(value) || EmailPattern().IsMatch(value.Trim());

    public static bool IsPhone(string? value) => string.IsNullOrWhiteSpace(value) || PhonePattern().IsMatch(value.Trim());

    [GeneratedRegex(@"^[^@\s<>(),;:""\[\]]+@[^@\s<>(),;:""\[\]]+\.[^@\s<>(),;:""\[\]]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9 ()\-]{6,30}$")]
    private static partial Regex PhonePattern();
}
