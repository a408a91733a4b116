using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Training;

namespace AsnCompetency.Domain.UnitTests.Training;

/// <summary>Registered → Attending → Completed, or Waitlisted, Dropped, NoShow; attendance per meeting day decides completion.</summary>
public sealed class EnrollmentTests
{
    private const decimal Minimum = 0.8m;

    private static readonly DateOnly Start = new(2027, 3, 1);
    private static readonly DateOnly End = new(2027, 3, 5);

    private static DateOnly Day(int dayOfMarch) => new(2027, 3, dayOfMarch);

    /// <summary>A session of 20 places meeting every day from 1 to 5 March 2027, in <paramref name="status"/>.</summary>
    private static TrainingSession Session(SessionStatus status = SessionStatus.Open, IReadOnlyList<DateOnly>? meetingDays = null)
    {
        var session = TrainingSession.Create(Guid.CreateVersion7(), Guid.CreateVersion7(), "ANGKATAN-1", new TrainingSessionDetails(Start, End, 20, meetingDays));
        Advance(session, status);
        return session;
    }

    private static void Advance(TrainingSession session, SessionStatus status)
    {
        if (status == SessionStatus.Cancelled)
        {
            session.Cancel("Dibatalkan");
            return;
        }

        if (status >= SessionStatus.Open && session.Status == SessionStatus.Planned)
        {
            session.Open();
        }

        if (status >= SessionStatus.Running && session.Status == SessionStatus.Open)
        {
            session.Start();
        }

        if (status >= SessionStatus.Completed && session.Status == SessionStatus.Running)
        {
            session.Complete();
        }

        session.Status.ShouldBe(status);
    }

    private static Enrollment Enrol(TrainingSession session, int placesTaken = 0, int queueNumber = 1) =>
        Enrollment.Create(session, Guid.CreateVersion7(), Guid.CreateVersion7(), null, placesTaken, queueNumber);

    /// <summary>An enrolment of a running session, present on the given days of March.</summary>
    private static (TrainingSession Session, Enrollment Enrollment) Attended(params int[] daysPresent)
    {
        var session = Session();
        var enrollment = Enrol(session);
        session.Start();
        foreach (var day in daysPresent)
        {
            enrollment.RecordAttendance(session, Day(day), present: true, note: null);
        }

        return (session, enrollment);
    }

    private static Enrollment EnrollmentIn(EnrollmentStatus status, TrainingSession? session = null)
    {
        session ??= Session(SessionStatus.Open);
        var enrollment = Enrol(session, placesTaken: status == EnrollmentStatus.Waitlisted ? 20 : 0);
        switch (status)
        {
            case EnrollmentStatus.Attending:
                enrollment.RecordAttendance(session, Start, present: true, note: null);
                break;
            case EnrollmentStatus.Completed:
                enrollment.Complete(session, 0m, 24, End, null);
                break;
            case EnrollmentStatus.Dropped:
                enrollment.Drop("Tugas dinas");
                break;
            case EnrollmentStatus.NoShow:
                session.Start();
                enrollment.MarkNoShow(session);
                break;
        }

        enrollment.Status.ShouldBe(status);
        return enrollment;
    }

    private static FollowUpDetails FollowUp(DateOnly date) => new(date, FollowUpKind.Mentoring, Guid.CreateVersion7(), "  Bu Sari ", "  Diskusi penerapan  ");

    [Test]
    public void Create_PlaceFree_RegisteredWithCopiedFields()
    {
        var session = Session();
        Guid employeeId = Guid.CreateVersion7(), agencyId = Guid.CreateVersion7(), planItemId = Guid.CreateVersion7();

        var enrollment = Enrollment.Create(session, employeeId, agencyId, planItemId, placesTaken: 19, queueNumber: 7);

        enrollment.Status.ShouldBe(EnrollmentStatus.Registered);
        enrollment.SessionId.ShouldBe(session.Id);
        enrollment.EmployeeId.ShouldBe(employeeId);
        enrollment.AgencyId.ShouldBe(agencyId);
        enrollment.PlanItemId.ShouldBe(planItemId);
        enrollment.QueueNumber.ShouldBe(7);
        enrollment.HoldsPlace.ShouldBeTrue();
        enrollment.Attendance.ShouldBeEmpty();
        enrollment.CompletedOn.ShouldBeNull();
        enrollment.CreditedJp.ShouldBeNull();
    }

    [Test]
    public void Create_PlannedSession_Registered() => Enrol(Session(SessionStatus.Planned)).Status.ShouldBe(EnrollmentStatus.Registered);

    [Test]
    public void Create_SessionFull_Waitlisted()
    {
        var enrollment = Enrol(Session(), placesTaken: 20);

        enrollment.Status.ShouldBe(EnrollmentStatus.Waitlisted);
        enrollment.HoldsPlace.ShouldBeFalse();
    }

    [TestCase(SessionStatus.Running)]
    [TestCase(SessionStatus.Completed)]
    [TestCase(SessionStatus.Cancelled)]
    public void Create_SessionNotTakingEnrolment_Refused(SessionStatus status) =>
        Should.Throw<BusinessRuleException>(() => Enrol(Session(status)));

    [Test]
    public void Promote_Waitlisted_Registered()
    {
        var enrollment = EnrollmentIn(EnrollmentStatus.Waitlisted);

        enrollment.Promote();

        enrollment.Status.ShouldBe(EnrollmentStatus.Registered);
    }

    [TestCase(EnrollmentStatus.Registered)]
    [TestCase(EnrollmentStatus.Attending)]
    [TestCase(EnrollmentStatus.Completed)]
    [TestCase(EnrollmentStatus.Dropped)]
    [TestCase(EnrollmentStatus.NoShow)]
    public void Promote_NotWaitlisted_Refused(EnrollmentStatus status)
    {
        var enrollment = EnrollmentIn(status);

        Should.Throw<BusinessRuleException>(enrollment.Promote);

        enrollment.Status.ShouldBe(status);
    }

    [TestCase(EnrollmentStatus.Registered)]
    [TestCase(EnrollmentStatus.Waitlisted)]
    [TestCase(EnrollmentStatus.Attending)]
    public void Drop_Allowed_DroppedWithTrimmedReason(EnrollmentStatus status)
    {
        var enrollment = EnrollmentIn(status);

        enrollment.Drop("  Mutasi jabatan ");

        enrollment.Status.ShouldBe(EnrollmentStatus.Dropped);
        enrollment.StatusReason.ShouldBe("Mutasi jabatan");
        enrollment.HoldsPlace.ShouldBeFalse();
    }

    [TestCase(null)]
    [TestCase("   ")]
    public void Drop_NoReason_DroppedWithoutReason(string? reason)
    {
        var enrollment = EnrollmentIn(EnrollmentStatus.Registered);

        enrollment.Drop(reason);

        enrollment.Status.ShouldBe(EnrollmentStatus.Dropped);
        enrollment.StatusReason.ShouldBeNull();
    }

    [TestCase(EnrollmentStatus.Completed)]
    [TestCase(EnrollmentStatus.Dropped)]
    [TestCase(EnrollmentStatus.NoShow)]
    public void Drop_NotAllowed_Refused(EnrollmentStatus status)
    {
        var enrollment = EnrollmentIn(status);

        Should.Throw<BusinessRuleException>(() => enrollment.Drop("x"));

        enrollment.Status.ShouldBe(status);
    }

    [Test]
    public void MarkNoShow_Registered_NoShow()
    {
        var session = Session();
        var enrollment = EnrollmentIn(EnrollmentStatus.Registered, session);
        session.Start();

        enrollment.MarkNoShow(session);

        enrollment.Status.ShouldBe(EnrollmentStatus.NoShow);
        enrollment.HoldsPlace.ShouldBeFalse();
    }

    [TestCase(EnrollmentStatus.Waitlisted)]
    [TestCase(EnrollmentStatus.Attending)]
    [TestCase(EnrollmentStatus.Completed)]
    [TestCase(EnrollmentStatus.Dropped)]
    [TestCase(EnrollmentStatus.NoShow)]
    public void MarkNoShow_NotRegistered_Refused(EnrollmentStatus status)
    {
        var session = Session();
        var enrollment = EnrollmentIn(status, session);
        if (session.Status == SessionStatus.Open)
        {
            session.Start();
        }

        Should.Throw<BusinessRuleException>(() => enrollment.MarkNoShow(session));
    }

    [Test]
    public void MarkNoShow_SessionNotBegun_RefusedSayingToDrop()
    {
        var session = Session();
        var enrollment = EnrollmentIn(EnrollmentStatus.Registered, session);

        Should.Throw<BusinessRuleException>(() => enrollment.MarkNoShow(session)).Message.ShouldContain("drop");
    }

    [TestCase(SessionStatus.Open)]
    [TestCase(SessionStatus.Running)]
    [TestCase(SessionStatus.Completed)]
    public void RecordAttendance_SessionOpenRunningOrCompleted_Recorded(SessionStatus status)
    {
        var session = Session();
        var enrollment = Enrol(session);
        Advance(session, status);

        enrollment.RecordAttendance(session, Day(2), present: true, note: "  Tepat waktu ");

        var record = enrollment.Attendance.ShouldHaveSingleItem();
        record.EnrollmentId.ShouldBe(enrollment.Id);
        record.Date.ShouldBe(Day(2));
        record.Present.ShouldBeTrue();
        record.Note.ShouldBe("Tepat waktu");
    }

    [TestCase(SessionStatus.Planned)]
    [TestCase(SessionStatus.Cancelled)]
    public void RecordAttendance_SessionPlannedOrCancelled_Refused(SessionStatus status)
    {
        var session = Session(SessionStatus.Planned);
        var enrollment = Enrol(session);
        Advance(session, status);

        Should.Throw<BusinessRuleException>(() => enrollment.RecordAttendance(session, Day(2), present: true, note: null));

        enrollment.Attendance.ShouldBeEmpty();
    }

    [Test]
    public void RecordAttendance_NotAMeetingDay_RejectedNamingGivenField()
    {
        var session = Session(meetingDays: [Day(1), Day(3), Day(5)]);
        var enrollment = Enrol(session);

        var error = Should.Throw<DomainValidationException>(() => enrollment.RecordAttendance(session, Day(2), present: true, note: null, field: "days[1].date"));

        error.Field.ShouldBe("days[1].date");
        error.Message.ShouldContain("2027-03-02");
        enrollment.Attendance.ShouldBeEmpty();
    }

    [Test]
    public void RecordAttendance_NotAMeetingDayDefaultField_NamesDate()
    {
        var session = Session();
        var enrollment = Enrol(session);

        Should.Throw<DomainValidationException>(() => enrollment.RecordAttendance(session, End.AddDays(1), present: true, note: null)).Field.ShouldBe("date");
    }

    [Test]
    public void RecordAttendance_SameDayAgain_ReplacesRecord()
    {
        var session = Session();
        var enrollment = Enrol(session);
        enrollment.RecordAttendance(session, Day(2), present: false, note: "Sakit");

        enrollment.RecordAttendance(session, Day(2), present: true, note: " ");

        var record = enrollment.Attendance.ShouldHaveSingleItem();
        record.Present.ShouldBeTrue();
        record.Note.ShouldBeNull();
        enrollment.DaysPresent.ShouldBe(1);
    }

    [Test]
    public void RecordAttendance_PresentWhileRegistered_Attending()
    {
        var session = Session();
        var enrollment = Enrol(session);

        enrollment.RecordAttendance(session, Day(1), present: true, note: null);

        enrollment.Status.ShouldBe(EnrollmentStatus.Attending);
    }

    [Test]
    public void RecordAttendance_AbsentWhileRegistered_StaysRegistered()
    {
        var session = Session();
        var enrollment = Enrol(session);

        enrollment.RecordAttendance(session, Day(1), present: false, note: "Izin");

        enrollment.Status.ShouldBe(EnrollmentStatus.Registered);
        enrollment.DaysPresent.ShouldBe(0);
    }

    [Test]
    public void RecordAttendance_EveryPresentDaySwitchedToAbsent_BackToRegistered()
    {
        var session = Session();
        var enrollment = Enrol(session);
        enrollment.RecordAttendance(session, Day(1), present: true, note: null);
        enrollment.RecordAttendance(session, Day(2), present: true, note: null);

        enrollment.RecordAttendance(session, Day(1), present: false, note: null);
        enrollment.Status.ShouldBe(EnrollmentStatus.Attending);
        enrollment.RecordAttendance(session, Day(2), present: false, note: null);

        enrollment.Status.ShouldBe(EnrollmentStatus.Registered);
        enrollment.Attendance.Count.ShouldBe(2);
    }

    [TestCase(EnrollmentStatus.Waitlisted)]
    [TestCase(EnrollmentStatus.Dropped)]
    [TestCase(EnrollmentStatus.Completed)]
    [TestCase(EnrollmentStatus.NoShow)]
    public void RecordAttendance_EnrolmentNotRegisteredOrAttending_Refused(EnrollmentStatus status)
    {
        var session = Session();
        var enrollment = EnrollmentIn(status, session);

        Should.Throw<BusinessRuleException>(() => enrollment.RecordAttendance(session, Day(3), present: true, note: null));

        enrollment.Status.ShouldBe(status);
    }

    [Test]
    public void AttendanceShare_NoRecords_Zero()
    {
        var session = Session();

        Enrol(session).AttendanceShare(session).ShouldBe(0m);
    }

    [Test]
    public void AttendanceShare_PresentDaysOverMeetingDays()
    {
        var session = Session();
        var enrollment = Enrol(session);
        enrollment.RecordAttendance(session, Day(1), present: true, note: null);
        enrollment.RecordAttendance(session, Day(2), present: true, note: null);
        enrollment.RecordAttendance(session, Day(3), present: false, note: null);

        enrollment.AttendanceShare(session).ShouldBe(0.4m);
    }

    [Test]
    public void AttendanceShare_DayNoLongerAMeetingDay_NotCounted()
    {
        var session = Session();
        var enrollment = Enrol(session);
        enrollment.RecordAttendance(session, Day(1), present: true, note: null);
        enrollment.RecordAttendance(session, Day(2), present: true, note: null);

        session.Update(new TrainingSessionDetails(Start, End, 20, [Day(1), Day(3)]), placesTaken: 1);

        enrollment.AttendanceShare(session).ShouldBe(0.5m);
    }

    [Test]
    public void Complete_AttendanceAtMinimum_CompletedAndCredited()
    {
        var (session, enrollment) = Attended(1, 2, 3, 4);

        enrollment.Complete(session, Minimum, jp: 24, completedOn: End, certificateNumber: "  SERT/001/2027 ");

        enrollment.Status.ShouldBe(EnrollmentStatus.Completed);
        enrollment.CompletedOn.ShouldBe(End);
        enrollment.CreditedJp.ShouldBe(24);
        enrollment.CertificateNumber.ShouldBe("SERT/001/2027");
        enrollment.HoldsPlace.ShouldBeTrue();
    }

    [Test]
    public void Complete_BlankCertificate_NoCertificateNumber()
    {
        var (session, enrollment) = Attended(1, 2, 3, 4, 5);

        enrollment.Complete(session, Minimum, jp: 24, completedOn: End, certificateNumber: "  ");

        enrollment.CertificateNumber.ShouldBeNull();
    }

    [Test]
    public void Complete_AttendanceBelowMinimum_RefusedNamingMinimumAndDays()
    {
        var session = Session(meetingDays: [Day(1), Day(3), Day(5)]);
        var enrollment = Enrol(session);
        session.Start();
        enrollment.RecordAttendance(session, Day(1), present: true, note: null);
        enrollment.RecordAttendance(session, Day(3), present: false, note: null);

        var error = Should.Throw<BusinessRuleException>(() => enrollment.Complete(session, Minimum, 24, End, null));

        error.Message.ShouldContain("80%");
        error.Message.ShouldContain("1 of 3");
        error.Message.ShouldContain("33.3%");
        enrollment.Status.ShouldBe(EnrollmentStatus.Attending);
        enrollment.CompletedOn.ShouldBeNull();
        enrollment.CreditedJp.ShouldBeNull();
    }

    [Test]
    public void Complete_JustBelowMinimum_Refused()
    {
        var (session, enrollment) = Attended(1, 2, 3);

        Should.Throw<BusinessRuleException>(() => enrollment.Complete(session, Minimum, 24, End, null)).Message.ShouldContain("3 of 5");
    }

    [Test]
    public void Complete_TwoOfThreeAtTwoThirdsMinimum_Completed()
    {
        var session = Session(meetingDays: [Day(1), Day(3), Day(5)]);
        var enrollment = Enrol(session);
        enrollment.RecordAttendance(session, Day(1), present: true, note: null);
        enrollment.RecordAttendance(session, Day(3), present: true, note: null);

        enrollment.Complete(session, 2m / 3m, 24, End, null);

        enrollment.Status.ShouldBe(EnrollmentStatus.Completed);
    }

    [Test]
    public void Complete_ZeroMinimumRegisteredWithoutAttendance_Completed()
    {
        var session = Session();
        var enrollment = Enrol(session);
        session.Start();

        enrollment.Complete(session, 0m, 12, End, null);

        enrollment.Status.ShouldBe(EnrollmentStatus.Completed);
        enrollment.CreditedJp.ShouldBe(12);
    }

    [Test]
    public void Complete_CompletedOnBeforeStart_RejectedNamingCompletedOn()
    {
        var (session, enrollment) = Attended(1, 2, 3, 4, 5);

        Should.Throw<DomainValidationException>(() => enrollment.Complete(session, Minimum, 24, Start.AddDays(-1), null)).Field.ShouldBe("completedOn");

        enrollment.Status.ShouldBe(EnrollmentStatus.Attending);
    }

    [Test]
    public void Complete_CompletedOnStartDay_Accepted()
    {
        var (session, enrollment) = Attended(1, 2, 3, 4, 5);

        enrollment.Complete(session, Minimum, 24, Start, null);

        enrollment.CompletedOn.ShouldBe(Start);
    }

    [TestCase(SessionStatus.Planned)]
    [TestCase(SessionStatus.Cancelled)]
    public void Complete_SessionPlannedOrCancelled_Refused(SessionStatus status)
    {
        var session = Session(SessionStatus.Planned);
        var enrollment = Enrol(session);
        Advance(session, status);

        Should.Throw<BusinessRuleException>(() => enrollment.Complete(session, 0m, 24, End, null));

        enrollment.Status.ShouldBe(EnrollmentStatus.Registered);
    }

    [TestCase(SessionStatus.Open)]
    [TestCase(SessionStatus.Running)]
    [TestCase(SessionStatus.Completed)]
    public void Complete_SessionOpenRunningOrCompleted_Allowed(SessionStatus status)
    {
        var session = Session();
        var enrollment = Enrol(session);
        Advance(session, status);

        enrollment.Complete(session, 0m, 24, End, null);

        enrollment.Status.ShouldBe(EnrollmentStatus.Completed);
    }

    [TestCase(EnrollmentStatus.Waitlisted)]
    [TestCase(EnrollmentStatus.Completed)]
    [TestCase(EnrollmentStatus.Dropped)]
    [TestCase(EnrollmentStatus.NoShow)]
    public void Complete_EnrolmentNotRegisteredOrAttending_Refused(EnrollmentStatus status)
    {
        var session = Session();
        var enrollment = EnrollmentIn(status, session);

        Should.Throw<BusinessRuleException>(() => enrollment.Complete(session, 0m, 30, End.AddDays(1), "X"));

        enrollment.Status.ShouldBe(status);
    }

    [Test]
    public void Complete_PresentDayNoLongerAMeetingDay_MessageCountsOnlyMeetingDays()
    {
        var session = Session();
        var enrollment = Enrol(session);
        enrollment.RecordAttendance(session, Day(1), present: true, note: null);
        enrollment.RecordAttendance(session, Day(2), present: true, note: null);
        session.Update(new TrainingSessionDetails(Start, End, 20, [Day(1), Day(3)]), placesTaken: 1);

        var error = Should.Throw<BusinessRuleException>(() => enrollment.Complete(session, Minimum, 24, End, null));

        error.Message.ShouldContain("1 of 2 (50%)");
    }

    [Test]
    public void Rejoin_Dropped_ReadmittedAtTheBackWithAttendanceCleared()
    {
        var session = Session();
        var enrollment = Enrol(session, queueNumber: 1);
        var planItemId = Guid.CreateVersion7();
        enrollment.RecordAttendance(session, Day(1), present: false, note: "Izin");
        enrollment.Drop("Tugas luar");

        enrollment.Rejoin(session, planItemId, placesTaken: 3, queueNumber: 9);

        enrollment.Status.ShouldBe(EnrollmentStatus.Registered);
        enrollment.QueueNumber.ShouldBe(9);
        enrollment.PlanItemId.ShouldBe(planItemId);
        enrollment.StatusReason.ShouldBeNull();
        enrollment.Attendance.ShouldBeEmpty();
    }

    [Test]
    public void Rejoin_SessionFull_Waitlisted()
    {
        var session = Session();
        var enrollment = EnrollmentIn(EnrollmentStatus.Dropped, session);

        enrollment.Rejoin(session, null, placesTaken: 20, queueNumber: 21);

        enrollment.Status.ShouldBe(EnrollmentStatus.Waitlisted);
        enrollment.QueueNumber.ShouldBe(21);
    }

    [Test]
    public void Rejoin_NoPlanItem_KeepsEarlierPlanItem()
    {
        var session = Session();
        var planItemId = Guid.CreateVersion7();
        var enrollment = Enrollment.Create(session, Guid.CreateVersion7(), Guid.CreateVersion7(), planItemId, 0, 1);
        enrollment.Drop(null);

        enrollment.Rejoin(session, null, placesTaken: 0, queueNumber: 2);

        enrollment.PlanItemId.ShouldBe(planItemId);
    }

    [TestCase(EnrollmentStatus.Registered)]
    [TestCase(EnrollmentStatus.Waitlisted)]
    [TestCase(EnrollmentStatus.Attending)]
    [TestCase(EnrollmentStatus.Completed)]
    public void Rejoin_StillEnrolled_RefusedNamingEmployee(EnrollmentStatus status)
    {
        var session = Session();
        var enrollment = EnrollmentIn(status, session);
        var queueNumber = enrollment.QueueNumber;

        Should.Throw<BusinessRuleException>(() => enrollment.Rejoin(session, null, 0, 5)).Field.ShouldBe("employeeId");

        enrollment.Status.ShouldBe(status);
        enrollment.QueueNumber.ShouldBe(queueNumber);
    }

    [Test]
    public void Rejoin_SessionStarted_Refused()
    {
        var session = Session();
        var enrollment = EnrollmentIn(EnrollmentStatus.Dropped, session);
        session.Start();

        Should.Throw<BusinessRuleException>(() => enrollment.Rejoin(session, null, 0, 5));

        enrollment.Status.ShouldBe(EnrollmentStatus.Dropped);
    }

    [Test]
    public void RecordCertificate_Completed_StoredTrimmed()
    {
        var enrollment = EnrollmentIn(EnrollmentStatus.Completed);

        enrollment.RecordCertificate("  SERT/002/2027 ");

        enrollment.CertificateNumber.ShouldBe("SERT/002/2027");
    }

    [Test]
    public void RecordCertificate_Blank_KeepsExistingNumber()
    {
        var (session, enrollment) = Attended(1, 2, 3, 4, 5);
        enrollment.Complete(session, Minimum, 24, End, "SERT/001/2027");

        enrollment.RecordCertificate("  ");

        enrollment.CertificateNumber.ShouldBe("SERT/001/2027");
    }

    [TestCase(EnrollmentStatus.Registered)]
    [TestCase(EnrollmentStatus.Attending)]
    [TestCase(EnrollmentStatus.Dropped)]
    public void RecordCertificate_NotCompleted_Refused(EnrollmentStatus status)
    {
        var enrollment = EnrollmentIn(status);

        Should.Throw<BusinessRuleException>(() => enrollment.RecordCertificate("SERT/003/2027"));

        enrollment.CertificateNumber.ShouldBeNull();
    }

    [Test]
    public void AddFollowUp_Completed_AddedWithTrimmedTexts()
    {
        var enrollment = EnrollmentIn(EnrollmentStatus.Completed);
        var details = FollowUp(End.AddMonths(1));

        var followUp = enrollment.AddFollowUp(details);

        enrollment.FollowUps.ShouldHaveSingleItem().ShouldBeSameAs(followUp);
        followUp.EnrollmentId.ShouldBe(enrollment.Id);
        followUp.Date.ShouldBe(End.AddMonths(1));
        followUp.Kind.ShouldBe(FollowUpKind.Mentoring);
        followUp.MentorEmployeeId.ShouldBe(details.MentorEmployeeId);
        followUp.MentorName.ShouldBe("Bu Sari");
        followUp.Notes.ShouldBe("Diskusi penerapan");
    }

    [Test]
    public void AddFollowUp_BlankTexts_Null()
    {
        var enrollment = EnrollmentIn(EnrollmentStatus.Completed);

        var followUp = enrollment.AddFollowUp(new FollowUpDetails(End, FollowUpKind.Other, null, " ", ""));

        followUp.MentorName.ShouldBeNull();
        followUp.Notes.ShouldBeNull();
    }

    [Test]
    public void AddFollowUp_OnCompletionDay_Accepted() => EnrollmentIn(EnrollmentStatus.Completed).AddFollowUp(FollowUp(End)).Date.ShouldBe(End);

    [Test]
    public void AddFollowUp_BeforeCompletion_RejectedNamingDate()
    {
        var enrollment = EnrollmentIn(EnrollmentStatus.Completed);

        Should.Throw<DomainValidationException>(() => enrollment.AddFollowUp(FollowUp(End.AddDays(-1)))).Field.ShouldBe("date");

        enrollment.FollowUps.ShouldBeEmpty();
    }

    [TestCase(EnrollmentStatus.Registered)]
    [TestCase(EnrollmentStatus.Waitlisted)]
    [TestCase(EnrollmentStatus.Attending)]
    [TestCase(EnrollmentStatus.Dropped)]
    [TestCase(EnrollmentStatus.NoShow)]
    public void AddFollowUp_NotCompleted_Refused(EnrollmentStatus status) =>
        Should.Throw<BusinessRuleException>(() => EnrollmentIn(status).AddFollowUp(FollowUp(End)));

    [TestCase(EnrollmentStatus.Registered, true)]
    [TestCase(EnrollmentStatus.Waitlisted, false)]
    [TestCase(EnrollmentStatus.Attending, true)]
    [TestCase(EnrollmentStatus.Completed, true)]
    [TestCase(EnrollmentStatus.Dropped, false)]
    [TestCase(EnrollmentStatus.NoShow, false)]
    public void HoldsPlaceIn_Status_OnlyRegisteredAttendingCompleted(EnrollmentStatus status, bool expected)
    {
        Enrollment.HoldsPlaceIn(status).ShouldBe(expected);
        EnrollmentIn(status).HoldsPlace.ShouldBe(expected);
    }

    [TestCase(EnrollmentStatus.Registered, true)]
    [TestCase(EnrollmentStatus.Waitlisted, true)]
    [TestCase(EnrollmentStatus.Attending, true)]
    [TestCase(EnrollmentStatus.Completed, true)]
    [TestCase(EnrollmentStatus.Dropped, false)]
    [TestCase(EnrollmentStatus.NoShow, false)]
    public void BooksDaysIn_Status_AllButDroppedAndNoShow(EnrollmentStatus status, bool expected) =>
        Enrollment.BooksDaysIn(status).ShouldBe(expected);
}
