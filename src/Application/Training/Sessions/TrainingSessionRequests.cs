using AsnCompetency.Application.Common.Concurrency;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Application.Common.Validation;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Training;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ValidationException = AsnCompetency.Application.Common.Exceptions.ValidationException;

namespace AsnCompetency.Application.Training.Sessions;

/// <summary>The fields of a session as a caller sends them.</summary>
public record TrainingSessionInput
{
    public string? Title { get; init; }

    public DateOnly StartDate { get; init; }

    public DateOnly EndDate { get; init; }

    /// <summary>The days the session meets (within start–end); omit for every day from start to end.</summary>
    public IReadOnlyList<DateOnly>? MeetingDays { get; init; }

    public string? Location { get; init; }

    /// <summary>The meeting link of an online or blended session (http or https).</summary>
    public string? OnlineLink { get; init; }

    /// <summary>Who organises it (penyelenggara), e.g. BKPSDM or a partner institution.</summary>
    public string? Organiser { get; init; }

    /// <summary>Participants who get a place; later enrolments join the waitlist.</summary>
    public int Capacity { get; init; }

    internal TrainingSessionDetails ToDetails() => new(StartDate, EndDate, Capacity, MeetingDays)
    {
        Title = Title,
        Location = Location,
        OnlineLink = OnlineLink,
        Organiser = Organiser,
    };
}

/// <summary>Schedules a session (angkatan) of a programme. It starts Planned.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record CreateTrainingSessionCommand : TrainingSessionInput, ICommand<TrainingSessionDto>
{
    public Guid ProgramId { get; init; }

    /// <summary>The organising agency; omit for a national session (SystemAdmin). An AgencyAdmin's sessions are always their agency's.</summary>
    public Guid? AgencyId { get; init; }

    /// <summary>Unique within the programme and organiser, e.g. ANGKATAN-1.</summary>
    public string Code { get; init; } = "";
}

/// <summary>Changes a session that has not closed. New days are checked against the participants' other sessions.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record UpdateTrainingSessionCommand : TrainingSessionInput, ICommand<TrainingSessionDto>
{
    internal Guid Id { get; init; }

    internal string? IfMatch { get; init; }

    public UpdateTrainingSessionCommand For(Guid id, string? ifMatch) => this with { Id = id, IfMatch = ifMatch };
}

/// <summary>The status changes of a session.</summary>
public enum SessionTransition
{
    Open,
    Start,
    Cancel,
}

/// <summary>Planned → Open (enrolment opens), Open → Running, or → Cancelled (every participant and waitlisted person is dropped).</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record ChangeTrainingSessionStatusCommand(Guid Id, SessionTransition Transition, string? Reason, string? IfMatch) : ICommand<TrainingSessionDto>;

/// <summary>
/// Running → Completed. Unless told otherwise, also completes every participant whose attendance
/// meets the minimum (crediting JP, completion date = the session's end), marks those present on
/// no day as no-shows, and closes the waitlist; participants below the minimum are listed for an
/// admin to decide.
/// </summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record CompleteTrainingSessionCommand : ICommand<SessionCompletionDto>
{
    /// <summary>Complete the participants too (default true).</summary>
    public bool CompleteParticipants { get; init; } = true;

    internal Guid Id { get; init; }

    internal string? IfMatch { get; init; }

    public CompleteTrainingSessionCommand For(Guid id, string? ifMatch) => this with { Id = id, IfMatch = ifMatch };
}

public abstract class TrainingSessionInputValidator<T> : AbstractValidator<T>
    where T : TrainingSessionInput
{
    protected TrainingSessionInputValidator()
    {
        RuleFor(s => s.Title).MaximumLength(FieldLengths.Name);
        RuleFor(s => s.StartDate).NotEmpty();
        RuleFor(s => s.EndDate).NotEmpty().GreaterThanOrEqualTo(s => s.StartDate).WithMessage("'endDate' must not be before 'startDate'.");
        RuleFor(s => s.MeetingDays).Must(d => d is null || d.Count <= TrainingSession.MaxMeetingDays)
            .WithMessage($"'meetingDays' must hold at most {TrainingSession.MaxMeetingDays} days.");
        RuleFor(s => s.Location).MaximumLength(FieldLengths.Name);
        RuleFor(s => s.OnlineLink).MaximumLength(FieldLengths.Url);
        RuleFor(s => s.Organiser).MaximumLength(FieldLengths.Name);
        RuleFor(s => s.Capacity).InclusiveBetween(1, TrainingSession.MaxCapacity);
    }
}

public sealed class CreateTrainingSessionCommandValidator : TrainingSessionInputValidator<CreateTrainingSessionCommand>
{
    public CreateTrainingSessionCommandValidator()
    {
        RuleFor(s => s.ProgramId).NotEmpty();
        RuleFor(s => s.AgencyId).NotEqual(Guid.Empty);
        RuleFor(s => s.Code).ValidCode();
    }
}

public sealed class UpdateTrainingSessionCommandValidator : TrainingSessionInputValidator<UpdateTrainingSessionCommand>;

public sealed class ChangeTrainingSessionStatusCommandValidator : AbstractValidator<ChangeTrainingSessionStatusCommand>
{
    public ChangeTrainingSessionStatusCommandValidator()
    {
        RuleFor(c => c.Transition).IsInEnum();
        RuleFor(c => c.Reason).MaximumLength(FieldLengths.Note);
        RuleFor(c => c.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).When(c => c.Transition == SessionTransition.Cancel)
            .WithMessage("'reason' is required to cancel a session.");
    }
}

public sealed class TrainingSessionHandlers(IApplicationDbContext db, ICurrentUser user, IRowLocks locks) :
    ICommandHandler<CreateTrainingSessionCommand, TrainingSessionDto>,
    ICommandHandler<UpdateTrainingSessionCommand, TrainingSessionDto>,
    ICommandHandler<ChangeTrainingSessionStatusCommand, TrainingSessionDto>,
    ICommandHandler<CompleteTrainingSessionCommand, SessionCompletionDto>
{
    public async ValueTask<TrainingSessionDto> Handle(CreateTrainingSessionCommand command, CancellationToken cancellationToken)
    {
        var agencyId = await db.OwnerForNewAsync(user, command.AgencyId, "this agency's training sessions", cancellationToken);

        var program = await db.TrainingPrograms.AsNoTracking()
            .FirstOrDefaultAsync(p => p.Id == command.ProgramId && (p.AgencyId == null || p.AgencyId == agencyId), cancellationToken)
            ?? throw new ValidationException("programId", agencyId is null
                ? $"There is no national programme {command.ProgramId}; a national session runs a national programme."
                : $"There is no programme {command.ProgramId} open to this agency.");
        if (!program.IsActive)
        {
            throw new BusinessRuleException($"Programme {program.Code} is withdrawn; activate it before scheduling sessions.", "programId");
        }

        var code = command.Code.Trim().ToUpperInvariant();
        if (await db.TrainingSessions.IgnoreQueryFilters().AnyAsync(s => s.ProgramId == program.Id && s.AgencyId == agencyId && s.Code == code, cancellationToken))
        {
            throw new BusinessRuleException($"Programme {program.Code} already has a session {code} {(agencyId is null ? "run nationally" : "in this agency")}.", "code");
        }

        var session = TrainingSession.Create(program.Id, agencyId, code, command.ToDetails());
        db.TrainingSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return await db.GetSessionDtoAsync(session.Id, cancellationToken);
    }

    public async ValueTask<TrainingSessionDto> Handle(UpdateTrainingSessionCommand command, CancellationToken cancellationToken)
    {
        var session = await LoadForChangeAsync(command.Id, command.IfMatch, cancellationToken);
        var daysBefore = session.MeetingDays;
        session.Update(command.ToDetails(), await db.PlacesTakenAsync(session.Id, cancellationToken));
        if (!daysBefore.SequenceEqual(session.MeetingDays))
        {
            var booked = await db.Enrollments.IgnoreQueryFilters()
                .Where(e => e.SessionId == session.Id && e.Status != EnrollmentStatus.Dropped && e.Status != EnrollmentStatus.NoShow)
                .Select(e => e.EmployeeId)
                .ToListAsync(cancellationToken);

            // The same lock order as enrolment (session, then employees): no double booking slips in between.
            await locks.LockEmployeesAsync(booked, cancellationToken);
            await db.EnsureNoOverlapAsync(session, booked, _ => "meetingDays", cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);

        // A larger capacity gives places to the waitlist at once.
        await db.PromoteWaitlistAsync(session, cancellationToken);
        return await db.GetSessionDtoAsync(session.Id, cancellationToken);
    }

    public async ValueTask<TrainingSessionDto> Handle(ChangeTrainingSessionStatusCommand command, CancellationToken cancellationToken)
    {
        var session = await LoadForChangeAsync(command.Id, command.IfMatch, cancellationToken);
        switch (command.Transition)
        {
            case SessionTransition.Open:
                session.Open();
                break;
            case SessionTransition.Start:
                session.Start();
                break;
            default:
                var completed = await db.Enrollments.IgnoreQueryFilters().CountAsync(e => e.SessionId == session.Id && e.Status == EnrollmentStatus.Completed, cancellationToken);
                if (completed > 0)
                {
                    throw new BusinessRuleException(
                        $"Session {session.Code} has {completed} completed participants with JP credited; a session that took place cannot be cancelled. Complete it instead.");
                }

                session.Cancel(command.Reason!);
                var active = await db.Enrollments.IgnoreQueryFilters()
                    .Where(e => e.SessionId == session.Id
                        && (e.Status == EnrollmentStatus.Registered || e.Status == EnrollmentStatus.Waitlisted || e.Status == EnrollmentStatus.Attending))
                    .ToListAsync(cancellationToken);
                active.ForEach(e => e.Drop($"Session cancelled: {session.CancellationReason}"));
                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.GetSessionDtoAsync(session.Id, cancellationToken);
    }

    public async ValueTask<SessionCompletionDto> Handle(CompleteTrainingSessionCommand command, CancellationToken cancellationToken)
    {
        var session = await LoadForChangeAsync(command.Id, command.IfMatch, cancellationToken);
        session.Complete();
        int completed = 0, noShows = 0;
        var below = new List<Guid>();

        // Nobody waits for a place in a session that is over.
        var waiting = await db.Enrollments.IgnoreQueryFilters()
            .Where(e => e.SessionId == session.Id && e.Status == EnrollmentStatus.Waitlisted)
            .ToListAsync(cancellationToken);
        waiting.ForEach(e => e.Drop("The session completed before a place became free."));
        var waitlistClosed = waiting.Count;
        if (command.CompleteParticipants)
        {
            var program = await db.TrainingPrograms.IgnoreQueryFilters().AsNoTracking().FirstAsync(p => p.Id == session.ProgramId, cancellationToken);
            var completion = new Completion(db, session, program);
            var open = await db.Enrollments.IgnoreQueryFilters()
                .Include(e => e.Attendance)
                .Where(e => e.SessionId == session.Id && (e.Status == EnrollmentStatus.Registered || e.Status == EnrollmentStatus.Attending))
                .OrderBy(e => e.QueueNumber)
                .ToListAsync(cancellationToken);
            foreach (var enrollment in open)
            {
                if (enrollment.DaysPresent == 0)
                {
                    enrollment.MarkNoShow(session);
                    noShows++;
                }
                else if (await completion.MeetsAttendanceAsync(enrollment, cancellationToken))
                {
                    await completion.CompleteAsync(enrollment, session.EndDate, certificateNumber: null, cancellationToken);
                    completed++;
                }
                else
                {
                    below.Add(enrollment.EmployeeId);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var belowEmployees = await db.Employees.IgnoreQueryFilters().AsNoTracking()
            .Where(e => below.Contains(e.Id))
            .OrderBy(e => e.FullName)
            .Select(e => new EnrolledEmployeeDto(e.Id, e.Nip, e.FullName, e.EmployeeType))
            .ToListAsync(cancellationToken);
        return new SessionCompletionDto(await db.GetSessionDtoAsync(session.Id, cancellationToken), completed, noShows, waitlistClosed, belowEmployees);
    }

    private async Task<TrainingSession> LoadForChangeAsync(Guid id, string? ifMatch, CancellationToken cancellationToken)
    {
        // Locked before it is read, so enrolments counted later in this change stay true.
        await locks.LockSessionAsync(id, cancellationToken);
        var session = await db.TrainingSessions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
            ?? throw new NotFoundException(TrainingQueries.SessionResource, id);
        AccessPolicy.EnsureCanMaintain(user, session.AgencyId, "this training session");
        EntityTag.EnsureMatches(session, ifMatch, "the training session");
        return session;
    }
}
