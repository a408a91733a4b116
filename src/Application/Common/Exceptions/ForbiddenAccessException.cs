namespace AsnCompetency.Application.Common.Exceptions;

/// <summary>The caller is signed in but their role or agency does not allow this (403).</summary>
public sealed class ForbiddenAccessException(string message) : Exception(message);
