using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Positions.Queries.GetPositionStandards;

/// <summary>A position's competency standard (SKJ), ordered by framework and competency code.</summary>
public sealed record GetPositionStandardsQuery(Guid PositionId) : IQuery<PositionStandardsDto>;

public sealed class GetPositionStandardsQueryHandler(IApplicationDbContext db) : IQueryHandler<GetPositionStandardsQuery, PositionStandardsDto>
{
    public async ValueTask<PositionStandardsDto> Handle(GetPositionStandardsQuery query, CancellationToken cancellationToken) =>
        await db.GetStandardsAsync(query.PositionId, cancellationToken);
}

internal static class PositionStandardsReader
{
    public static async Task<PositionStandardsDto> GetStandardsAsync(this IApplicationDbContext db, Guid positionId, CancellationToken cancellationToken)
    {
        var position = await db.Positions.AsNoTracking()
            .Where(p => p.Id == positionId)
            .Select(p => new { p.Id, p.Code, p.Name, p.Type, p.RowVersion })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(PositionQueries.Resource, positionId);

        var items = await db.PositionStandards.AsNoTracking()
            .Where(s => s.PositionId == positionId)
            .Join(db.Competencies, s => s.CompetencyId, c => c.Id, (s, c) => new { s, c })
            .Join(db.CompetencyFrameworks, x => x.s.FrameworkId, f => f.Id, (x, f) => new { x.s, x.c, f })
            .OrderBy(x => x.f.Code)
            .ThenBy(x => x.c.Code)
            .Select(x => new PositionStandardItemDto(
                x.c.Id, x.c.Code, x.c.Name, x.c.GroupKind, x.f.Id, x.f.Code, x.f.Version, x.f.Status, x.s.RequiredLevel, x.s.Weight))
            .ToListAsync(cancellationToken);

        return new PositionStandardsDto(position.Id, position.Code, position.Name, position.Type, Common.Concurrency.EntityTag.Format(position.RowVersion), items);
    }
}
