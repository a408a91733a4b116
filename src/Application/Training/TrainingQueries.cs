using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Training;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Training;

/// <summary>Reads shared by the training handlers: answers as DTOs, and the session's roster counts.</summary>
internal static class TrainingQueries
{
    public const string ProgramResource = "Training programme";
    public const string SessionResource = "Training session";
    public const string EnrollmentResource = "Enrollment";

    public static async Task<TrainingProgramDto> GetProgramDtoAsync(this IApplicationDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var program = await db.TrainingPrograms.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException(ProgramResource, id);
        var targets = await (
            from t in db.TrainingProgramTargets.AsNoTracking()
            where t.ProgramId == id
            join c in db.Competencies.IgnoreQueryFilters() on t.CompetencyId equals c.Id
            orderby c.Code
            select new ProgramTargetDto(c.Id, c.Code, c.Name, t.TargetLevel))
            .ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return new TrainingProgramDto(
            program.Id,
            program.AgencyId,
            program.Code,
            program.Title,
            program.Description,
            program.Form,
            program.Category,
            program.DeliveryMode,
            new ProgramProviderDto(
                program.ProviderName,
                program.AgreementNumber,
                program.AgreementValidFrom,
                program.AgreementValidUntil,
                program.AgreementNumber is null ? null : program.AgreementCovers(today)),
            program.Jp,
            program.JpSource,
            program.CostPerParticipant,
            program.AnnualCapacity,
            program.IsActive,
            targets,
            $"\"{program.RowVersion}\"");
    }

    public static async Task<TrainingSessionDto> GetSessionDtoAsync(this IApplicationDbContext db, Guid id, CancellationToken cancellationToken)
    {
        // The session alone first: IgnoreQueryFilters anywhere in a query lifts every filter of
        // it, so the cross-agency counts below are queries of their own.
        var s = await db.TrainingSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
            ?? throw new NotFoundException(SessionResource, id);
        var program = await db.TrainingPrograms.AsNoTracking()
            .Where(p => p.Id == s.ProgramId)
            .Select(p => new ProgramReferenceDto(p.Id, p.Code, p.Title, p.Form, p.Jp))
            .FirstAsync(cancellationToken);
        var roster = (await db.RosterCountsAsync([id], cancellationToken)).GetValueOrDefault(id);
        return new TrainingSessionDto(
            s.Id, program, s.AgencyId, s.Code, s.Title, s.StartDate, s.EndDate, s.MeetingDays, s.Location, s.OnlineLink, s.Organiser,
            s.Capacity, roster.PlacesTaken, roster.Waitlisted, s.Status, s.CancellationReason, $"\"{s.RowVersion}\"");
    }

    /// <summary>Places taken and people waiting per session, counting every agency's participants (a national session mixes them).</summary>
    public static async Task<Dictionary<Guid, (int PlacesTaken, int Waitlisted)>> RosterCountsAsync(
        this IApplicationDbContext db, IReadOnlyCollection<Guid> sessionIds, CancellationToken cancellationToken) =>
        await db.Enrollments.IgnoreQueryFilters()
            .Where(e => sessionIds.Contains(e.SessionId))
            .GroupBy(e => e.SessionId)
            .Select(g => new
            {
                SessionId = g.Key,
                Taken = g.Count(e => Enrollment.PlaceHoldingStatuses.Contains(e.Status)),
                Waiting = g.Count(e => e.Status == EnrollmentStatus.Waitlisted),
            })
            .ToDictionaryAsync(x => x.SessionId, x => (x.Taken, x.Waiting), cancellationToken);

    /// <summary>Enrolments as DTOs, in the order of <paramref name="ids"/>; only those the caller can see.</summary>
    public static async Task<List<EnrollmentDto>> GetEnrollmentDtosAsync(this IApplicationDbContext db, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var enrollments = await db.Enrollments.AsNoTracking()
            .Include(e => e.Attendance)
            .Include(e => e.FollowUps)
            .Where(e => ids.Contains(e.Id))
            .ToListAsync(cancellationToken);
        return await db.ToDtosAsync(enrollments, cancellationToken) is var dtos
            ? [.. ids.Select(id => dtos.Find(d => d.Id == id)).OfType<EnrollmentDto>()]
            : [];
    }

    public static async Task<EnrollmentDto> GetEnrollmentDtoAsync(this IApplicationDbContext db, Guid id, CancellationToken cancellationToken) =>
        (await db.GetEnrollmentDtosAsync([id], cancellationToken)).FirstOrDefault() ?? throw new NotFoundException(EnrollmentResource, id);

    /// <summary>Maps loaded enrolments (with attendance and follow-ups) with their sessions, programmes, employees and waitlist positions.</summary>
    public static async Task<List<EnrollmentDto>> ToDtosAsync(this IApplicationDbContext db, IReadOnlyCollection<Enrollment> enrollments, CancellationToken cancellationToken)
    {
        var sessionIds = enrollments.Select(e => e.SessionId).Distinct().ToList();
        var employeeIds = enrollments.Select(e => e.EmployeeId).Distinct().ToList();
        var sessions = await db.TrainingSessions.IgnoreQueryFilters().AsNoTracking()
            .Where(s => sessionIds.Contains(s.Id))
            .Join(db.TrainingPrograms.IgnoreQueryFilters(), s => s.ProgramId, p => p.Id, (s, p) => new { Session = s, Program = new ProgramReferenceDto(p.Id, p.Code, p.Title, p.Form, p.Jp) })
            .ToDictionaryAsync(x => x.Session.Id, cancellationToken);
        var employees = await db.Employees.IgnoreQueryFilters().AsNoTracking()
            .Where(e => employeeIds.Contains(e.Id))
            .Select(e => new EnrolledEmployeeDto(e.Id, e.Nip, e.FullName, e.EmployeeType))
            .ToDictionaryAsync(e => e.Id, cancellationToken);

        // Waitlist positions count everyone waiting ahead, whichever agency they are from.
        var waiting = await db.Enrollments.IgnoreQueryFilters().AsNoTracking()
            .Where(e => sessionIds.Contains(e.SessionId) && e.Status == EnrollmentStatus.Waitlisted)
            .Select(e => new { e.SessionId, e.QueueNumber })
            .ToListAsync(cancellationToken);

        return [.. enrollments.Select(e =>
        {
            var entry = sessions[e.SessionId];
            var session = entry.Session;
            int? position = e.Status == EnrollmentStatus.Waitlisted
                ? waiting.Count(w => w.SessionId == e.SessionId && w.QueueNumber < e.QueueNumber) + 1
                : null;
            return new EnrollmentDto(
                e.Id,
                new SessionReferenceDto(session.Id, session.Code, session.Title, session.StartDate, session.EndDate, session.Status, entry.Program),
                employees[e.EmployeeId],
                e.AgencyId,
                e.PlanItemId,
                e.Status,
                e.QueueNumber,
                position,
                e.StatusReason,
                e.DaysPresent,
                Math.Round(e.AttendanceShare(session), 4),
                [.. e.Attendance.OrderBy(a => a.Date).Select(a => new AttendanceDto(a.Date, a.Present, a.Note))],
                e.CompletedOn,
                e.CertificateNumber,
                e.CreditedJp,
                [.. e.FollowUps.OrderBy(f => f.Date).ThenBy(f => f.CreatedAt).Select(ToDto)],
                e.CreatedAt,
                $"\"{e.RowVersion}\"");
        })];
    }

    /// <summary>
    /// Writes the row even when only its children changed (targets, attendance), so its row
    /// version, and with it the ETag, moves and a stale If-Match is caught.
    /// </summary>
    public static void TouchVersion(this IApplicationDbContext db, AuditableEntity entity) =>
        db.Entry(entity).Property(e => e.UpdatedAt).IsModified = true;

    public static FollowUpDto ToDto(FollowUpActivity f) => new(f.Id, f.EnrollmentId, f.Date, f.Kind, f.MentorEmployeeId, f.MentorName, f.Notes, f.CreatedAt);

    /// <summary>Participants holding a place in the session, from every agency (a national session mixes them).</summary>
    public static Task<int> PlacesTakenAsync(this IApplicationDbContext db, Guid sessionId, CancellationToken cancellationToken) =>
        db.Enrollments.IgnoreQueryFilters().CountAsync(e => e.SessionId == sessionId && Enrollment.PlaceHoldingStatuses.Contains(e.Status), cancellationToken);

    public static async Task<int> NextQueueNumberAsync(this IApplicationDbContext db, Guid sessionId, CancellationToken cancellationToken) =>
        (await db.Enrollments.IgnoreQueryFilters().Where(e => e.SessionId == sessionId).MaxAsync(e => (int?)e.QueueNumber, cancellationToken) ?? 0) + 1;

    /// <summary>
    /// Gives places that are free to the people waiting longest. Call with the session row locked
    /// and earlier changes saved, so the count is the committed truth.
    /// </summary>
    public static async Task<List<Enrollment>> PromoteWaitlistAsync(this IApplicationDbContext db, TrainingSession session, CancellationToken cancellationToken)
    {
        var free = session.FreePlaces(await db.PlacesTakenAsync(session.Id, cancellationToken));
        if (free == 0)
        {
            return [];
        }

        var promoted = await db.Enrollments.IgnoreQueryFilters()
            .Where(e => e.SessionId == session.Id && e.Status == EnrollmentStatus.Waitlisted)
            .OrderBy(e => e.QueueNumber)
            .Take(free)
            .ToListAsync(cancellationToken);
        promoted.ForEach(e => e.Promote());
        await db.SaveChangesAsync(cancellationToken);
        return promoted;
    }

    /// <summary>
    /// Refuses to book an employee on days they already spend in another session: staff time is
    /// limited, and one person cannot attend two trainings at once.
    /// </summary>
    /// <param name="fieldOf">The request field that names each employee, for the error.</param>
    public static async Task EnsureNoOverlapAsync(
        this IApplicationDbContext db, TrainingSession session, IReadOnlyList<Guid> employeeIds, Func<int, string> fieldOf, CancellationToken cancellationToken)
    {
        var days = session.MeetingDays;
        var booking = await (
            from e in db.Enrollments.IgnoreQueryFilters()
            where employeeIds.Contains(e.EmployeeId) && e.SessionId != session.Id
                && e.Status != EnrollmentStatus.Dropped && e.Status != EnrollmentStatus.NoShow
            join s in db.TrainingSessions.IgnoreQueryFilters() on e.SessionId equals s.Id
            where s.Status != SessionStatus.Cancelled && s.MeetingDays.Any(d => days.Contains(d))
            join p in db.TrainingPrograms.IgnoreQueryFilters() on s.ProgramId equals p.Id
            orderby s.StartDate
            select new { e.EmployeeId, Session = s.Code, SessionId = s.Id, Program = p.Code, s.MeetingDays })
            .FirstOrDefaultAsync(cancellationToken);
        if (booking is null)
        {
            return;
        }

        var overlap = booking.MeetingDays.Intersect(days).Order().ToList();
        var name = await db.Employees.IgnoreQueryFilters().Where(e => e.Id == booking.EmployeeId).Select(e => e.FullName).FirstAsync(cancellationToken);
        throw new BusinessRuleException(
            $"{name} is already enrolled in session {booking.Session} of {booking.Program} ({booking.SessionId}), which meets on {string.Join(", ", overlap.Take(5).Select(d => d.ToString("yyyy-MM-dd")))}" +
            $"{(overlap.Count > 5 ? $" and {overlap.Count - 5} more days" : "")}, the same days as this session.",
            fieldOf(employeeIds.ToList().IndexOf(booking.EmployeeId)));
    }
}
