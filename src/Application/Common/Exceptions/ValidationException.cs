using FluentValidation.Results;

namespace AsnCompetency.Application.Common.Exceptions;

/// <summary>One or more request fields break a rule; answered with 400 and the field errors.</summary>
public sealed class ValidationException : Exception
{
    public ValidationException(IEnumerable<ValidationFailure> failures)
        : base("One or more fields are invalid.")
    {
        Errors = failures
            .GroupBy(f => f.PropertyName, f => f.ErrorMessage)
            .ToDictionary(g => g.Key, g => g.Distinct().ToArray());
    }

    public ValidationException(string field, string message)
        : base("One or more fields are invalid.")
    {
        Errors = new Dictionary<string, string[]> { [field] = [message] };
    }

    /// <summary>Field path (camelCase, as in the request) to its messages.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
