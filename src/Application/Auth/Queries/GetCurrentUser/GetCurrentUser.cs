using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Domain.Employees;
using AsnCompetency.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Auth.Queries.GetCurrentUser;

/// <summary>
/// Who the signed-in user is: role, agency, and (for employees) their employee record. For an
/// integrator's client-credentials token: the API client, reading as an analyst of its agency.
/// </summary>
public sealed record GetCurrentUserQuery : IQuery<CurrentUserDto>;

/// <summary>The signed-in user.</summary>
/// <param name="Employee">The user's own employee record, for users with the Employee role.</param>
public sealed record CurrentUserDto(
    Guid Id,
    string UserName,
    string DisplayName,
    string? Email,
    UserRole Role,
    AgencyReferenceDto? Agency,
    EmployeeLinkDto? Employee);

/// <summary>The employee record a user account is linked to; see GET /api/v1/employees/{id}.</summary>
public sealed record EmployeeLinkDto(Guid Id, string Nip, string DisplayName);

public sealed class GetCurrentUserQueryHandler(IApplicationDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetCurrentUserQuery, CurrentUserDto>
{
    public async ValueTask<CurrentUserDto> Handle(GetCurrentUserQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId ?? throw new AuthenticationFailedException("Sign in first: this request needs a bearer token.");
        if (currentUser.IsApiClient)
        {
            return await ApiClientAsync(userId, cancellationToken);
        }

        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId && u.IsActive)
            .Select(u => new
            {
                u.Id,
                u.UserName,
                u.DisplayName,
                u.Email,
                u.Role,
                u.EmployeeId,
                Agency = db.Agencies
                    .Where(a => a.Id == u.AgencyId)
                    .Select(a => new AgencyReferenceDto(a.Id, a.Code, a.Name, a.Region, a.Kind))
                    .FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new AuthenticationFailedException("The account of this token no longer exists or is deactivated; sign in again.");

        var employee = user.EmployeeId is not { } employeeId
            ? null
            : await db.Employees.AsNoTracking()
                .Where(e => e.Id == employeeId)
                .Select(e => new { e.Id, e.Nip, e.FrontTitle, e.FullName, e.BackTitle })
                .FirstOrDefaultAsync(cancellationToken);

        return new CurrentUserDto(
            user.Id,
            user.UserName,
            user.DisplayName,
            user.Email,
            user.Role,
            user.Agency,
            employee is null ? null : new EmployeeLinkDto(employee.Id, employee.Nip, Employee.FormatName(employee.FrontTitle, employee.FullName, employee.BackTitle)));
    }

    private async Task<CurrentUserDto> ApiClientAsync(Guid clientId, CancellationToken cancellationToken) =>
        await db.ApiClients.AsNoTracking()
            .Where(c => c.Id == clientId && c.IsActive)
            .Select(c => new CurrentUserDto(
                c.Id,
                c.ClientId,
                c.Name,
                null,
                UserRole.Analyst,
                db.Agencies
                    .Where(a => a.Id == c.AgencyId)
                    .Select(a => new AgencyReferenceDto(a.Id, a.Code, a.Name, a.Region, a.Kind))
                    .FirstOrDefault(),
                null))
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new AuthenticationFailedException("The API client of this token no longer exists or is deactivated; request a new token.");
}
