using AsnCompetency.Application.Common.Validation;
using FluentValidation;

namespace AsnCompetency.Application.Employees.Queries.GetEmployees;

public sealed class GetEmployeesQueryValidator : AbstractValidator<GetEmployeesQuery>
{
    public GetEmployeesQueryValidator()
    {
        this.ValidPaging();
        RuleFor(q => q.PositionType).IsInEnum();
        RuleFor(q => q.EmployeeType).IsInEnum();
        RuleFor(q => q.GradeCode).MaximumLength(10);
        RuleFor(q => q.Search).MaximumLength(200);
        RuleFor(q => q.Sort).ValidSort(GetEmployeesQuery.SortKeys);
    }
}
