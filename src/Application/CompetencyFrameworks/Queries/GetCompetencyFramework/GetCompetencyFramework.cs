using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Domain.Frameworks;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.CompetencyFrameworks.Queries.GetCompetencyFramework;

/// <summary>One framework with its scale and version links.</summary>
public sealed record GetCompetencyFrameworkQuery(Guid Id) : IQuery<CompetencyFrameworkDto>;

public sealed class GetCompetencyFrameworkQueryHandler(IApplicationDbContext db)
    : IQueryHandler<GetCompetencyFrameworkQuery, CompetencyFrameworkDto>
{
    public async ValueTask<CompetencyFrameworkDto> Handle(GetCompetencyFrameworkQuery query, CancellationToken cancellationToken)
    {
        var framework = await db.CompetencyFrameworks.AsNoTracking().FirstOrDefaultAsync(f => f.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException(FrameworkAccess.FrameworkResource, query.Id);
        var counts = await db.Competencies
            .Where(c => c.FrameworkId == query.Id)
            .GroupBy(c => c.ItemType)
            .Select(g => new { ItemType = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return framework.ToDto(
            counts.Where(c => c.ItemType == CompetencyItemType.Group).Sum(c => c.Count),
            counts.Where(c => c.ItemType == CompetencyItemType.Competency).Sum(c => c.Count));
    }
}
