using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.CompetencyFrameworks.Queries.GetCompetency;

/// <summary>One competency or group with its levels.</summary>
public sealed record GetCompetencyQuery(Guid Id) : IQuery<CompetencyDto>;

public sealed class GetCompetencyQueryHandler(IApplicationDbContext db) : IQueryHandler<GetCompetencyQuery, CompetencyDto>
{
    public async ValueTask<CompetencyDto> Handle(GetCompetencyQuery query, CancellationToken cancellationToken)
    {
        var competency = await db.Competencies.AsNoTracking().FirstOrDefaultAsync(c => c.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException(FrameworkAccess.CompetencyResource, query.Id);
        var incoming = await db.Competencies
            .Where(c => c.FrameworkId == competency.FrameworkId && c.RelatedCompetencyIds.Contains(competency.Id))
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        return competency.ToDto() with { RelatedCompetencyIds = [.. competency.RelatedCompetencyIds.Concat(incoming).Distinct()] };
    }
}
