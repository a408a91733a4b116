using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Application.Common.Validation;
using AsnCompetency.Application.Tna;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Training;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Training.Sessions;

/// <summary>Sessions open to the caller's agency (national ones and its own), soonest first.</summary>
/// <param name="ProgramId">Only this programme's sessions.</param>
/// <param name="AgencyId">Only sessions this agency organises.</param>
/// <param name="Status">Only sessions in this status.</param>
/// <param name="From">Only sessions ending on or after this date.</param>
/// <param name="To">Only sessions starting on or before this date.</param>
/// <param name="Year">Only sessions that meet in this year.</param>
[Authorize]
public sealed record GetTrainingSessionsQuery(
    Guid? ProgramId = null,
    Guid? AgencyId = null,
    SessionStatus? Status = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int? Year = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize) : IQuery<PagedList<TrainingSessionSummaryDto>>, IPagedQuery;

[Authorize]
public sealed record GetTrainingSessionQuery(Guid Id) : IQuery<TrainingSessionDto>;

/// <summary>The attendance sheet: every participant holding a place (that the caller can see) × the meeting days.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin, UserRole.Assessor, UserRole.Analyst)]
public sealed record GetAttendanceSheetQuery(Guid SessionId) : IQuery<AttendanceSheetDto>;

public sealed class GetTrainingSessionsQueryValidator : AbstractValidator<GetTrainingSessionsQuery>
{
    public GetTrainingSessionsQueryValidator()
    {
        this.ValidPaging();
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.ProgramId).NotEqual(Guid.Empty);
        RuleFor(q => q.AgencyId).NotEqual(Guid.Empty);
        RuleFor(q => q.Year).InclusiveBetween(TnaFilters.MinYear, 2100);
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null).WithMessage("'to' must not be before 'from'.");
    }
}

public sealed class TrainingSessionReadHandlers(IApplicationDbContext db) :
    IQueryHandler<GetTrainingSessionsQuery, PagedList<TrainingSessionSummaryDto>>,
    IQueryHandler<GetTrainingSessionQuery, TrainingSessionDto>,
    IQueryHandler<GetAttendanceSheetQuery, AttendanceSheetDto>
{
    public async ValueTask<PagedList<TrainingSessionSummaryDto>> Handle(GetTrainingSessionsQuery query, CancellationToken cancellationToken)
    {
        var sessions = db.TrainingSessions.AsNoTracking();
        if (query.ProgramId is { } programId)
        {
            sessions = sessions.Where(s => s.ProgramId == programId);
        }

        if (query.AgencyId is { } agencyId)
        {
            sessions = sessions.Where(s => s.AgencyId == agencyId);
        }

        if (query.Status is { } status)
        {
            sessions = sessions.Where(s => s.Status == status);
        }

        if (query.From is { } from)
        {
            sessions = sessions.Where(s => s.EndDate >= from);
        }

        if (query.To is { } to)
        {
            sessions = sessions.Where(s => s.StartDate <= to);
        }

        if (query.Year is { } year)
        {
            var (first, last) = CalendarYear.Of(year);
            sessions = sessions.Where(s => s.StartDate <= last && s.EndDate >= first);
        }

        // A visible session runs a programme visible to the same caller (national, or the
        // organiser's own), so the join needs no filter lifted; the counts cover every agency and
        // come from a query of their own.
        var rows =
            from s in sessions
            join p in db.TrainingPrograms on s.ProgramId equals p.Id
            orderby s.StartDate, p.Code, s.Code, s.Id
            select new TrainingSessionSummaryDto(
                s.Id,
                new ProgramReferenceDto(p.Id, p.Code, p.Title, p.Form, p.Jp),
                s.AgencyId,
                s.Code,
                s.Title,
                s.StartDate,
                s.EndDate,
                s.MeetingDays.Length,
                s.Location,
                s.Capacity,
                0,
                0,
                s.Status);
        var page = await PagedList<TrainingSessionSummaryDto>.CreateAsync(rows, query.Page, query.PageSize, cancellationToken);
        var roster = await db.RosterCountsAsync([.. page.Items.Select(i => i.Id)], cancellationToken);
        return page.Map(i => roster.TryGetValue(i.Id, out var counts) ? i with { PlacesTaken = counts.PlacesTaken, Waitlisted = counts.Waitlisted } : i);
    }

    public async ValueTask<TrainingSessionDto> Handle(GetTrainingSessionQuery query, CancellationToken cancellationToken) =>
        await db.GetSessionDtoAsync(query.Id, cancellationToken);

    public async ValueTask<AttendanceSheetDto> Handle(GetAttendanceSheetQuery query, CancellationToken cancellationToken)
    {
        var session = await db.TrainingSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == query.SessionId, cancellationToken)
            ?? throw new NotFoundException(TrainingQueries.SessionResource, query.SessionId);
        var enrollments = await db.Enrollments.AsNoTracking()
            .Include(e => e.Attendance)
            .Where(e => e.SessionId == session.Id && Enrollment.PlaceHoldingStatuses.Contains(e.Status))
            .ToListAsync(cancellationToken);
        var employeeIds = enrollments.Select(e => e.EmployeeId).ToList();
        var employees = await db.Employees.IgnoreQueryFilters().AsNoTracking()
            .Where(e => employeeIds.Contains(e.Id))
            .Select(e => new EnrolledEmployeeDto(e.Id, e.Nip, e.FullName, e.EmployeeType))
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        var minimum = (await db.EffectiveSettingsAsync(session.AgencyId, cancellationToken)).MinAttendanceShare;

        // Completion judges each participant by their own agency's minimum; so does the sheet.
        var minimumOf = new Dictionary<Guid, decimal>();
        foreach (var agencyId in enrollments.Select(e => e.AgencyId).Distinct())
        {
            minimumOf[agencyId] = (await db.EffectiveSettingsAsync(agencyId, cancellationToken)).MinAttendanceShare;
        }

        var rows = enrollments
            .Select(e =>
            {
                var byDay = e.Attendance.ToDictionary(a => a.Date, a => a.Present);
                var share = e.AttendanceShare(session);
                return new AttendanceSheetRowDto(
                    e.Id,
                    employees[e.EmployeeId],
                    e.Status,
                    [.. session.MeetingDays.Select(d => byDay.TryGetValue(d, out var present) ? present : (bool?)null)],
                    e.DaysPresent,
                    Math.Round(share, 4),
                    minimumOf[e.AgencyId],
                    share >= minimumOf[e.AgencyId]);
            })
            .OrderBy(r => r.Employee.FullName).ThenBy(r => r.Employee.Nip)
            .ToList();
        return new AttendanceSheetDto(session.Id, session.Code, session.MeetingDays, minimum, rows);
    }
}
