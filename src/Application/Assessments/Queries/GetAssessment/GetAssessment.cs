using AsnCompetency.Application.Common.Interfaces;
using Mediator;

namespace AsnCompetency.Application.Assessments.Queries.GetAssessment;

/// <summary>One assessment, with the correction that superseded it if any.</summary>
public sealed record GetAssessmentQuery(Guid Id) : IQuery<AssessmentDto>;

public sealed class GetAssessmentQueryHandler(IApplicationDbContext db) : IQueryHandler<GetAssessmentQuery, AssessmentDto>
{
    public async ValueTask<AssessmentDto> Handle(GetAssessmentQuery query, CancellationToken cancellationToken) =>
        await db.GetDtoAsync(query.Id, cancellationToken);
}
