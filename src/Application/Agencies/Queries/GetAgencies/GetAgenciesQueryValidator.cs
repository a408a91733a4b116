using AsnCompetency.Application.Common.Validation;
using FluentValidation;

namespace AsnCompetency.Application.Agencies.Queries.GetAgencies;

public sealed class GetAgenciesQueryValidator : AbstractValidator<GetAgenciesQuery>
{
    public GetAgenciesQueryValidator()
    {
        this.ValidPaging();
        RuleFor(q => q.Kind).IsInEnum();
        RuleFor(q => q.Search).MaximumLength(200);
    }
}
