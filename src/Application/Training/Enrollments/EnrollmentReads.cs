using AsnCompetency.Application.Common.Behaviours;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Application.Common.Validation;
using AsnCompetency.Domain.Training;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Training.Enrollments;

/// <summary>A session's enrolments the caller can see, in enrolment order (the waitlist in the order it moves up).</summary>
/// <param name="Status">Only enrolments in this status.</param>
[Authorize]
public sealed record GetSessionEnrollmentsQuery(Guid SessionId, EnrollmentStatus? Status = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedList<EnrollmentDto>>, IPagedQuery;

[Authorize]
public sealed record GetEnrollmentQuery(Guid Id) : IQuery<EnrollmentDto>;

[Authorize]
public sealed record GetFollowUpsQuery(Guid EnrollmentId) : IQuery<IReadOnlyList<FollowUpDto>>;

/// <summary>An employee's training history: every enrolment, newest session first, with attendance and follow-ups.</summary>
/// <param name="Year">Only sessions that meet in this year.</param>
[Authorize]
public sealed record GetEmployeeEnrollmentsQuery(Guid EmployeeId, int? Year = null) : IQuery<IReadOnlyList<EnrollmentDto>>, IPersonalDataQuery
{
    Guid IPersonalDataQuery.SubjectEmployeeId => EmployeeId;
}

public sealed class GetSessionEnrollmentsQueryValidator : AbstractValidator<GetSessionEnrollmentsQuery>
{
    public GetSessionEnrollmentsQueryValidator()
    {
        this.ValidPaging();
        RuleFor(q => q.Status).IsInEnum();
    }
}

public sealed class GetEmployeeEnrollmentsQueryValidator : AbstractValidator<GetEmployeeEnrollmentsQuery>
{
    public GetEmployeeEnrollmentsQueryValidator() => RuleFor(q => q.Year).InclusiveBetween(Tna.TnaFilters.MinYear, 2100);
}

public sealed class EnrollmentReadHandlers(IApplicationDbContext db) :
    IQueryHandler<GetSessionEnrollmentsQuery, PagedList<EnrollmentDto>>,
    IQueryHandler<GetEnrollmentQuery, EnrollmentDto>,
    IQueryHandler<GetFollowUpsQuery, IReadOnlyList<FollowUpDto>>,
    IQueryHandler<GetEmployeeEnrollmentsQuery, IReadOnlyList<EnrollmentDto>>
{
    public async ValueTask<PagedList<EnrollmentDto>> Handle(GetSessionEnrollmentsQuery query, CancellationToken cancellationToken)
    {
        if (!await db.TrainingSessions.AnyAsync(s => s.Id == query.SessionId, cancellationToken))
        {
            throw new NotFoundException(TrainingQueries.SessionResource, query.SessionId);
        }

        var enrollments = db.Enrollments.AsNoTracking().Where(e => e.SessionId == query.SessionId);
        if (query.Status is { } status)
        {
            enrollments = enrollments.Where(e => e.Status == status);
        }

        var page = await PagedList<Enrollment>.CreateAsync(
            enrollments.Include(e => e.Attendance).Include(e => e.FollowUps).AsSplitQuery().OrderBy(e => e.QueueNumber), query.Page, query.PageSize, cancellationToken);
        var dtos = await db.ToDtosAsync([.. page.Items], cancellationToken);
        return new PagedList<EnrollmentDto>(dtos, page.Page, page.PageSize, page.TotalCount);
    }

    public async ValueTask<EnrollmentDto> Handle(GetEnrollmentQuery query, CancellationToken cancellationToken) =>
        await db.GetEnrollmentDtoAsync(query.Id, cancellationToken);

    public async ValueTask<IReadOnlyList<FollowUpDto>> Handle(GetFollowUpsQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Enrollments.AnyAsync(e => e.Id == query.EnrollmentId, cancellationToken))
        {
            throw new NotFoundException(TrainingQueries.EnrollmentResource, query.EnrollmentId);
        }

        var followUps = await db.FollowUps.AsNoTracking()
            .Where(f => f.EnrollmentId == query.EnrollmentId)
            .OrderBy(f => f.Date).ThenBy(f => f.CreatedAt)
            .ToListAsync(cancellationToken);
        return [.. followUps.Select(TrainingQueries.ToDto)];
    }

    public async ValueTask<IReadOnlyList<EnrollmentDto>> Handle(GetEmployeeEnrollmentsQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Employees.AnyAsync(e => e.Id == query.EmployeeId, cancellationToken))
        {
            throw new NotFoundException("Employee", query.EmployeeId);
        }

        var enrollments = db.Enrollments.AsNoTracking().Where(e => e.EmployeeId == query.EmployeeId);
        if (query.Year is { } year)
        {
            var (first, last) = CalendarYear.Of(year);
            // The employee's sessions are their agency's or national ones: visible with the filters on.
            enrollments = enrollments.Where(e => db.TrainingSessions.Any(s => s.Id == e.SessionId && s.StartDate <= last && s.EndDate >= first));
        }

        var loaded = await enrollments.Include(e => e.Attendance).Include(e => e.FollowUps).AsSplitQuery().ToListAsync(cancellationToken);
        var dtos = await db.ToDtosAsync(loaded, cancellationToken);
        return [.. dtos.OrderByDescending(d => d.Session.StartDate).ThenBy(d => d.Session.Program.Code)];
    }
}
