using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.CompetencyFrameworks.Queries.GetCompetencyTree;

/// <summary>A framework's competency tree, each item with its level descriptions and indicators.</summary>
public sealed record GetCompetencyTreeQuery(Guid FrameworkId) : IQuery<CompetencyTreeDto>;

public sealed class GetCompetencyTreeQueryHandler(IApplicationDbContext db) : IQueryHandler<GetCompetencyTreeQuery, CompetencyTreeDto>
{
    public async ValueTask<CompetencyTreeDto> Handle(GetCompetencyTreeQuery query, CancellationToken cancellationToken)
    {
        var framework = await db.CompetencyFrameworks.AsNoTracking().FirstOrDefaultAsync(f => f.Id == query.FrameworkId, cancellationToken)
            ?? throw new NotFoundException(FrameworkAccess.FrameworkResource, query.FrameworkId);
        var items = await db.Competencies.AsNoTracking().Where(c => c.FrameworkId == query.FrameworkId).ToListAsync(cancellationToken);

        return new CompetencyTreeDto(
            framework.Id,
            framework.Code,
            framework.Version,
            framework.Status,
            [.. framework.ProficiencyLevels.Select(l => l.ToDto())],
            items.Count(c => c.IsGroup),
            items.Count(c => !c.IsGroup),
            CompetencyFrameworkMapper.ToTree(items));
    }
}
