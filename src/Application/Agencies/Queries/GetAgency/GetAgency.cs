using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Agencies.Queries.GetAgency;

/// <summary>One agency with the size of its organisation.</summary>
public sealed record GetAgencyQuery(Guid Id) : IQuery<AgencyDto>;

public sealed class GetAgencyQueryHandler(IApplicationDbContext db) : IQueryHandler<GetAgencyQuery, AgencyDto>
{
    public async ValueTask<AgencyDto> Handle(GetAgencyQuery query, CancellationToken cancellationToken) =>
        await db.Agencies.AsNoTracking().Where(a => a.Id == query.Id).ToDtos(db).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Agency", query.Id);
}
