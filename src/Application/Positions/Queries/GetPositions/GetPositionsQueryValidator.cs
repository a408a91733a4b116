using AsnCompetency.Application.Common.Validation;
using FluentValidation;

namespace AsnCompetency.Application.Positions.Queries.GetPositions;

public sealed class GetPositionsQueryValidator : AbstractValidator<GetPositionsQuery>
{
    public GetPositionsQueryValidator()
    {
        this.ValidPaging();
        RuleFor(q => q.Type).IsInEnum();
        RuleFor(q => q.Category).IsInEnum();
        RuleFor(q => q.Search).MaximumLength(200);
        RuleFor(q => q.Sort).ValidSort(GetPositionsQuery.SortKeys);
    }
}
