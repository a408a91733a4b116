using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Units.Queries.GetUnit;

/// <summary>One unit.</summary>
public sealed record GetUnitQuery(Guid Id) : IQuery<UnitDto>;

public sealed class GetUnitQueryHandler(IApplicationDbContext db) : IQueryHandler<GetUnitQuery, UnitDto>
{
    public async ValueTask<UnitDto> Handle(GetUnitQuery query, CancellationToken cancellationToken) =>
        await db.Units.AsNoTracking().Where(u => u.Id == query.Id).ToDtos(db).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(UnitQueries.Resource, query.Id);
}
