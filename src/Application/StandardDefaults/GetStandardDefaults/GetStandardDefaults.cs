using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Domain.Positions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.StandardDefaults.GetStandardDefaults;

/// <summary>The proposed levels per position type for an agency (its overrides over the national defaults), or the national ones.</summary>
/// <param name="AgencyId">The agency; omit for the national defaults.</param>
public sealed record GetStandardDefaultsQuery(Guid? AgencyId = null) : IQuery<StandardDefaultsDto>;

public sealed class GetStandardDefaultsQueryHandler(IApplicationDbContext db) : IQueryHandler<GetStandardDefaultsQuery, StandardDefaultsDto>
{
    public async ValueTask<StandardDefaultsDto> Handle(GetStandardDefaultsQuery query, CancellationToken cancellationToken) =>
        await db.ReadStandardDefaultsAsync(query.AgencyId, cancellationToken);
}

internal static class StandardDefaultsReader
{
    public static async Task<StandardDefaultsDto> ReadStandardDefaultsAsync(this IApplicationDbContext db, Guid? agencyId, CancellationToken cancellationToken)
    {
        if (agencyId is { } id && !await db.Agencies.AnyAsync(a => a.Id == id, cancellationToken))
        {
            throw new Common.Exceptions.NotFoundException("Agency", id);
        }

        var rows = await db.StandardDefaults.AsNoTracking()
            .Where(d => d.AgencyId == null || d.AgencyId == agencyId)
            .Select(d => new { d.AgencyId, d.PositionType, d.RequiredLevel })
            .ToListAsync(cancellationToken);
        var national = rows.Where(r => r.AgencyId == null).ToDictionary(r => r.PositionType, r => r.RequiredLevel);
        var own = rows.Where(r => r.AgencyId != null).ToDictionary(r => r.PositionType, r => r.RequiredLevel);

        return new StandardDefaultsDto(agencyId, [.. Enum.GetValues<PositionType>().Select(type => new StandardDefaultDto(
            type,
            PositionTypes.DisplayName(type),
            PositionTypes.CategoryOf(type),
            own.TryGetValue(type, out var level) ? level : national.TryGetValue(type, out var nationalLevel) ? nationalLevel : null,
            national.TryGetValue(type, out var n) ? n : null,
            own.ContainsKey(type)))]);
    }
}
