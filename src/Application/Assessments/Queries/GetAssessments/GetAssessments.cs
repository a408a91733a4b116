using AsnCompetency.Application.Common.Behaviours;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.Common.Validation;
using AsnCompetency.Domain.Assessments;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Assessments.Queries.GetAssessments;

/// <summary>Assessments the caller can see, newest first. An Employee sees only their own.</summary>
/// <param name="EmployeeId">Only this employee's assessments (their history).</param>
/// <param name="CompetencyId">Only assessments of this competency.</param>
/// <param name="AgencyId">Only this agency's (national users).</param>
/// <param name="Method">Only assessments made by this method.</param>
/// <param name="From">Assessed on or after this day.</param>
/// <param name="To">Assessed on or before this day.</param>
/// <param name="IncludeSuperseded">Also list assessments that a correction replaced (default true: the full history).</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Items per page, 1 to 500.</param>
public sealed record GetAssessmentsQuery(
    Guid? EmployeeId = null,
    Guid? CompetencyId = null,
    Guid? AgencyId = null,
    AssessmentMethod? Method = null,
    DateOnly? From = null,
    DateOnly? To = null,
    bool IncludeSuperseded = true,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize) : IQuery<PagedList<AssessmentDto>>, IPagedQuery;

/// <summary>One employee's assessment history; 404 when the employee does not exist or is not visible.</summary>
public sealed record GetEmployeeAssessmentsQuery(Guid EmployeeId, bool IncludeSuperseded = true, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedList<AssessmentDto>>, IPagedQuery, IPersonalDataQuery
{
    Guid IPersonalDataQuery.SubjectEmployeeId => EmployeeId;
}

public sealed class GetEmployeeAssessmentsQueryValidator : AbstractValidator<GetEmployeeAssessmentsQuery>
{
    public GetEmployeeAssessmentsQueryValidator() => this.ValidPaging();
}

public sealed class GetEmployeeAssessmentsQueryHandler(IApplicationDbContext db) : IQueryHandler<GetEmployeeAssessmentsQuery, PagedList<AssessmentDto>>
{
    public async ValueTask<PagedList<AssessmentDto>> Handle(GetEmployeeAssessmentsQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Employees.AnyAsync(e => e.Id == query.EmployeeId, cancellationToken))
        {
            throw new NotFoundException("Employee", query.EmployeeId);
        }

        return await new GetAssessmentsQueryHandler(db).Handle(
            new GetAssessmentsQuery(EmployeeId: query.EmployeeId, IncludeSuperseded: query.IncludeSuperseded, Page: query.Page, PageSize: query.PageSize),
            cancellationToken);
    }
}

public sealed class GetAssessmentsQueryValidator : AbstractValidator<GetAssessmentsQuery>
{
    public GetAssessmentsQueryValidator()
    {
        this.ValidPaging();
        RuleFor(q => q.Method).IsInEnum();
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("'to' must not be before 'from'.");
    }
}

public sealed class GetAssessmentsQueryHandler(IApplicationDbContext db) : IQueryHandler<GetAssessmentsQuery, PagedList<AssessmentDto>>
{
    public async ValueTask<PagedList<AssessmentDto>> Handle(GetAssessmentsQuery query, CancellationToken cancellationToken)
    {
        var assessments = db.Assessments.AsNoTracking();
        if (query.EmployeeId is { } employee)
        {
            assessments = assessments.Where(a => a.EmployeeId == employee);
        }

        if (query.CompetencyId is { } competency)
        {
            assessments = assessments.Where(a => a.CompetencyId == competency);
        }

        if (query.AgencyId is { } agency)
        {
            assessments = assessments.Where(a => a.AgencyId == agency);
        }

        if (query.Method is { } method)
        {
            assessments = assessments.Where(a => a.Method == method);
        }

        if (query.From is { } from)
        {
            assessments = assessments.Where(a => a.AssessedOn >= from);
        }

        if (query.To is { } to)
        {
            assessments = assessments.Where(a => a.AssessedOn <= to);
        }

        if (!query.IncludeSuperseded)
        {
            assessments = assessments.Where(a => !db.Assessments.Any(c => c.SupersedesId == a.Id));
        }

        var ordered = assessments.OrderByDescending(a => a.AssessedOn).ThenByDescending(a => a.RecordedAt).ThenByDescending(a => a.Id);
        return await PagedList<AssessmentDto>.CreateAsync(ordered.ToDtos(db), query.Page, query.PageSize, cancellationToken);
    }
}
