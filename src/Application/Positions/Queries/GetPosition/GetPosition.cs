using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Positions.Queries.GetPosition;

/// <summary>One position.</summary>
public sealed record GetPositionQuery(Guid Id) : IQuery<PositionDto>;

public sealed class GetPositionQueryHandler(IApplicationDbContext db) : IQueryHandler<GetPositionQuery, PositionDto>
{
    public async ValueTask<PositionDto> Handle(GetPositionQuery query, CancellationToken cancellationToken) =>
        await db.Positions.AsNoTracking().Where(p => p.Id == query.Id).ToDtos(db).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(PositionQueries.Resource, query.Id);
}
