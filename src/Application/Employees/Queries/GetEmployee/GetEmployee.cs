using AsnCompetency.Application.Common.Behaviours;
using AsnCompetency.Application.Common.Interfaces;
using Mediator;

namespace AsnCompetency.Application.Employees.Queries.GetEmployee;

/// <summary>One employee with position and unit. An Employee user sees only their own record.</summary>
public sealed record GetEmployeeQuery(Guid Id) : IQuery<EmployeeDto>, IPersonalDataQuery
{
    Guid IPersonalDataQuery.SubjectEmployeeId => Id;
}

public sealed class GetEmployeeQueryHandler(IApplicationDbContext db) : IQueryHandler<GetEmployeeQuery, EmployeeDto>
{
    public async ValueTask<EmployeeDto> Handle(GetEmployeeQuery query, CancellationToken cancellationToken) =>
        await db.GetDtoAsync(query.Id, cancellationToken);
}
