using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Training;

namespace AsnCompetency.Domain.UnitTests.Training;

/// <summary>Ledger entries come from completed enrolments or from activities recorded outside the system.</summary>
public sealed class LearningRecordTests
{
    private static readonly DateOnly Start = new(2027, 3, 1);
    private static readonly DateOnly End = new(2027, 3, 5);

    private static TrainingProgram Program() =>
        TrainingProgram.Create(Guid.CreateVersion7(), "MENTOR-1", new TrainingProgramDetails("Mentoring Analis", DevelopmentForm.Mentoring, null, 0m) { ProviderName = "BPSDM" }, conversionJp: 2);

    private static (TrainingSession Session, Enrollment Enrollment) Enrolled(TrainingProgram program)
    {
        var session = TrainingSession.Create(program.Id, null, "ANGKATAN-1", new TrainingSessionDetails(Start, End, 20));
        session.Open();
        var enrollment = Enrollment.Create(session, Guid.CreateVersion7(), Guid.CreateVersion7(), null, 0, 1);
        return (session, enrollment);
    }

    [Test]
    public void ForCompletion_CompletedEnrolment_CopiesEnrolmentAndProgramme()
    {
        var program = Program();
        var (session, enrollment) = Enrolled(program);
        enrollment.Complete(session, 0m, jp: 4, completedOn: End, certificateNumber: " SERT/9 ");

        var record = LearningRecord.ForCompletion(enrollment, program);

        record.EmployeeId.ShouldBe(enrollment.EmployeeId);
        record.AgencyId.ShouldBe(enrollment.AgencyId);
        record.Date.ShouldBe(End);
        record.Jp.ShouldBe(4);
        record.Title.ShouldBe("Mentoring Analis");
        record.Form.ShouldBe(DevelopmentForm.Mentoring);
        record.Source.ShouldBe(LearningSource.Training);
        record.EnrollmentId.ShouldBe(enrollment.Id);
        record.ProgramId.ShouldBe(program.Id);
        record.Provider.ShouldBe("BPSDM");
        record.CertificateNumber.ShouldBe("SERT/9");
        record.Id.ShouldNotBe(Guid.Empty);
    }

    [Test]
    public void ForCompletion_NotCompleted_Refused()
    {
        var program = Program();
        var (_, enrollment) = Enrolled(program);

        Should.Throw<BusinessRuleException>(() => LearningRecord.ForCompletion(enrollment, program));
    }

    [Test]
    public void RecordCertificate_SetsNumber()
    {
        var program = Program();
        var (session, enrollment) = Enrolled(program);
        enrollment.Complete(session, 0m, 2, End, null);
        var record = LearningRecord.ForCompletion(enrollment, program);

        record.RecordCertificate("SERT/10");

        record.CertificateNumber.ShouldBe("SERT/10");
    }

    [Test]
    public void External_ValidActivity_StoredTrimmed()
    {
        Guid employeeId = Guid.CreateVersion7(), agencyId = Guid.CreateVersion7();
        var date = new DateOnly(2027, 5, 20);

        var record = LearningRecord.External(employeeId, agencyId, date, 8, "  Seminar Nasional SDM  ", DevelopmentForm.Seminar, "  LAN RI ", "  ");

        record.EmployeeId.ShouldBe(employeeId);
        record.AgencyId.ShouldBe(agencyId);
        record.Date.ShouldBe(date);
        record.Jp.ShouldBe(8);
        record.Title.ShouldBe("Seminar Nasional SDM");
        record.Form.ShouldBe(DevelopmentForm.Seminar);
        record.Source.ShouldBe(LearningSource.External);
        record.Provider.ShouldBe("LAN RI");
        record.CertificateNumber.ShouldBeNull();
        record.EnrollmentId.ShouldBeNull();
        record.ProgramId.ShouldBeNull();
    }

    [TestCase(1)]
    [TestCase(TrainingProgram.MaxJp)]
    public void External_JpAtBounds_Accepted(int jp) =>
        LearningRecord.External(Guid.CreateVersion7(), Guid.CreateVersion7(), End, jp, "Kursus", DevelopmentForm.Course, null, null).Jp.ShouldBe(jp);

    [TestCase(0)]
    [TestCase(-3)]
    [TestCase(TrainingProgram.MaxJp + 1)]
    public void External_JpOutOfRange_RejectedNamingJp(int jp) =>
        Should.Throw<DomainValidationException>(() => LearningRecord.External(Guid.CreateVersion7(), Guid.CreateVersion7(), End, jp, "Kursus", DevelopmentForm.Course, null, null))
            .Field.ShouldBe("jp");

    [TestCase("")]
    [TestCase("   ")]
    public void External_BlankTitle_RejectedNamingTitle(string title) =>
        Should.Throw<DomainValidationException>(() => LearningRecord.External(Guid.CreateVersion7(), Guid.CreateVersion7(), End, 4, title, DevelopmentForm.Course, null, null))
            .Field.ShouldBe("title");
}
