namespace AsnCompetency.Domain.Common;

/// <summary>Base of the errors the domain raises; each carries a message a user can act on.</summary>
public abstract class DomainException(string message, string? field) : Exception(message)
{
    /// <summary>The request field the error is about (camelCase path), when there is one.</summary>
    public string? Field { get; } = field;
}

/// <summary>A value that is invalid in itself (an API answers 400).</summary>
public sealed class DomainValidationException(string field, string message) : DomainException(message, field);

/// <summary>
/// A change that the current state does not allow: editing a published framework, a duplicate
/// code, a transition out of order (an API answers 409).
/// </summary>
public sealed class BusinessRuleException(string message, string? field = null) : DomainException(message, field);
