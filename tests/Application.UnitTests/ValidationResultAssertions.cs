using FluentValidation.Results;

namespace AsnCompetency.Application.UnitTests;

/// <summary>Assertions on the error keys (PropertyName) of a validation result.</summary>
internal static class ValidationResultAssertions
{
    public static void ShouldBeValid(this ValidationResult result) =>
        result.Errors.ShouldBeEmpty(Describe(result));

    /// <summary>Asserts that the result fails exactly at the given keys, each with a message.</summary>
    public static void ShouldFailAt(this ValidationResult result, params string[] keys)
    {
        result.Errors.Select(e => e.PropertyName).ShouldBe(keys, ignoreOrder: true, Describe(result));
        result.Errors.ShouldAllBe(e => !string.IsNullOrWhiteSpace(e.ErrorMessage));
    }

    /// <summary>Asserts that exactly one error is reported at the key and returns its message.</summary>
    public static string ShouldFailOnceAt(this ValidationResult result, string key)
    {
        var error = result.Errors.Where(e => e.PropertyName == key).ShouldHaveSingleItem(Describe(result));
        error.ErrorMessage.ShouldNotBeNullOrWhiteSpace();
        return error.ErrorMessage;
    }

    private static string Describe(ValidationResult result) =>
        "errors: " + (result.Errors.Count == 0 ? "none" : string.Join("; ", result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}")));
}
