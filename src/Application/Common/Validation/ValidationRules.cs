using System.Text.RegularExpressions;
using AsnCompetency.Domain.Common;
using FluentValidation;

namespace AsnCompetency.Application.Common.Validation;

/// <summary>Rules shared by many validators, with messages that say what is allowed.</summary>
public static partial class ValidationRules
{
    public static IRuleBuilderOptions<T, string> ValidCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty()
            .MaximumLength(FieldLengths.Code)
            .Must(code => code is null || code.Length == 0 || CodeFormat.IsValid(code.Trim()))
            .WithMessage($"'{{PropertyName}}' {CodeFormat.Description}.");

    public static IRuleBuilderOptions<T, string> RequiredName<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(name => !string.IsNullOrWhiteSpace(name))
            .WithMessage("'{PropertyName}' must not be empty.")
            .MaximumLength(FieldLengths.Name);

    public static IRuleBuilderOptions<T, string> LanguageTag<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty()
            .MaximumLength(FieldLengths.LanguageTag)
            .Must(tag => tag is null || tag.Length == 0 || LanguageTagPattern().IsMatch(tag.Trim()))
            .WithMessage("'{PropertyName}' must be a BCP 47 language tag such as 'id' or 'en'.");

    /// <summary>Page numbers start at 1; pages hold at most <see cref="Models.Paging.MaxPageSize"/> items.</summary>
    public static void ValidPaging<T>(this AbstractValidator<T> validator)
        where T : Models.IPagedQuery
    {
        validator.RuleFor(x => x.Page).GreaterThanOrEqualTo(1)
            .Must((query, page) => (long)(page - 1) * Math.Max(query.PageSize, 1) <= int.MaxValue)
            .WithMessage("'page' is beyond the last possible page for this page size.");
        validator.RuleFor(x => x.PageSize).InclusiveBetween(1, Models.Paging.MaxPageSize);
    }

    /// <summary>A sort key from the list, optionally prefixed with '-' for descending order.</summary>
    public static IRuleBuilderOptions<T, string?> ValidSort<T>(this IRuleBuilder<T, string?> rule, IReadOnlyList<string> keys) =>
        rule.Must(sort => sort is null || keys.Contains(sort.TrimStart('-')))
            .WithMessage($"'sort' must be one of {string.Join(", ", keys)}, optionally prefixed with '-' for descending order.");

    /// <summary>A value naming a member of <typeparamref name="TEnum"/> in any letter case (query strings say groupBy=unit).</summary>
    public static IRuleBuilderOptions<T, string?> OneOf<T, TEnum>(this IRuleBuilder<T, string?> rule)
        where TEnum : struct, Enum =>
        rule.Must(value => value is null || (Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !value.Any(char.IsAsciiDigit)))
            .WithMessage($"'{{PropertyName}}' must be one of {string.Join(", ", Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()))}.");

    /// <summary>Parses a value <see cref="OneOf{T, TEnum}"/> accepted, or gives the default.</summary>
    public static TEnum ParseOr<TEnum>(string? value, TEnum fallback)
        where TEnum : struct, Enum =>
        value is null ? fallback : Enum.Parse<TEnum>(value, ignoreCase: true);

    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTagPattern();
}
