namespace AsnCompetency.Application.Common.Exceptions;

/// <summary>No valid identity: wrong credentials or no token where one is needed (401).</summary>
public sealed class AuthenticationFailedException(string message) : Exception(message);
