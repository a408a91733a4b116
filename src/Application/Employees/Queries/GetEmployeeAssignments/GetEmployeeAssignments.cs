using AsnCompetency.Application.Common.Behaviours;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Models;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Employees.Queries.GetEmployeeAssignments;

/// <summary>The positions an employee has held, newest first.</summary>
public sealed record GetEmployeeAssignmentsQuery(Guid EmployeeId) : IQuery<IReadOnlyList<PositionAssignmentDto>>, IPersonalDataQuery
{
    Guid IPersonalDataQuery.SubjectEmployeeId => EmployeeId;
}

public sealed class GetEmployeeAssignmentsQueryHandler(IApplicationDbContext db)
    : IQueryHandler<GetEmployeeAssignmentsQuery, IReadOnlyList<PositionAssignmentDto>>
{
    public async ValueTask<IReadOnlyList<PositionAssignmentDto>> Handle(GetEmployeeAssignmentsQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Employees.AnyAsync(e => e.Id == query.EmployeeId, cancellationToken))
        {
            throw new NotFoundException(EmployeeQueries.Resource, query.EmployeeId);
        }

        return await db.PositionAssignments.AsNoTracking()
            .Where(a => a.EmployeeId == query.EmployeeId)
            .OrderByDescending(a => a.StartDate)
            .Select(a => new PositionAssignmentDto(
                a.Id,
                db.Positions.Where(p => p.Id == a.PositionId).Select(p => new PositionReferenceDto(p.Id, p.Code, p.Name, p.Type)).First(),
                db.Units.Where(u => u.Id == a.UnitId).Select(u => new UnitReferenceDto(u.Id, u.Code, u.Name, u.Kind)).First(),
                a.StartDate,
                a.EndDate,
                a.Note))
            .ToListAsync(cancellationToken);
    }
}
