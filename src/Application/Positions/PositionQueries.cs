using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Positions;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Positions;

internal static class PositionQueries
{
    public const string Resource = "Position";

    public static IQueryable<PositionDto> ToDtos(this IQueryable<Position> positions, IApplicationDbContext db) =>
        positions.Select(p => new PositionDto
        {
            Id = p.Id,
            AgencyId = p.AgencyId,
            Unit = db.Units.Where(u => u.Id == p.UnitId).Select(u => new UnitReferenceDto(u.Id, u.Code, u.Name, u.Kind)).First(),
            Code = p.Code,
            Name = p.Name,
            Type = p.Type,
            Eselon = p.Eselon,
            IsActive = p.IsActive,
            StandardCount = p.Standards.Count,
            EmployeeCount = db.Employees.Count(e => e.PositionId == p.Id && e.IsActive),
            UpdatedAt = p.UpdatedAt,
            ETag = "\"" + p.RowVersion + "\"",
        });

    public static async Task<Position> LoadForChangeAsync(this IApplicationDbContext db, ICurrentUser user, Guid positionId, CancellationToken cancellationToken)
    {
        var position = await db.Positions.Include(p => p.Standards).FirstOrDefaultAsync(p => p.Id == positionId, cancellationToken)
            ?? throw new NotFoundException(Resource, positionId);
        AccessPolicy.EnsureCanMaintain(user, position.AgencyId, $"position {position.Code}");
        return position;
    }
}
