using AsnCompetency.Domain.Common;

namespace AsnCompetency.Domain.Training;

/// <summary>
/// Registered → Attending → Completed, or Dropped / NoShow; Waitlisted while the session is
/// full, until a place frees up.
/// </summary>
public enum EnrollmentStatus
{
    Registered,
    Waitlisted,
    Attending,
    Completed,
    Dropped,
    NoShow,
}

/// <summary>What a follow-up activity after training was (seed documents: periodic discussions, mentoring).</summary>
public enum FollowUpKind
{
    PeriodicDiscussion,
    Mentoring,
    Coaching,
    WorkplaceObservation,
    Other,
}

/// <summary>
/// One employee's place in a session: their status, attendance per meeting day, the completion
/// that credits JP to their ledger, and the follow-up activities after it.
/// </summary>
public sealed class Enrollment : AuditableEntity, IHasRowVersion
{
    private readonly List<AttendanceRecord> _attendance = [];
    private readonly List<FollowUpActivity> _followUps = [];

    private Enrollment()
    {
    }

    public Guid SessionId { get; private set; }

    public Guid EmployeeId { get; private set; }

    /// <summary>The employee's agency, on the row so scope needs no join.</summary>
    public Guid AgencyId { get; private set; }

    /// <summary>The development-plan item this enrolment carries out, when it came from one.</summary>
    public Guid? PlanItemId { get; private set; }

    public EnrollmentStatus Status { get; private set; }

    /// <summary>Order of enrolment within the session: the waitlist is promoted in this order.</summary>
    public int QueueNumber { get; private set; }

    /// <summary>Why the enrolment was dropped, or the session's cancellation.</summary>
    public string? StatusReason { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public string? CertificateNumber { get; private set; }

    /// <summary>JP credited to the ledger at completion.</summary>
    public int? CreditedJp { get; private set; }

    public IReadOnlyCollection<AttendanceRecord> Attendance => _attendance;

    public IReadOnlyCollection<FollowUpActivity> FollowUps => _followUps;

    public uint RowVersion { get; private set; }

    /// <summary>The statuses of participants who take a place in the session (for queries).</summary>
    public static readonly EnrollmentStatus[] PlaceHoldingStatuses = [EnrollmentStatus.Registered, EnrollmentStatus.Attending, EnrollmentStatus.Completed];

    /// <summary>Registered, attending and completed participants take a place in the session.</summary>
    public bool HoldsPlace => HoldsPlaceIn(Status);

    public int DaysPresent => _attendance.Count(a => a.Present);

    public static bool HoldsPlaceIn(EnrollmentStatus status) =>
        status is EnrollmentStatus.Registered or EnrollmentStatus.Attending or EnrollmentStatus.Completed;

    /// <summary>
    /// Statuses that keep the employee's time booked on the session's days: a waitlisted person
    /// may be promoted at any moment, so they cannot be booked elsewhere on those days either.
    /// </summary>
    public static bool BooksDaysIn(EnrollmentStatus status) => status is not (EnrollmentStatus.Dropped or EnrollmentStatus.NoShow);

    /// <param name="placesTaken">Participants holding a place in the session now.</param>
    /// <param name="queueNumber">The next number in the session's enrolment order.</param>
    public static Enrollment Create(TrainingSession session, Guid employeeId, Guid agencyId, Guid? planItemId, int placesTaken, int queueNumber) => new()
    {
        SessionId = session.Id,
        EmployeeId = employeeId,
        AgencyId = agencyId,
        PlanItemId = planItemId,
        Status = session.AdmissionStatus(placesTaken),
        QueueNumber = queueNumber,
    };

    /// <summary>Enrols again someone who dropped out or did not show: they join at the back, like anyone new.</summary>
    public void Rejoin(TrainingSession session, Guid? planItemId, int placesTaken, int queueNumber)
    {
        if (Status is not (EnrollmentStatus.Dropped or EnrollmentStatus.NoShow))
        {
            throw new BusinessRuleException($"This employee is already enrolled in session {session.Code} ({Status}).", "employeeId");
        }

        Status = session.AdmissionStatus(placesTaken);
        QueueNumber = queueNumber;
        PlanItemId = planItemId ?? PlanItemId;
        StatusReason = null;
        _attendance.Clear();
    }

    /// <summary>Moves a waitlisted participant into a place that has freed up.</summary>
    public void Promote()
    {
        if (Status != EnrollmentStatus.Waitlisted)
        {
            throw new BusinessRuleException($"Only a waitlisted enrolment can be promoted; this one is {Status}.");
        }

        Status = EnrollmentStatus.Registered;
    }

    /// <summary>Withdraws the participant (or removes them from the waitlist); a place they held frees up.</summary>
    public void Drop(string? reason)
    {
        if (Status is not (EnrollmentStatus.Registered or EnrollmentStatus.Waitlisted or EnrollmentStatus.Attending))
        {
            throw new BusinessRuleException($"This enrolment is {Status}; only a registered, waitlisted or attending one can be dropped.");
        }

        Status = EnrollmentStatus.Dropped;
        StatusReason = Text.OrNull(reason);
    }

    /// <summary>Records that a registered participant never came (once the session has begun; before, they are dropped).</summary>
    public void MarkNoShow(TrainingSession session)
    {
        if (session.Status is not (SessionStatus.Running or SessionStatus.Completed))
        {
            throw new BusinessRuleException($"Session {session.Code} is {session.Status}; a no-show is recorded once it has begun (drop the enrolment before).");
        }

        if (Status != EnrollmentStatus.Registered)
        {
            throw new BusinessRuleException($"This enrolment is {Status}; only a registered participant who attended no day can be a no-show.");
        }

        Status = EnrollmentStatus.NoShow;
    }

    /// <summary>Records presence or absence on one of the session's meeting days (again for the same day replaces it).</summary>
    public void RecordAttendance(TrainingSession session, DateOnly date, bool present, string? note, string field = "date")
    {
        if (session.Status is SessionStatus.Planned or SessionStatus.Cancelled)
        {
            throw new BusinessRuleException($"Session {session.Code} is {session.Status}; attendance is taken once it is open.");
        }

        if (Status is not (EnrollmentStatus.Registered or EnrollmentStatus.Attending))
        {
            throw new BusinessRuleException($"This enrolment is {Status}; attendance is recorded for registered and attending participants only.");
        }

        if (!session.IsMeetingDay(date))
        {
            throw new DomainValidationException(field, $"{date:yyyy-MM-dd} is not a meeting day of session {session.Code}.");
        }

        var trimmedNote = Text.OrNull(note);
        if (_attendance.Find(a => a.Date == date) is { } existing)
        {
            existing.Present = present;
            existing.Note = trimmedNote;
        }
        else
        {
            _attendance.Add(new AttendanceRecord(Id, date, present, trimmedNote));
        }

        if (present && Status == EnrollmentStatus.Registered)
        {
            Status = EnrollmentStatus.Attending;
        }
        else if (Status == EnrollmentStatus.Attending && DaysPresent == 0)
        {
            Status = EnrollmentStatus.Registered;
        }
    }

    /// <summary>Share of the session's meeting days the participant was present on.</summary>
    public decimal AttendanceShare(TrainingSession session) =>
        session.MeetingDays.Length == 0 ? 0m : (decimal)MeetingDaysPresent(session) / session.MeetingDays.Length;

    /// <summary>Days present that are (still) meeting days of the session.</summary>
    public int MeetingDaysPresent(TrainingSession session) => _attendance.Count(a => a.Present && session.IsMeetingDay(a.Date));

    /// <summary>
    /// Completes the participation when attendance reaches <paramref name="minimumShare"/> and
    /// credits <paramref name="jp"/>. The ledger entry is written by the caller from the result.
    /// </summary>
    public void Complete(TrainingSession session, decimal minimumShare, int jp, DateOnly completedOn, string? certificateNumber)
    {
        if (Status is not (EnrollmentStatus.Registered or EnrollmentStatus.Attending))
        {
            throw new BusinessRuleException($"This enrolment is {Status}; only a registered or attending participant can complete.");
        }

        if (session.Status is SessionStatus.Planned or SessionStatus.Cancelled)
        {
            throw new BusinessRuleException($"Session {session.Code} is {session.Status}; participants complete a session that has run.");
        }

        if (completedOn < session.StartDate || completedOn > session.EndDate.AddYears(1))
        {
            throw new DomainValidationException(
                "completedOn", $"must be between the session's start ({session.StartDate:yyyy-MM-dd}) and a year after its end ({session.EndDate.AddYears(1):yyyy-MM-dd}).");
        }

        var share = AttendanceShare(session);
        if (share < minimumShare)
        {
            throw new BusinessRuleException(
                $"Completion needs attendance on at least {Percent(minimumShare)} of the meeting days (the agency's minimum attendance share); " +
                $"this participant was present on {MeetingDaysPresent(session)} of {session.MeetingDays.Length} ({Percent(share)}).");
        }

        Status = EnrollmentStatus.Completed;
        CompletedOn = completedOn;
        CertificateNumber = Text.OrNull(certificateNumber);
        CreditedJp = jp;
    }

    private static string Percent(decimal share) => $"{Math.Round(share * 100, 1).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}%";

    /// <summary>Adds the certificate number to a completed enrolment (certificates often arrive after the session).</summary>
    public void RecordCertificate(string certificateNumber)
    {
        if (Status != EnrollmentStatus.Completed)
        {
            throw new BusinessRuleException($"This enrolment is {Status}; a certificate belongs to a completion.");
        }

        CertificateNumber = Text.OrNull(certificateNumber) ?? CertificateNumber;
    }

    /// <summary>Adds a follow-up activity after completion: a periodic discussion, mentoring, coaching.</summary>
    public FollowUpActivity AddFollowUp(FollowUpDetails details)
    {
        if (Status != EnrollmentStatus.Completed)
        {
            throw new BusinessRuleException($"This enrolment is {Status}; follow-up activities come after completion.");
        }

        if (details.Date < CompletedOn)
        {
            throw new DomainValidationException("date", $"must not be before the completion ({CompletedOn:yyyy-MM-dd}).");
        }

        var followUp = new FollowUpActivity(Id, details);
        _followUps.Add(followUp);
        return followUp;
    }
}

/// <summary>Presence or absence of one participant on one meeting day.</summary>
public sealed class AttendanceRecord : Entity
{
    private AttendanceRecord()
    {
    }

    internal AttendanceRecord(Guid enrollmentId, DateOnly date, bool present, string? note)
    {
        EnrollmentId = enrollmentId;
        Date = date;
        Present = present;
        Note = note;
    }

    public Guid EnrollmentId { get; private set; }

    public DateOnly Date { get; private set; }

    public bool Present { get; internal set; }

    public string? Note { get; internal set; }
}

/// <summary>What a follow-up activity was and who guided it.</summary>
/// <param name="MentorEmployeeId">The mentor, when they are an employee in the system.</param>
/// <param name="MentorName">The mentor's name, for a mentor from outside.</param>
public sealed record FollowUpDetails(DateOnly Date, FollowUpKind Kind, Guid? MentorEmployeeId, string? MentorName, string? Notes);

/// <summary>An activity after training that helps the participant apply it: a periodic discussion, mentoring.</summary>
public sealed class FollowUpActivity : AuditableEntity
{
    private FollowUpActivity()
    {
    }

    internal FollowUpActivity(Guid enrollmentId, FollowUpDetails details)
    {
        EnrollmentId = enrollmentId;
        Date = details.Date;
        Kind = details.Kind;
        MentorEmployeeId = details.MentorEmployeeId;
        MentorName = Text.OrNull(details.MentorName);
        Notes = Text.OrNull(details.Notes);
    }

    public Guid EnrollmentId { get; private set; }

    public DateOnly Date { get; private set; }

    public FollowUpKind Kind { get; private set; }

    public Guid? MentorEmployeeId { get; private set; }

    public string? MentorName { get; private set; }

    public string? Notes { get; private set; }
}
