namespace AsnCompetency.Application.Common.Exceptions;

/// <summary>The If-Match precondition does not hold: the resource changed since the caller read it (412).</summary>
public sealed class PreconditionFailedException(string message) : Exception(message);
