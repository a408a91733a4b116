using AsnCompetency.Application.Common.Concurrency;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Training;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ValidationException = AsnCompetency.Application.Common.Exceptions.ValidationException;

namespace AsnCompetency.Application.Training.Enrollments;

/// <summary>Withdraws a participant or takes them off the waitlist; a place they held goes to the next person waiting.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record DropEnrollmentCommand : ICommand<EnrollmentReleaseDto>
{
    public string? Reason { get; init; }

    internal Guid Id { get; init; }

    internal string? IfMatch { get; init; }

    public DropEnrollmentCommand For(Guid id, string? ifMatch) => this with { Id = id, IfMatch = ifMatch };
}

/// <summary>Records that a registered participant never came; their place goes to the next person waiting.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record MarkNoShowCommand(Guid Id, string? IfMatch) : ICommand<EnrollmentReleaseDto>;

/// <summary>One day of attendance.</summary>
/// <param name="Date">A meeting day of the session.</param>
public sealed record AttendanceInput(DateOnly Date, bool Present, string? Note = null);

/// <summary>Records a participant's attendance on one or more meeting days (a day recorded again is replaced).</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin, UserRole.Assessor)]
public sealed record RecordAttendanceCommand : ICommand<EnrollmentDto>
{
    public IReadOnlyList<AttendanceInput> Days { get; init; } = [];

    internal Guid Id { get; init; }

    public RecordAttendanceCommand For(Guid id) => this with { Id = id };
}

/// <summary>One cell of an attendance sheet.</summary>
public sealed record AttendanceSheetEntry(Guid EnrollmentId, DateOnly Date, bool Present, string? Note = null);

/// <summary>Records a whole attendance sheet of a session in one go: every entry, or none when one is wrong.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin, UserRole.Assessor)]
public sealed record RecordAttendanceSheetCommand : ICommand<int>
{
    public const int MaxEntries = 20_000;

    public IReadOnlyList<AttendanceSheetEntry> Entries { get; init; } = [];

    internal Guid SessionId { get; init; }

    public RecordAttendanceSheetCommand For(Guid sessionId) => this with { SessionId = sessionId };
}

/// <summary>
/// Completes a participant whose attendance meets the agency's minimum share, and credits the
/// programme's JP to their ledger. Completing again changes nothing (a certificate number can be
/// added later this way).
/// </summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record CompleteEnrollmentCommand : ICommand<EnrollmentDto>
{
    /// <summary>Default: the session's last day.</summary>
    public DateOnly? CompletedOn { get; init; }

    /// <summary>The certificate (sertifikat / STTPP) number, when there is one.</summary>
    public string? CertificateNumber { get; init; }

    internal Guid Id { get; init; }

    internal string? IfMatch { get; init; }

    public CompleteEnrollmentCommand For(Guid id, string? ifMatch) => this with { Id = id, IfMatch = ifMatch };
}

/// <summary>Records a follow-up activity after completion: a periodic discussion, mentoring or coaching.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin, UserRole.Assessor)]
public sealed record AddFollowUpCommand : ICommand<FollowUpDto>
{
    public DateOnly Date { get; init; }

    public FollowUpKind Kind { get; init; }

    /// <summary>The mentor, when they are an employee of the agency.</summary>
    public Guid? MentorEmployeeId { get; init; }

    /// <summary>The mentor's name, for a mentor from outside.</summary>
    public string? MentorName { get; init; }

    public string? Notes { get; init; }

    internal Guid EnrollmentId { get; init; }

    public AddFollowUpCommand For(Guid enrollmentId) => this with { EnrollmentId = enrollmentId };
}

public sealed class DropEnrollmentCommandValidator : AbstractValidator<DropEnrollmentCommand>
{
    public DropEnrollmentCommandValidator() => RuleFor(c => c.Reason).MaximumLength(FieldLengths.Note);
}

public sealed class RecordAttendanceCommandValidator : AbstractValidator<RecordAttendanceCommand>
{
    public RecordAttendanceCommandValidator()
    {
        RuleFor(c => c.Days).NotNull().NotEmpty()
            .Must(d => d is null || d.Count <= TrainingSession.MaxMeetingDays).WithMessage($"'days' must hold at most {TrainingSession.MaxMeetingDays} days.")
            .Must(d => d is null || d.Where(x => x is not null).Select(x => x.Date).Distinct().Count() == d.Count(x => x is not null))
            .WithMessage("'days' must name each date once.");
        RuleForEach(c => c.Days).NotNull().ChildRules(day =>
        {
            day.RuleFor(d => d.Date).NotEmpty();
            day.RuleFor(d => d.Note).MaximumLength(FieldLengths.Note);
        });
    }
}

public sealed class RecordAttendanceSheetCommandValidator : AbstractValidator<RecordAttendanceSheetCommand>
{
    public RecordAttendanceSheetCommandValidator()
    {
        RuleFor(c => c.Entries).NotNull().NotEmpty()
            .Must(e => e is null || e.Count <= RecordAttendanceSheetCommand.MaxEntries)
            .WithMessage($"'entries' must hold at most {RecordAttendanceSheetCommand.MaxEntries} cells.")
            .Must(e => e is null || e.Where(x => x is not null).Select(x => (x.EnrollmentId, x.Date)).Distinct().Count() == e.Count(x => x is not null))
            .WithMessage("'entries' must name each participant and date once.");
        RuleForEach(c => c.Entries).NotNull().ChildRules(entry =>
        {
            entry.RuleFor(e => e.EnrollmentId).NotEmpty();
            entry.RuleFor(e => e.Date).NotEmpty();
            entry.RuleFor(e => e.Note).MaximumLength(FieldLengths.Note);
        });
    }
}

public sealed class CompleteEnrollmentCommandValidator : AbstractValidator<CompleteEnrollmentCommand>
{
    public CompleteEnrollmentCommandValidator() => RuleFor(c => c.CertificateNumber).MaximumLength(FieldLengths.Code * 2);
}

public sealed class AddFollowUpCommandValidator : AbstractValidator<AddFollowUpCommand>
{
    public AddFollowUpCommandValidator()
    {
        RuleFor(c => c.Date).NotEmpty();
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.MentorEmployeeId).NotEqual(Guid.Empty);
        RuleFor(c => c.MentorName).MaximumLength(FieldLengths.Name);
        RuleFor(c => c.Notes).MaximumLength(FieldLengths.Description);
    }
}

public sealed class EnrollmentChangeHandlers(IApplicationDbContext db, ICurrentUser user, IRowLocks locks) :
    ICommandHandler<DropEnrollmentCommand, EnrollmentReleaseDto>,
    ICommandHandler<MarkNoShowCommand, EnrollmentReleaseDto>,
    ICommandHandler<RecordAttendanceCommand, EnrollmentDto>,
    ICommandHandler<RecordAttendanceSheetCommand, int>,
    ICommandHandler<CompleteEnrollmentCommand, EnrollmentDto>,
    ICommandHandler<AddFollowUpCommand, FollowUpDto>
{
    public async ValueTask<EnrollmentReleaseDto> Handle(DropEnrollmentCommand command, CancellationToken cancellationToken) =>
        await ReleaseAsync(command.Id, command.IfMatch, (e, _) => e.Drop(command.Reason), cancellationToken);

    public async ValueTask<EnrollmentReleaseDto> Handle(MarkNoShowCommand command, CancellationToken cancellationToken) =>
        await ReleaseAsync(command.Id, command.IfMatch, (e, session) => e.MarkNoShow(session), cancellationToken);

    public async ValueTask<EnrollmentDto> Handle(RecordAttendanceCommand command, CancellationToken cancellationToken)
    {
        var (enrollment, session) = await LoadAsync(command.Id, ifMatch: null, cancellationToken);
        for (var i = 0; i < command.Days.Count; i++)
        {
            var day = command.Days[i];
            enrollment.RecordAttendance(session, day.Date, day.Present, day.Note, $"days[{i}].date");
        }

        db.TouchVersion(enrollment);

        await db.SaveChangesAsync(cancellationToken);
        return await db.GetEnrollmentDtoAsync(enrollment.Id, cancellationToken);
    }

    public async ValueTask<int> Handle(RecordAttendanceSheetCommand command, CancellationToken cancellationToken)
    {
        // Locked like every other roster change, so a completion cannot slip in between.
        await locks.LockSessionAsync(command.SessionId, cancellationToken);
        var session = await db.TrainingSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == command.SessionId, cancellationToken)
            ?? throw new NotFoundException(TrainingQueries.SessionResource, command.SessionId);
        var ids = command.Entries.Select(e => e.EnrollmentId).Distinct().ToList();
        var enrollments = await db.Enrollments.Include(e => e.Attendance)
            .Where(e => e.SessionId == session.Id && ids.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        for (var i = 0; i < command.Entries.Count; i++)
        {
            var entry = command.Entries[i];
            if (!enrollments.TryGetValue(entry.EnrollmentId, out var enrollment))
            {
                throw new ValidationException($"entries[{i}].enrollmentId", $"There is no enrolment {entry.EnrollmentId} in session {session.Code}.");
            }

            try
            {
                enrollment.RecordAttendance(session, entry.Date, entry.Present, entry.Note, $"entries[{i}].date");
                db.TouchVersion(enrollment);
            }
            catch (BusinessRuleException ex)
            {
                // Name the cell that failed, so a sheet of many rows points at the right one.
                throw new BusinessRuleException(ex.Message, $"entries[{i}].enrollmentId");
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return command.Entries.Count;
    }

    public async ValueTask<EnrollmentDto> Handle(CompleteEnrollmentCommand command, CancellationToken cancellationToken)
    {
        var (enrollment, session) = await LoadAsync(command.Id, command.IfMatch, cancellationToken);
        if (enrollment.Status == EnrollmentStatus.Completed)
        {
            return await RepeatCompletionAsync(enrollment, command, cancellationToken);
        }

        var program = await db.TrainingPrograms.IgnoreQueryFilters().AsNoTracking().FirstAsync(p => p.Id == session.ProgramId, cancellationToken);
        await new Completion(db, session, program).CompleteAsync(enrollment, command.CompletedOn ?? session.EndDate, command.CertificateNumber, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await db.GetEnrollmentDtoAsync(enrollment.Id, cancellationToken);
    }

    public async ValueTask<FollowUpDto> Handle(AddFollowUpCommand command, CancellationToken cancellationToken)
    {
        var (enrollment, _) = await LoadAsync(command.EnrollmentId, ifMatch: null, cancellationToken);
        if (command.MentorEmployeeId is { } mentorId && !await db.Employees.AnyAsync(e => e.Id == mentorId, cancellationToken))
        {
            throw new ValidationException("mentorEmployeeId", $"There is no employee {mentorId}.");
        }

        var followUp = enrollment.AddFollowUp(new FollowUpDetails(command.Date, command.Kind, command.MentorEmployeeId, command.MentorName, command.Notes));
        db.FollowUps.Add(followUp);
        await db.SaveChangesAsync(cancellationToken);
        return TrainingQueries.ToDto(followUp);
    }

    /// <summary>A second completion request: the same outcome, or a certificate number added to one that had none.</summary>
    private async Task<EnrollmentDto> RepeatCompletionAsync(Domain.Training.Enrollment enrollment, CompleteEnrollmentCommand command, CancellationToken cancellationToken)
    {
        if (command.CompletedOn is { } date && date != enrollment.CompletedOn)
        {
            throw new BusinessRuleException($"This enrolment was completed on {enrollment.CompletedOn:yyyy-MM-dd}; a completion is not moved.", "completedOn");
        }

        if (!string.IsNullOrWhiteSpace(command.CertificateNumber) && command.CertificateNumber.Trim() != enrollment.CertificateNumber)
        {
            enrollment.RecordCertificate(command.CertificateNumber);
            var ledger = await db.LearningRecords.FirstAsync(r => r.EnrollmentId == enrollment.Id, cancellationToken);
            ledger.RecordCertificate(enrollment.CertificateNumber);
            await db.SaveChangesAsync(cancellationToken);
        }

        return await db.GetEnrollmentDtoAsync(enrollment.Id, cancellationToken);
    }

    private async Task<EnrollmentReleaseDto> ReleaseAsync(Guid id, string? ifMatch, Action<Domain.Training.Enrollment, TrainingSession> release, CancellationToken cancellationToken)
    {
        var (enrollment, session) = await LoadAsync(id, ifMatch, cancellationToken);
        release(enrollment, session);
        await db.SaveChangesAsync(cancellationToken);
        var promoted = await db.PromoteWaitlistAsync(session, cancellationToken);
        var dtos = await db.GetEnrollmentDtosAsync([enrollment.Id, .. promoted.Select(p => p.Id)], cancellationToken);

        // Promoted people of other agencies (national sessions) are not the caller's to see.
        return new EnrollmentReleaseDto(dtos[0], dtos[1..]);
    }

    /// <summary>Loads an enrolment with its attendance and its session (locked), for a change by someone who may make it.</summary>
    private async Task<(Domain.Training.Enrollment Enrollment, TrainingSession Session)> LoadAsync(Guid id, string? ifMatch, CancellationToken cancellationToken)
    {
        var sessionId = await db.Enrollments.Where(e => e.Id == id).Select(e => (Guid?)e.SessionId).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(TrainingQueries.EnrollmentResource, id);
        await locks.LockSessionAsync(sessionId, cancellationToken);
        var enrollment = await db.Enrollments.Include(e => e.Attendance).FirstAsync(e => e.Id == id, cancellationToken);
        if (user.Role != UserRole.Assessor)
        {
            AccessPolicy.EnsureCanMaintain(user, enrollment.AgencyId, "this agency's enrolments");
        }

        EntityTag.EnsureMatches(enrollment, ifMatch, "the enrolment");
        var session = await db.TrainingSessions.IgnoreQueryFilters().AsNoTracking().FirstAsync(s => s.Id == sessionId, cancellationToken);
        return (enrollment, session);
    }
}
