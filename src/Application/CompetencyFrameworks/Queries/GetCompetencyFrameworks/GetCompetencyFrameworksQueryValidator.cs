using AsnCompetency.Application.Common.Validation;
using FluentValidation;

namespace AsnCompetency.Application.CompetencyFrameworks.Queries.GetCompetencyFrameworks;

public sealed class GetCompetencyFrameworksQueryValidator : AbstractValidator<GetCompetencyFrameworksQuery>
{
    public GetCompetencyFrameworksQueryValidator()
    {
        this.ValidPaging();
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.Owner)
            .Must(owner => owner is null
                || string.Equals(owner, GetCompetencyFrameworksQuery.NationalOwner, StringComparison.OrdinalIgnoreCase)
                || Guid.TryParse(owner, out _))
            .WithMessage("'owner' must be \"national\" or an agency id.");
        RuleFor(q => q.Search).MaximumLength(200);
        RuleFor(q => q.Sort).ValidSort(GetCompetencyFrameworksQuery.SortKeys);
    }
}
