using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Planning;
using AsnCompetency.Domain.Training;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ValidationException = AsnCompetency.Application.Common.Exceptions.ValidationException;

namespace AsnCompetency.Application.Training.Enrollments;

/// <summary>
/// Enrols one employee in a session: a place while there is one, the waitlist after. Give the
/// employee, or a development-plan item of an approved plan (its employee is enrolled), or both
/// for an item planned for a unit's staff.
/// </summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record EnrolCommand : ICommand<EnrollmentDto>
{
    public Guid? EmployeeId { get; init; }

    /// <summary>The item of an approved development plan this enrolment carries out.</summary>
    public Guid? PlanItemId { get; init; }

    internal Guid SessionId { get; init; }

    public EnrolCommand For(Guid sessionId) => this with { SessionId = sessionId };
}

/// <summary>Enrols several employees at once, in the order given: all of them, or none when one cannot be.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record EnrolBatchCommand : ICommand<EnrollmentBatchResultDto>
{
    public const int MaxEmployees = 1_000;

    public IReadOnlyList<Guid> EmployeeIds { get; init; } = [];

    /// <summary>The plan item every one of them carries out (an item planned for a unit's staff).</summary>
    public Guid? PlanItemId { get; init; }

    internal Guid SessionId { get; init; }

    public EnrolBatchCommand For(Guid sessionId) => this with { SessionId = sessionId };
}

public sealed class EnrolCommandValidator : AbstractValidator<EnrolCommand>
{
    public EnrolCommandValidator()
    {
        RuleFor(c => c.EmployeeId).NotEqual(Guid.Empty);
        RuleFor(c => c.PlanItemId).NotEqual(Guid.Empty);
        RuleFor(c => c.EmployeeId).NotNull().When(c => c.PlanItemId is null).WithMessage("Give 'employeeId', or 'planItemId' of an item planned for one employee.");
    }
}

public sealed class EnrolBatchCommandValidator : AbstractValidator<EnrolBatchCommand>
{
    public EnrolBatchCommandValidator()
    {
        RuleFor(c => c.EmployeeIds).NotNull().NotEmpty()
            .Must(ids => ids is null || ids.Count <= EnrolBatchCommand.MaxEmployees).WithMessage($"'employeeIds' must hold at most {EnrolBatchCommand.MaxEmployees} employees.")
            .Must(ids => ids is null || ids.Distinct().Count() == ids.Count).WithMessage("'employeeIds' must name each employee once.");
        RuleForEach(c => c.EmployeeIds).NotEmpty();
        RuleFor(c => c.PlanItemId).NotEqual(Guid.Empty);
    }
}

public sealed class EnrolHandlers(IApplicationDbContext db, ICurrentUser user, IRowLocks locks) :
    ICommandHandler<EnrolCommand, EnrollmentDto>,
    ICommandHandler<EnrolBatchCommand, EnrollmentBatchResultDto>
{
    public async ValueTask<EnrollmentDto> Handle(EnrolCommand command, CancellationToken cancellationToken)
    {
        var session = await LoadSessionAsync(command.SessionId, cancellationToken);
        var planned = command.PlanItemId is { } itemId ? await LoadPlanItemAsync(itemId, session, cancellationToken) : ((DevelopmentPlanItem Item, Guid AgencyId)?)null;
        var item = planned?.Item;
        var employeeId = command.EmployeeId ?? item?.EmployeeId
            ?? throw new ValidationException("employeeId", "The plan item is for a unit's staff: name the employee to enrol.");
        if (item?.EmployeeId is { } plannedFor && plannedFor != employeeId)
        {
            throw new ValidationException("employeeId", "The plan item is planned for another employee.");
        }

        var enrollments = await EnrolAsync(session, [employeeId], planned, _ => "employeeId", cancellationToken);
        return await db.GetEnrollmentDtoAsync(enrollments[0].Id, cancellationToken);
    }

    public async ValueTask<EnrollmentBatchResultDto> Handle(EnrolBatchCommand command, CancellationToken cancellationToken)
    {
        var session = await LoadSessionAsync(command.SessionId, cancellationToken);
        var planned = command.PlanItemId is { } itemId ? await LoadPlanItemAsync(itemId, session, cancellationToken) : ((DevelopmentPlanItem Item, Guid AgencyId)?)null;
        if (planned?.Item.EmployeeId is { } plannedFor && command.EmployeeIds.Any(id => id != plannedFor))
        {
            throw new ValidationException("employeeIds", "The plan item is planned for one employee; enrol only them.");
        }

        var enrollments = await EnrolAsync(session, command.EmployeeIds, planned, i => $"employeeIds[{i}]", cancellationToken);
        var dtos = await db.GetEnrollmentDtosAsync([.. enrollments.Select(e => e.Id)], cancellationToken);
        return new EnrollmentBatchResultDto(
            dtos.Count(d => d.Status == EnrollmentStatus.Registered), dtos.Count(d => d.Status == EnrollmentStatus.Waitlisted), dtos);
    }

    private async Task<TrainingSession> LoadSessionAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        // Locked first: the places counted below stay true until this change commits.
        await locks.LockSessionAsync(sessionId, cancellationToken);
        var session = await db.TrainingSessions.FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken)
            ?? throw new NotFoundException(TrainingQueries.SessionResource, sessionId);
        if (!await db.TrainingPrograms.AnyAsync(p => p.Id == session.ProgramId && p.IsActive, cancellationToken))
        {
            throw new BusinessRuleException($"The programme of session {session.Code} is withdrawn; it takes no enrolments.");
        }

        return session;
    }

    /// <summary>A plan item can be carried out once its plan is approved, by a session of the programme it names.</summary>
    private async Task<(DevelopmentPlanItem Item, Guid AgencyId)> LoadPlanItemAsync(Guid itemId, TrainingSession session, CancellationToken cancellationToken)
    {
        var found = await db.DevelopmentPlanItems.AsNoTracking()
            .Where(i => i.Id == itemId)
            .Select(i => new { Item = i, Plan = db.DevelopmentPlans.Where(p => p.Id == i.PlanId).Select(p => new { p.Status, p.AgencyId }).First() })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new ValidationException("planItemId", $"There is no development-plan item {itemId}.");
        if (found.Plan.Status != PlanStatus.Approved)
        {
            throw new BusinessRuleException($"The item's plan is {found.Plan.Status}; enrolments carry out an approved plan.", "planItemId");
        }

        if (found.Item.ProgramId != session.ProgramId)
        {
            throw new ValidationException("planItemId", "The plan item is for another programme than this session's, or for none.");
        }

        return (found.Item, found.Plan.AgencyId);
    }

    /// <summary>An item is carried out by at most as many enrolments as it plans participants.</summary>
    private async Task EnsureItemHasRoomAsync(DevelopmentPlanItem item, int adding, CancellationToken cancellationToken)
    {
        var used = await db.Enrollments.IgnoreQueryFilters()
            .CountAsync(e => e.PlanItemId == item.Id && e.Status != EnrollmentStatus.Dropped && e.Status != EnrollmentStatus.NoShow, cancellationToken);
        if (used + adding > item.ParticipantCount)
        {
            throw new BusinessRuleException(
                $"The plan item is for {item.ParticipantCount} participant(s) and {used} enrolled already; {adding} more would exceed it.", "planItemId");
        }
    }

    private async Task<List<Enrollment>> EnrolAsync(
        TrainingSession session, IReadOnlyList<Guid> employeeIds, (DevelopmentPlanItem Item, Guid AgencyId)? planned, Func<int, string> fieldOf, CancellationToken cancellationToken)
    {
        var item = planned?.Item;
        session.EnsureAcceptsEnrolment();
        if (item is not null)
        {
            await EnsureItemHasRoomAsync(item, employeeIds.Count, cancellationToken);
        }

        await locks.LockEmployeesAsync(employeeIds, cancellationToken);
        var employees = await db.Employees.AsNoTracking()
            .Where(e => employeeIds.Contains(e.Id))
            .Select(e => new { e.Id, e.AgencyId, e.IsActive, e.FullName })
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        var existing = await db.Enrollments.IgnoreQueryFilters()
            .Include(e => e.Attendance)
            .Where(e => e.SessionId == session.Id && employeeIds.Contains(e.EmployeeId))
            .ToDictionaryAsync(e => e.EmployeeId, cancellationToken);
        for (var i = 0; i < employeeIds.Count; i++)
        {
            if (!employees.TryGetValue(employeeIds[i], out var employee))
            {
                throw new ValidationException(fieldOf(i), $"There is no employee {employeeIds[i]}.");
            }

            AccessPolicy.EnsureCanMaintain(user, employee.AgencyId, "enrolments of this agency's staff");
            if (!employee.IsActive)
            {
                throw new ValidationException(fieldOf(i), $"{employee.FullName} is no longer active.");
            }

            if (planned is { } p && p.AgencyId != employee.AgencyId)
            {
                throw new ValidationException(fieldOf(i), $"{employee.FullName} is not on the staff of the agency whose plan the item belongs to.");
            }

            if (session.AgencyId is { } organiser && organiser != employee.AgencyId)
            {
                throw new ValidationException(fieldOf(i), $"Session {session.Code} is organised by another agency for its own staff; {employee.FullName} cannot join it.");
            }

            if (existing.TryGetValue(employee.Id, out var earlier) && Enrollment.BooksDaysIn(earlier.Status))
            {
                throw new BusinessRuleException($"{employee.FullName} is already enrolled in session {session.Code} ({earlier.Status}).", fieldOf(i));
            }
        }

        await db.EnsureNoOverlapAsync(session, employeeIds, fieldOf, cancellationToken);

        var placesTaken = await db.PlacesTakenAsync(session.Id, cancellationToken);
        var queueNumber = await db.NextQueueNumberAsync(session.Id, cancellationToken);
        var enrolled = new List<Enrollment>(employeeIds.Count);
        foreach (var employeeId in employeeIds)
        {
            Enrollment enrollment;
            if (existing.TryGetValue(employeeId, out var earlier))
            {
                earlier.Rejoin(session, item?.Id, placesTaken, queueNumber++);
                enrollment = earlier;
            }
            else
            {
                enrollment = Enrollment.Create(session, employeeId, employees[employeeId].AgencyId, item?.Id, placesTaken, queueNumber++);
                db.Enrollments.Add(enrollment);
            }

            if (enrollment.HoldsPlace)
            {
                placesTaken++;
            }

            enrolled.Add(enrollment);
        }

        await db.SaveChangesAsync(cancellationToken);
        return enrolled;
    }
}
