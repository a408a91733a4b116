using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Organisation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Auth.Queries.GetCurrentUser;

/// <summary>Who the signed-in user is: role, agency, and (for employees) their employee record.</summary>
public sealed record GetCurrentUserQuery : IQuery<CurrentUserDto>;

/// <summary>The signed-in user.</summary>
public sealed record CurrentUserDto(
    Guid Id,
    string UserName,
    string DisplayName,
    string? Email,
    UserRole Role,
    AgencyReferenceDto? Agency);

/// <summary>An agency as referenced from other resources.</summary>
public sealed record AgencyReferenceDto(Guid Id, string Code, string Name, string Region, AgencyKind Kind);

public sealed class GetCurrentUserQueryHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetCurrentUserQuery, CurrentUserDto>
{
    public async ValueTask<CurrentUserDto> Handle(GetCurrentUserQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId ?? throw new AuthenticationFailedException("Sign in first: this request needs a bearer token.");
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId && u.IsActive)
            .Select(u => new CurrentUserDto(
                u.Id,
                u.UserName,
                u.DisplayName,
                u.Email,
                u.Role,
                db.Agencies
                    .Where(a => a.Id == u.AgencyId)
                    .Select(a => new AgencyReferenceDto(a.Id, a.Code, a.Name, a.Region, a.Kind))
                    .FirstOrDefault()))
            .FirstOrDefaultAsync(cancellationToken);
        return user ?? throw new AuthenticationFailedException("The account of this token no longer exists or is deactivated; sign in again.");
    }
}
