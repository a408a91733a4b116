using System.Security.Claims;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Infrastructure.Identity;

namespace AsnCompetency.Api.Infrastructure;

/// <summary>The caller, read from the validated bearer token of the current request.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsSystem => accessor.HttpContext is null;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true && UserId is not null;

    public Guid? UserId => Guid.TryParse(Principal?.FindFirstValue(AsnClaimTypes.Subject), out var id) ? id : null;

    public UserRole? Role => Enum.TryParse<UserRole>(Principal?.FindFirstValue(AsnClaimTypes.Role), out var role) ? role : null;

    public Guid? AgencyId => Guid.TryParse(Principal?.FindFirstValue(AsnClaimTypes.AgencyId), out var id) ? id : null;

    public Guid? EmployeeId => Guid.TryParse(Principal?.FindFirstValue(AsnClaimTypes.EmployeeId), out var id) ? id : null;

    public bool IsApiClient => Principal?.FindFirstValue(AsnClaimTypes.Client) == "true";
}
