using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Domain.Employees;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Grades;

/// <summary>The ranks: PNS golongan/ruang with pangkat, and PPPK grades, lowest first.</summary>
/// <param name="EmployeeType">Only the grades of PNS or of PPPK.</param>
public sealed record GetGradesQuery(EmployeeType? EmployeeType = null) : IQuery<IReadOnlyList<GradeDto>>;

/// <summary>A rank, e.g. III/a Penata Muda.</summary>
public sealed record GradeDto(string Code, EmployeeType EmployeeType, int Rank, string Name);

public sealed class GetGradesQueryHandler(IApplicationDbContext db) : IQueryHandler<GetGradesQuery, IReadOnlyList<GradeDto>>
{
    public async ValueTask<IReadOnlyList<GradeDto>> Handle(GetGradesQuery query, CancellationToken cancellationToken) =>
        await db.Grades.AsNoTracking()
            .Where(g => query.EmployeeType == null || g.EmployeeType == query.EmployeeType)
            .OrderBy(g => g.EmployeeType).ThenBy(g => g.Rank)
            .Select(g => new GradeDto(g.Code, g.EmployeeType, g.Rank, g.Name))
            .ToListAsync(cancellationToken);
}
