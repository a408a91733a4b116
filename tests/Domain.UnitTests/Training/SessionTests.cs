using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Training;

namespace AsnCompetency.Domain.UnitTests.Training;

/// <summary>Sessions meet on listed days (every day by default), hold a capacity and move Planned → Open → Running → Completed, or Cancelled.</summary>
public sealed class SessionTests
{
    private static readonly DateOnly Start = new(2027, 3, 1);
    private static readonly DateOnly End = new(2027, 3, 5);

    private static TrainingSessionDetails Details(int capacity = 20, IReadOnlyList<DateOnly>? meetingDays = null) => new(Start, End, capacity, meetingDays);

    private static TrainingSession Session(TrainingSessionDetails? details = null) =>
        TrainingSession.Create(Guid.CreateVersion7(), Guid.CreateVersion7(), "ANGKATAN-1", details ?? Details());

    /// <summary>A session moved along the normal path to <paramref name="status"/>.</summary>
    private static TrainingSession SessionIn(SessionStatus status)
    {
        var session = Session();
        switch (status)
        {
            case SessionStatus.Planned:
                break;
            case SessionStatus.Open:
                session.Open();
                break;
            case SessionStatus.Running:
                session.Open();
                session.Start();
                break;
            case SessionStatus.Completed:
                session.Open();
                session.Start();
                session.Complete();
                break;
            case SessionStatus.Cancelled:
                session.Cancel("Anggaran dialihkan");
                break;
        }

        session.Status.ShouldBe(status);
        return session;
    }

    private static DateOnly Day(int dayOfMarch) => new(2027, 3, dayOfMarch);

    [Test]
    public void Create_ValidDetails_IsPlannedWithNormalisedValues()
    {
        var programId = Guid.CreateVersion7();
        var agencyId = Guid.CreateVersion7();
        var details = Details() with { Title = "  Angkatan I ", Location = " ", OnlineLink = " https://zoom.us/j/123 ", Organiser = " BPSDM " };

        var session = TrainingSession.Create(programId, agencyId, " angkatan-1 ", details);

        session.Id.ShouldNotBe(Guid.Empty);
        session.ProgramId.ShouldBe(programId);
        session.AgencyId.ShouldBe(agencyId);
        session.Code.ShouldBe("ANGKATAN-1");
        session.Status.ShouldBe(SessionStatus.Planned);
        session.Title.ShouldBe("Angkatan I");
        session.Location.ShouldBeNull();
        session.OnlineLink.ShouldBe("https://zoom.us/j/123");
        session.Organiser.ShouldBe("BPSDM");
        session.Capacity.ShouldBe(20);
        (session.StartDate, session.EndDate).ShouldBe((Start, End));
        session.CancellationReason.ShouldBeNull();
        session.AcceptsEnrolment.ShouldBeTrue();
        session.IsClosed.ShouldBeFalse();
    }

    [Test]
    public void Create_NoAgency_IsNational() =>
        TrainingSession.Create(Guid.CreateVersion7(), null, "NASIONAL-1", Details()).AgencyId.ShouldBeNull();

    [TestCase("")]
    [TestCase("ANGKATAN 1")]
    [TestCase("_A")]
    public void Create_InvalidCode_RejectedNamingCode(string code) =>
        Should.Throw<DomainValidationException>(() => TrainingSession.Create(Guid.CreateVersion7(), null, code, Details())).Field.ShouldBe("code");

    [Test]
    public void Create_EndBeforeStart_RejectedNamingEndDate() =>
        Should.Throw<DomainValidationException>(() => Session(new TrainingSessionDetails(End, Start, 20))).Field.ShouldBe("endDate");

    [Test]
    public void Create_NoMeetingDays_MeetsEveryDayFromStartToEnd() =>
        Session().MeetingDays.ShouldBe([Day(1), Day(2), Day(3), Day(4), Day(5)]);

    [Test]
    public void Create_EmptyMeetingDays_MeetsEveryDayFromStartToEnd() =>
        Session(Details(meetingDays: [])).MeetingDays.Length.ShouldBe(5);

    [Test]
    public void Create_OneDaySession_MeetsThatDay() =>
        Session(new TrainingSessionDetails(Start, Start, 20)).MeetingDays.ShouldBe([Start]);

    [Test]
    public void Create_ListedDaysUnordered_StoredAscending() =>
        Session(Details(meetingDays: [Day(5), Day(1), Day(3)])).MeetingDays.ShouldBe([Day(1), Day(3), Day(5)]);

    [Test]
    public void Create_ListedDayAfterEnd_RejectedNamingItsIndex()
    {
        var error = Should.Throw<DomainValidationException>(() => Session(Details(meetingDays: [Day(2), Day(6)])));

        error.Field.ShouldBe("meetingDays[1]");
        error.Message.ShouldContain("2027-03-06");
    }

    [Test]
    public void Create_ListedDayBeforeStart_RejectedNamingItsIndex() =>
        Should.Throw<DomainValidationException>(() => Session(Details(meetingDays: [new DateOnly(2027, 2, 28), Day(2)]))).Field.ShouldBe("meetingDays[0]");

    [Test]
    public void Create_ListedDayTwice_RejectedNamingMeetingDays() =>
        Should.Throw<DomainValidationException>(() => Session(Details(meetingDays: [Day(2), Day(4), Day(2)]))).Field.ShouldBe("meetingDays");

    [Test]
    public void Create_UnlistedSpanOfMaxMeetingDays_Accepted()
    {
        var session = Session(new TrainingSessionDetails(Start, Start.AddDays(TrainingSession.MaxMeetingDays - 1), 20));

        session.MeetingDays.Length.ShouldBe(TrainingSession.MaxMeetingDays);
    }

    [Test]
    public void Create_UnlistedSpanLongerThanMaxMeetingDays_RejectedNamingMeetingDays() =>
        Should.Throw<DomainValidationException>(() => Session(new TrainingSessionDetails(Start, Start.AddDays(TrainingSession.MaxMeetingDays), 20)))
            .Field.ShouldBe("meetingDays");

    [Test]
    public void Create_LongSessionWithListedDays_Accepted()
    {
        var end = Start.AddYears(5);

        var session = Session(new TrainingSessionDetails(Start, end, 20, [Start, end]));

        session.MeetingDays.ShouldBe([Start, end]);
    }

    [Test]
    public void Create_MoreListedDaysThanMax_RejectedNamingMeetingDays()
    {
        var days = Enumerable.Range(0, TrainingSession.MaxMeetingDays + 1).Select(Start.AddDays).ToList();

        Should.Throw<DomainValidationException>(() => Session(new TrainingSessionDetails(Start, days[^1], 20, days))).Field.ShouldBe("meetingDays");
    }

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(TrainingSession.MaxCapacity + 1)]
    public void Create_CapacityOutOfRange_RejectedNamingCapacity(int capacity) =>
        Should.Throw<DomainValidationException>(() => Session(Details(capacity))).Field.ShouldBe("capacity");

    [TestCase(1)]
    [TestCase(TrainingSession.MaxCapacity)]
    public void Create_CapacityAtBounds_Accepted(int capacity) => Session(Details(capacity)).Capacity.ShouldBe(capacity);

    [TestCase("https://zoom.us/j/123")]
    [TestCase("http://meet.example.go.id/kelas")]
    public void Create_HttpOrHttpsLink_Accepted(string link) => Session(Details() with { OnlineLink = link }).OnlineLink.ShouldBe(link);

    [TestCase(" ")]
    [TestCase("")]
    public void Create_BlankLink_MeansNoLink(string link) => Session(Details() with { OnlineLink = link }).OnlineLink.ShouldBeNull();

    [TestCase("ftp://files.example.go.id/materi")]
    [TestCase("zoom.us/j/123")]
    [TestCase("/kelas/1")]
    [TestCase("mailto:bpsdm@example.go.id")]
    public void Create_LinkNotHttp_RejectedNamingOnlineLink(string link) =>
        Should.Throw<DomainValidationException>(() => Session(Details() with { OnlineLink = link })).Field.ShouldBe("onlineLink");

    [Test]
    public void Update_NewDetails_Replaced()
    {
        var session = SessionIn(SessionStatus.Open);

        session.Update(new TrainingSessionDetails(Day(8), Day(10), 30, [Day(10), Day(8)]) { Location = "Aula" }, placesTaken: 25);

        (session.StartDate, session.EndDate, session.Capacity).ShouldBe((Day(8), Day(10), 30));
        session.MeetingDays.ShouldBe([Day(8), Day(10)]);
        session.Location.ShouldBe("Aula");
    }

    [Test]
    public void Update_CapacityEqualToPlacesTaken_Accepted()
    {
        var session = Session();

        session.Update(Details(capacity: 12), placesTaken: 12);

        session.Capacity.ShouldBe(12);
    }

    [Test]
    public void Update_CapacityBelowPlacesTaken_RefusedAsBusinessRule()
    {
        var session = Session();

        var error = Should.Throw<BusinessRuleException>(() => session.Update(Details(capacity: 11), placesTaken: 12));

        error.Field.ShouldBe("capacity");
        error.Message.ShouldContain("12");
        session.Capacity.ShouldBe(20);
    }

    [Test]
    public void Update_RunningSession_Allowed()
    {
        var session = SessionIn(SessionStatus.Running);

        session.Update(Details(capacity: 25), placesTaken: 0);

        session.Capacity.ShouldBe(25);
    }

    [TestCase(SessionStatus.Completed)]
    [TestCase(SessionStatus.Cancelled)]
    public void Update_ClosedSession_Refused(SessionStatus status)
    {
        var session = SessionIn(status);

        Should.Throw<BusinessRuleException>(() => session.Update(Details(capacity: 25), placesTaken: 0));

        session.Capacity.ShouldBe(20);
    }

    [Test]
    public void Update_InvalidDetails_LeavesSessionUnchanged()
    {
        var session = Session();

        Should.Throw<DomainValidationException>(() => session.Update(Details(capacity: 30, meetingDays: [Day(9)]) with { Title = "Baru" }, placesTaken: 0));

        session.Capacity.ShouldBe(20);
        session.Title.ShouldBeNull();
        session.MeetingDays.Length.ShouldBe(5);
    }

    [Test]
    public void Lifecycle_OpenStartComplete_EndsCompletedAndClosed()
    {
        var session = Session();

        session.Open();
        session.Status.ShouldBe(SessionStatus.Open);
        session.AcceptsEnrolment.ShouldBeTrue();
        session.Start();
        session.Status.ShouldBe(SessionStatus.Running);
        session.AcceptsEnrolment.ShouldBeFalse();
        session.IsClosed.ShouldBeFalse();
        session.Complete();

        session.Status.ShouldBe(SessionStatus.Completed);
        session.IsClosed.ShouldBeTrue();
    }

    [TestCase(SessionStatus.Open)]
    [TestCase(SessionStatus.Running)]
    [TestCase(SessionStatus.Completed)]
    [TestCase(SessionStatus.Cancelled)]
    public void Open_NotPlanned_Refused(SessionStatus status)
    {
        var session = SessionIn(status);

        Should.Throw<BusinessRuleException>(session.Open);

        session.Status.ShouldBe(status);
    }

    [TestCase(SessionStatus.Planned)]
    [TestCase(SessionStatus.Running)]
    [TestCase(SessionStatus.Completed)]
    [TestCase(SessionStatus.Cancelled)]
    public void Start_NotOpen_Refused(SessionStatus status)
    {
        var session = SessionIn(status);

        Should.Throw<BusinessRuleException>(session.Start);

        session.Status.ShouldBe(status);
    }

    [TestCase(SessionStatus.Planned)]
    [TestCase(SessionStatus.Open)]
    [TestCase(SessionStatus.Completed)]
    [TestCase(SessionStatus.Cancelled)]
    public void Complete_NotRunning_Refused(SessionStatus status)
    {
        var session = SessionIn(status);

        Should.Throw<BusinessRuleException>(session.Complete);

        session.Status.ShouldBe(status);
    }

    [TestCase(SessionStatus.Planned)]
    [TestCase(SessionStatus.Open)]
    [TestCase(SessionStatus.Running)]
    public void Cancel_BeforeCompletion_CancelledWithTrimmedReason(SessionStatus status)
    {
        var session = SessionIn(status);

        session.Cancel("  Narasumber berhalangan ");

        session.Status.ShouldBe(SessionStatus.Cancelled);
        session.CancellationReason.ShouldBe("Narasumber berhalangan");
        session.IsClosed.ShouldBeTrue();
        session.AcceptsEnrolment.ShouldBeFalse();
    }

    [TestCase(SessionStatus.Completed)]
    [TestCase(SessionStatus.Cancelled)]
    public void Cancel_Closed_Refused(SessionStatus status)
    {
        var session = SessionIn(status);
        var reason = session.CancellationReason;

        Should.Throw<BusinessRuleException>(() => session.Cancel("Lagi"));

        session.Status.ShouldBe(status);
        session.CancellationReason.ShouldBe(reason);
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase(null)]
    public void Cancel_WithoutReason_RejectedNamingReason(string? reason)
    {
        var session = SessionIn(SessionStatus.Open);

        Should.Throw<DomainValidationException>(() => session.Cancel(reason!)).Field.ShouldBe("reason");

        session.Status.ShouldBe(SessionStatus.Open);
    }

    [TestCase(SessionStatus.Planned)]
    [TestCase(SessionStatus.Open)]
    public void AdmissionStatus_PlacesLeft_Registered(SessionStatus status) =>
        SessionIn(status).AdmissionStatus(placesTaken: 19).ShouldBe(EnrollmentStatus.Registered);

    [TestCase(20)]
    [TestCase(25)]
    public void AdmissionStatus_Full_Waitlisted(int placesTaken) =>
        SessionIn(SessionStatus.Open).AdmissionStatus(placesTaken).ShouldBe(EnrollmentStatus.Waitlisted);

    [TestCase(SessionStatus.Running)]
    [TestCase(SessionStatus.Completed)]
    public void AdmissionStatus_StartedOrCompleted_Refused(SessionStatus status)
    {
        var error = Should.Throw<BusinessRuleException>(() => SessionIn(status).AdmissionStatus(0));

        error.Message.ShouldContain(status.ToString());
        error.Message.ShouldNotContain("cancelled");
    }

    [Test]
    public void AdmissionStatus_Cancelled_RefusedSayingCancelled() =>
        Should.Throw<BusinessRuleException>(() => SessionIn(SessionStatus.Cancelled).AdmissionStatus(0)).Message.ShouldContain("cancelled");

    [TestCase(0, 20)]
    [TestCase(15, 5)]
    [TestCase(20, 0)]
    [TestCase(30, 0)]
    public void FreePlaces_OpenSession_CapacityLessPlacesTakenNeverNegative(int placesTaken, int expected) =>
        SessionIn(SessionStatus.Open).FreePlaces(placesTaken).ShouldBe(expected);

    [TestCase(SessionStatus.Running)]
    [TestCase(SessionStatus.Completed)]
    [TestCase(SessionStatus.Cancelled)]
    public void FreePlaces_EnrolmentClosed_None(SessionStatus status) => SessionIn(status).FreePlaces(0).ShouldBe(0);

    [TestCase(1, true)]
    [TestCase(3, true)]
    [TestCase(2, false)]
    [TestCase(6, false)]
    public void IsMeetingDay_ListedDays_OnlyThose(int dayOfMarch, bool expected) =>
        Session(Details(meetingDays: [Day(3), Day(1), Day(5)])).IsMeetingDay(Day(dayOfMarch)).ShouldBe(expected);

    [Test]
    public void IsMeetingDay_DefaultDays_EveryDayInRangeOnly()
    {
        var session = Session();

        session.IsMeetingDay(Start).ShouldBeTrue();
        session.IsMeetingDay(End).ShouldBeTrue();
        session.IsMeetingDay(Start.AddDays(-1)).ShouldBeFalse();
        session.IsMeetingDay(End.AddDays(1)).ShouldBeFalse();
    }
}
