using AsnCompetency.Domain.Common;

namespace AsnCompetency.Domain.Training;

/// <summary>Where a session is in its life: Planned → Open → Running → Completed, or Cancelled before it completes.</summary>
public enum SessionStatus
{
    Planned,
    Open,
    Running,
    Completed,
    Cancelled,
}

/// <summary>
/// One run (angkatan) of a programme: its meeting days, place, capacity and status. A session
/// belongs to the agency that organises it, or to no agency when national staff run it for all.
/// </summary>
public sealed class TrainingSession : AuditableEntity, IHasRowVersion
{
    public const int MaxCapacity = 10_000;

    /// <summary>Three years of daily meetings: a full-time master's fits, a typo of a decade does not.</summary>
    public const int MaxMeetingDays = 1_100;

    private TrainingSession()
    {
        Code = "";
        MeetingDays = [];
    }

    public Guid ProgramId { get; private set; }

    /// <summary>The organising agency; null for a national session open to every agency.</summary>
    public Guid? AgencyId { get; private set; }

    /// <summary>The session's code within its programme, e.g. ANGKATAN-1.</summary>
    public string Code { get; private set; }

    public string? Title { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly EndDate { get; private set; }

    /// <summary>The days participants meet, ascending; attendance is taken on these.</summary>
    public DateOnly[] MeetingDays { get; private set; }

    public string? Location { get; private set; }

    public string? OnlineLink { get; private set; }

    /// <summary>The unit or institution that organises the session (penyelenggara).</summary>
    public string? Organiser { get; private set; }

    public int Capacity { get; private set; }

    public SessionStatus Status { get; private set; }

    public string? CancellationReason { get; private set; }

    public uint RowVersion { get; private set; }

    public bool AcceptsEnrolment => Status is SessionStatus.Planned or SessionStatus.Open;

    public bool IsClosed => Status is SessionStatus.Completed or SessionStatus.Cancelled;

    public static TrainingSession Create(Guid programId, Guid? agencyId, string code, TrainingSessionDetails details)
    {
        if (!CodeFormat.IsValid(code?.Trim()))
        {
            throw new DomainValidationException("code", $"must be 1 to {FieldLengths.Code} characters and {CodeFormat.Description}.");
        }

        var session = new TrainingSession { ProgramId = programId, AgencyId = agencyId, Code = code!.Trim().ToUpperInvariant(), Status = SessionStatus.Planned };
        session.Apply(details, placesTaken: 0);
        return session;
    }

    /// <summary>Changes the details of a session that has not closed; capacity cannot drop below the places already taken.</summary>
    public void Update(TrainingSessionDetails details, int placesTaken)
    {
        EnsureNotClosed("changed");
        Apply(details, placesTaken);
    }

    public void Open() => Move(SessionStatus.Open, "opened", SessionStatus.Planned);

    public void Start() => Move(SessionStatus.Running, "started", SessionStatus.Open);

    public void Complete() => Move(SessionStatus.Completed, "completed", SessionStatus.Running);

    public void Cancel(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainValidationException("reason", "is required.");
        }

        Move(SessionStatus.Cancelled, "cancelled", SessionStatus.Planned, SessionStatus.Open, SessionStatus.Running);
        CancellationReason = reason.Trim();
    }

    /// <summary>The status a new participant gets: a place while there is one, the waitlist after.</summary>
    public EnrollmentStatus AdmissionStatus(int placesTaken)
    {
        EnsureAcceptsEnrolment();
        return placesTaken < Capacity ? EnrollmentStatus.Registered : EnrollmentStatus.Waitlisted;
    }

    public void EnsureAcceptsEnrolment()
    {
        if (!AcceptsEnrolment)
        {
            throw new BusinessRuleException(
                Status == SessionStatus.Cancelled
                    ? $"Session {Code} is cancelled; it takes no enrolments."
                    : $"Session {Code} is {Status}; enrolment closes when a session starts.");
        }
    }

    /// <summary>Places free for people on the waitlist, while enrolment is open (no one joins a session that has begun).</summary>
    public int FreePlaces(int placesTaken) => AcceptsEnrolment ? Math.Max(0, Capacity - placesTaken) : 0;

    public bool IsMeetingDay(DateOnly date) => Array.BinarySearch(MeetingDays, date) >= 0;

    internal void EnsureNotClosed(string action)
    {
        if (IsClosed)
        {
            throw new BusinessRuleException($"Session {Code} is {Status}; it cannot be {action}.");
        }
    }

    private void Move(SessionStatus to, string action, params SessionStatus[] from)
    {
        if (!from.Contains(Status))
        {
            throw new BusinessRuleException($"Session {Code} is {Status}; only a session that is {string.Join(" or ", from)} can be {action}.");
        }

        Status = to;
    }

    private void Apply(TrainingSessionDetails details, int placesTaken)
    {
        if (details.EndDate < details.StartDate)
        {
            throw new DomainValidationException("endDate", "must not be before startDate.");
        }

        if (details.Capacity is < 1 or > MaxCapacity)
        {
            throw new DomainValidationException("capacity", $"must be between 1 and {MaxCapacity}.");
        }

        if (details.Capacity < placesTaken)
        {
            throw new BusinessRuleException($"Session {Code} has {placesTaken} participants holding places; its capacity cannot go below that.", "capacity");
        }

        if (!string.IsNullOrWhiteSpace(details.OnlineLink)
            && (!Uri.TryCreate(details.OnlineLink.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
        {
            throw new DomainValidationException("onlineLink", "must be an absolute http or https address.");
        }

        MeetingDays = ResolveMeetingDays(details);
        StartDate = details.StartDate;
        EndDate = details.EndDate;
        Capacity = details.Capacity;
        Title = Text.OrNull(details.Title);
        Location = Text.OrNull(details.Location);
        OnlineLink = Text.OrNull(details.OnlineLink);
        Organiser = Text.OrNull(details.Organiser);
    }

    private static DateOnly[] ResolveMeetingDays(TrainingSessionDetails details)
    {
        var span = details.EndDate.DayNumber - details.StartDate.DayNumber + 1;
        if (details.MeetingDays is not { Count: > 0 } given)
        {
            // No days listed: the session meets every day from start to end.
            return span > MaxMeetingDays
                ? throw new DomainValidationException("meetingDays", $"must be listed for a session longer than {MaxMeetingDays} days.")
                : [.. Enumerable.Range(0, span).Select(details.StartDate.AddDays)];
        }

        if (given.Count > MaxMeetingDays)
        {
            throw new DomainValidationException("meetingDays", $"must hold at most {MaxMeetingDays} days.");
        }

        for (var i = 0; i < given.Count; i++)
        {
            if (given[i] < details.StartDate || given[i] > details.EndDate)
            {
                throw new DomainValidationException($"meetingDays[{i}]", $"{given[i]:yyyy-MM-dd} is outside the session ({details.StartDate:yyyy-MM-dd} to {details.EndDate:yyyy-MM-dd}).");
            }
        }

        var days = given.Distinct().Order().ToArray();
        return days.Length != given.Count
            ? throw new DomainValidationException("meetingDays", "must list each day once.")
            : days;
    }

}

/// <summary>The editable details of a <see cref="TrainingSession"/>.</summary>
/// <param name="MeetingDays">The days the session meets; empty or null for every day from start to end.</param>
public sealed record TrainingSessionDetails(DateOnly StartDate, DateOnly EndDate, int Capacity, IReadOnlyList<DateOnly>? MeetingDays = null)
{
    public string? Title { get; init; }

    public string? Location { get; init; }

    public string? OnlineLink { get; init; }

    public string? Organiser { get; init; }
}
