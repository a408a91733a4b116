using AsnCompetency.Domain.Identity;

namespace AsnCompetency.Application.Common.Security;

/// <summary>
/// Declares on a request which roles may send it. A request without this attribute still needs
/// a signed-in user unless it carries <see cref="AllowAnonymousAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class AuthorizeAttribute(params UserRole[] roles) : Attribute
{
    public IReadOnlyList<UserRole> Roles { get; } = roles;
}

/// <summary>Declares that a request may be sent without signing in (e.g. asking for a token).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class AllowAnonymousAttribute : Attribute;
