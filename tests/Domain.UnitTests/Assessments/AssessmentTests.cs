using AsnCompetency.Domain.Assessments;
using AsnCompetency.Domain.Common;

namespace AsnCompetency.Domain.UnitTests.Assessments;

/// <summary>An assessment's level lies within the scale, its date not in the future; a correction supersedes with a reason.</summary>
public sealed class AssessmentTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid EmployeeId = Guid.CreateVersion7();
    private static readonly Guid CompetencyId = Guid.CreateVersion7();

    private static AssessmentFacts Facts(int level = 3, DateOnly? on = null, string assessor = "Atasan") =>
        new(EmployeeId, Guid.CreateVersion7(), CompetencyId, Guid.CreateVersion7(), level, AssessmentMethod.Supervisor, on ?? Today, assessor, null, " bukti ", null);

    [Test]
    public void Record_ValidFacts_KeepsThemTrimmed()
    {
        var assessment = Assessment.Record(Facts(), 5, Today, Now, recordedBy: null);

        assessment.Level.ShouldBe(3);
        assessment.EvidenceNote.ShouldBe("bukti");
        assessment.SupersedesId.ShouldBeNull();
        assessment.RecordedAt.ShouldBe(Now);
    }

    [TestCase(0)]
    [TestCase(5)]
    public void Record_LevelOutsideScale_RejectedNamingLevel(int level)
    {
        Should.Throw<DomainValidationException>(() => Assessment.Record(Facts(level), 4, Today, Now, null)).Field.ShouldBe("level");
    }

    [Test]
    public void Record_FutureDate_Rejected()
    {
        Should.Throw<DomainValidationException>(() => Assessment.Record(Facts(on: Today.AddDays(1)), 5, Today, Now, null)).Field.ShouldBe("assessedOn");
    }

    [Test]
    public void Record_NoAssessor_Rejected()
    {
        Should.Throw<DomainValidationException>(() => Assessment.Record(Facts(assessor: " "), 5, Today, Now, null)).Field.ShouldBe("assessorName");
    }

    [Test]
    public void Correct_WithReason_SupersedesOriginal()
    {
        var original = Assessment.Record(Facts(3), 5, Today, Now, null);

        var correction = original.Correct(Facts(2), "Salah input", 5, Today, Now, null);

        correction.SupersedesId.ShouldBe(original.Id);
        correction.CorrectionReason.ShouldBe("Salah input");
        correction.Level.ShouldBe(2);
    }

    [Test]
    public void Correct_WithoutReason_Rejected()
    {
        var original = Assessment.Record(Facts(), 5, Today, Now, null);

        Should.Throw<DomainValidationException>(() => original.Correct(Facts(), "  ", 5, Today, Now, null)).Field.ShouldBe("reason");
    }

    [Test]
    public void Correct_OtherCompetency_Refused()
    {
        var original = Assessment.Record(Facts(), 5, Today, Now, null);

        Should.Throw<BusinessRuleException>(() => original.Correct(Facts() with { CompetencyId = Guid.CreateVersion7() }, "x", 5, Today, Now, null));
    }
}
