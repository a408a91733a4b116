using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Training;

namespace AsnCompetency.Domain.UnitTests.Training;

/// <summary>Programmes state their JP or, for non-classroom forms, take the conversion-table rate; agreements and targets are validated.</summary>
public sealed class ProgramTests
{
    private static readonly DateOnly AgreementFrom = new(2027, 1, 1);
    private static readonly DateOnly AgreementUntil = new(2027, 12, 31);

    private static TrainingProgramDetails Details(DevelopmentForm form = DevelopmentForm.Technical, int? jp = 24) =>
        new("Pelatihan Analisis Kebijakan", form, jp, 2_500_000m);

    private static TrainingProgram Program(TrainingProgramDetails? details = null, int? conversionJp = null) =>
        TrainingProgram.Create(Guid.CreateVersion7(), "TEKNIS-01", details ?? Details(), conversionJp);

    private static TrainingProgram ConversionProgram(int ownerRate = 2) =>
        Program(Details(DevelopmentForm.Coaching, jp: null), conversionJp: ownerRate);

    [Test]
    public void Create_ValidDetails_StoresNormalisedValues()
    {
        var agencyId = Guid.CreateVersion7();
        var details = Details() with
        {
            Title = "  Pelatihan Analisis Kebijakan  ",
            Description = "   ",
            ProviderName = "  BPSDM Provinsi  ",
            DeliveryMode = DeliveryMode.Blended,
            AnnualCapacity = 120,
        };

        var program = TrainingProgram.Create(agencyId, "  teknis-01 ", details);

        program.AgencyId.ShouldBe(agencyId);
        program.Code.ShouldBe("TEKNIS-01");
        program.Title.ShouldBe("Pelatihan Analisis Kebijakan");
        program.Description.ShouldBeNull();
        program.ProviderName.ShouldBe("BPSDM Provinsi");
        program.Form.ShouldBe(DevelopmentForm.Technical);
        program.Category.ShouldBe(DevelopmentCategory.Classroom);
        program.DeliveryMode.ShouldBe(DeliveryMode.Blended);
        program.CostPerParticipant.ShouldBe(2_500_000m);
        program.AnnualCapacity.ShouldBe(120);
        program.IsActive.ShouldBeTrue();
        program.Targets.ShouldBeEmpty();
    }

    [Test]
    public void Create_NoAgency_IsNational() => TrainingProgram.Create(null, "PKA", Details(DevelopmentForm.LeadershipPka)).AgencyId.ShouldBeNull();

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("TEKNIS 01")]
    [TestCase("-TEKNIS")]
    public void Create_InvalidCode_RejectedNamingCode(string code) =>
        Should.Throw<DomainValidationException>(() => TrainingProgram.Create(null, code, Details())).Field.ShouldBe("code");

    [Test]
    public void Create_CodeLongerThanLimit_Rejected() =>
        Should.Throw<DomainValidationException>(() => TrainingProgram.Create(null, new string('A', FieldLengths.Code + 1), Details())).Field.ShouldBe("code");

    [Test]
    public void Create_ShortForm_IsTechnicalWithStatedJp()
    {
        var program = TrainingProgram.Create(null, "tk-1", "Teknis", 30, 1_000_000m, 40);

        program.Code.ShouldBe("TK-1");
        program.Form.ShouldBe(DevelopmentForm.Technical);
        program.Jp.ShouldBe(30);
        program.JpSource.ShouldBe(JpSource.Stated);
        program.AnnualCapacity.ShouldBe(40);
    }

    [TestCase(" ")]
    [TestCase("")]
    public void Create_BlankTitle_RejectedNamingTitle(string title) =>
        Should.Throw<DomainValidationException>(() => Program(Details() with { Title = title })).Field.ShouldBe("title");

    [Test]
    public void Create_NegativeCost_Rejected() =>
        Should.Throw<DomainValidationException>(() => Program(Details() with { CostPerParticipant = -1m })).Field.ShouldBe("costPerParticipant");

    [Test]
    public void Create_ZeroAnnualCapacity_Rejected() =>
        Should.Throw<DomainValidationException>(() => Program(Details() with { AnnualCapacity = 0 })).Field.ShouldBe("annualCapacity");

    [TestCase(0)]
    [TestCase(24)]
    [TestCase(TrainingProgram.MaxJp)]
    public void Create_StatedJp_StoredAsStated(int jp)
    {
        var program = Program(Details(jp: jp), conversionJp: 99);

        program.Jp.ShouldBe(jp);
        program.JpSource.ShouldBe(JpSource.Stated);
    }

    [TestCase(-1)]
    [TestCase(TrainingProgram.MaxJp + 1)]
    public void Create_StatedJpOutOfRange_RejectedNamingJp(int jp) =>
        Should.Throw<DomainValidationException>(() => Program(Details(jp: jp))).Field.ShouldBe("jp");

    [Test]
    public void Create_StatedJpForNonClassroomForm_StatedWinsOverRate()
    {
        var program = Program(Details(DevelopmentForm.Coaching, jp: 6), conversionJp: 2);

        program.Jp.ShouldBe(6);
        program.JpSource.ShouldBe(JpSource.Stated);
    }

    [Test]
    public void Create_JpOmittedForNonClassroomWithRate_TakesConversionRate()
    {
        var program = Program(Details(DevelopmentForm.Benchmarking, jp: null), conversionJp: 10);

        program.Jp.ShouldBe(10);
        program.JpSource.ShouldBe(JpSource.Conversion);
        program.Category.ShouldBe(DevelopmentCategory.NonClassroom);
    }

    [TestCase(DevelopmentForm.Technical)]
    [TestCase(DevelopmentForm.LeadershipPkp)]
    [TestCase(DevelopmentForm.Seminar)]
    [TestCase(DevelopmentForm.FormalEducation)]
    public void Create_JpOmittedForClassroomOrEducation_RejectedNamingJp(DevelopmentForm form) =>
        Should.Throw<DomainValidationException>(() => Program(Details(form, jp: null), conversionJp: 20)).Field.ShouldBe("jp");

    [Test]
    public void Create_JpOmittedWithoutRate_RejectedNamingJp()
    {
        var error = Should.Throw<DomainValidationException>(() => Program(Details(DevelopmentForm.Outbound, jp: null), conversionJp: null));

        error.Field.ShouldBe("jp");
        error.Message.ShouldContain("Outbound");
    }

    [Test]
    public void Update_JpOmittedAfterStated_SwitchesToConversion()
    {
        var program = Program(Details(DevelopmentForm.Mentoring, jp: 8));

        program.Update(Details(DevelopmentForm.Mentoring, jp: null), conversionJp: 2);

        program.Jp.ShouldBe(2);
        program.JpSource.ShouldBe(JpSource.Conversion);
    }

    [Test]
    public void Update_InvalidDetails_LeavesProgrammeUnchanged()
    {
        var program = Program();

        Should.Throw<DomainValidationException>(() => program.Update(Details(jp: null) with { Title = "Baru" }));

        program.Title.ShouldBe("Pelatihan Analisis Kebijakan");
        program.Jp.ShouldBe(24);
    }

    [Test]
    public void JpFor_ConversionProgramme_UsesAgencyRate() => ConversionProgram(ownerRate: 2).JpFor(4).ShouldBe(4);

    [Test]
    public void JpFor_ConversionProgrammeAgencyWithoutRate_FallsBackToProgrammeJp() => ConversionProgram(ownerRate: 2).JpFor(null).ShouldBe(2);

    [TestCase(4)]
    [TestCase(null)]
    public void JpFor_StatedProgramme_IgnoresAgencyRate(int? agencyRate) => Program(Details(jp: 24)).JpFor(agencyRate).ShouldBe(24);

    [Test]
    public void Create_AgreementUntilBeforeFrom_RejectedNamingUntil()
    {
        var details = Details() with { AgreementNumber = "PKS/01/2027", AgreementValidFrom = AgreementUntil, AgreementValidUntil = AgreementFrom };

        Should.Throw<DomainValidationException>(() => Program(details)).Field.ShouldBe("agreementValidUntil");
    }

    [Test]
    public void Create_AgreementSameDayFromAndUntil_Accepted()
    {
        var details = Details() with { AgreementNumber = "PKS/01/2027", AgreementValidFrom = AgreementFrom, AgreementValidUntil = AgreementFrom };

        Program(details).AgreementValidUntil.ShouldBe(AgreementFrom);
    }

    [TestCase(true, false)]
    [TestCase(false, true)]
    [TestCase(true, true)]
    public void Create_AgreementDatesWithoutNumber_RejectedNamingNumber(bool withFrom, bool withUntil)
    {
        var details = Details() with
        {
            AgreementNumber = "  ",
            AgreementValidFrom = withFrom ? AgreementFrom : null,
            AgreementValidUntil = withUntil ? AgreementUntil : null,
        };

        Should.Throw<DomainValidationException>(() => Program(details)).Field.ShouldBe("agreementNumber");
    }

    [Test]
    public void Create_AgreementNumberWithoutDates_StoredTrimmed()
    {
        var program = Program(Details() with { AgreementNumber = "  PKS/01/2027 " });

        program.AgreementNumber.ShouldBe("PKS/01/2027");
        program.AgreementValidFrom.ShouldBeNull();
        program.AgreementValidUntil.ShouldBeNull();
    }

    [Test]
    public void AgreementCovers_NoAgreement_AlwaysTrue() => Program().AgreementCovers(new DateOnly(1990, 1, 1)).ShouldBeTrue();

    [TestCase(2026, 12, 31, false)]
    [TestCase(2027, 1, 1, true)]
    [TestCase(2027, 6, 15, true)]
    [TestCase(2027, 12, 31, true)]
    [TestCase(2028, 1, 1, false)]
    public void AgreementCovers_BoundedAgreement_InclusiveOfBothEnds(int year, int month, int day, bool expected)
    {
        var program = Program(Details() with { AgreementNumber = "PKS/01/2027", AgreementValidFrom = AgreementFrom, AgreementValidUntil = AgreementUntil });

        program.AgreementCovers(new DateOnly(year, month, day)).ShouldBe(expected);
    }

    [TestCase(2026, 12, 31, false)]
    [TestCase(2040, 1, 1, true)]
    public void AgreementCovers_OnlyFrom_OpenEnded(int year, int month, int day, bool expected)
    {
        var program = Program(Details() with { AgreementNumber = "PKS/01/2027", AgreementValidFrom = AgreementFrom });

        program.AgreementCovers(new DateOnly(year, month, day)).ShouldBe(expected);
    }

    [TestCase(2000, 1, 1, true)]
    [TestCase(2028, 1, 1, false)]
    public void AgreementCovers_OnlyUntil_OpenStart(int year, int month, int day, bool expected)
    {
        var program = Program(Details() with { AgreementNumber = "PKS/01/2027", AgreementValidUntil = AgreementUntil });

        program.AgreementCovers(new DateOnly(year, month, day)).ShouldBe(expected);
    }

    [Test]
    public void AgreementCovers_NumberWithoutDates_AlwaysTrue()
    {
        var program = Program(Details() with { AgreementNumber = "PKS/01/2027" });

        program.AgreementCovers(new DateOnly(1990, 1, 1)).ShouldBeTrue();
    }

    [Test]
    public void DeactivateThenActivate_TogglesIsActive()
    {
        var program = Program();

        program.Deactivate();
        program.IsActive.ShouldBeFalse();
        program.Activate();
        program.IsActive.ShouldBeTrue();
    }

    [Test]
    public void Target_NewCompetency_AddedWithProgrammeId()
    {
        var program = Program();
        var competencyId = Guid.CreateVersion7();

        program.Target(competencyId, 3);

        var target = program.Targets.ShouldHaveSingleItem();
        target.ProgramId.ShouldBe(program.Id);
        target.CompetencyId.ShouldBe(competencyId);
        target.TargetLevel.ShouldBe(3);
    }

    [Test]
    public void Target_SameCompetencyAgain_UpdatesLevel()
    {
        var program = Program();
        var competencyId = Guid.CreateVersion7();
        program.Target(competencyId, 2);

        program.Target(competencyId, 4);

        program.Targets.ShouldHaveSingleItem().TargetLevel.ShouldBe(4);
    }

    [Test]
    public void Target_LevelBelowOne_RejectedNamingTargetLevel() =>
        Should.Throw<DomainValidationException>(() => Program().Target(Guid.CreateVersion7(), 0)).Field.ShouldBe("targetLevel");

    [Test]
    public void ReplaceTargets_Mixed_KeepsExistingObjectsUpdatesLevelsRemovesMissingAddsNew()
    {
        var program = Program();
        Guid kept = Guid.CreateVersion7(), removed = Guid.CreateVersion7(), added = Guid.CreateVersion7();
        program.Target(kept, 2);
        program.Target(removed, 3);
        var keptTarget = program.Targets.Single(t => t.CompetencyId == kept);

        program.ReplaceTargets([(kept, 4), (added, 1)]);

        program.Targets.Select(t => t.CompetencyId).ShouldBe([kept, added], ignoreOrder: true);
        var keptAfter = program.Targets.Single(t => t.CompetencyId == kept);
        keptAfter.ShouldBeSameAs(keptTarget);
        keptAfter.TargetLevel.ShouldBe(4);
        program.Targets.Single(t => t.CompetencyId == added).TargetLevel.ShouldBe(1);
    }

    [Test]
    public void ReplaceTargets_Empty_RemovesAll()
    {
        var program = Program();
        program.Target(Guid.CreateVersion7(), 2);

        program.ReplaceTargets([]);

        program.Targets.ShouldBeEmpty();
    }

    [Test]
    public void ReplaceTargets_DuplicateCompetency_RejectedAndTargetsUnchanged()
    {
        var program = Program();
        Guid existing = Guid.CreateVersion7(), duplicate = Guid.CreateVersion7();
        program.Target(existing, 2);

        Should.Throw<DomainValidationException>(() => program.ReplaceTargets([(duplicate, 1), (duplicate, 2)])).Field.ShouldBe("targets");

        program.Targets.ShouldHaveSingleItem().CompetencyId.ShouldBe(existing);
    }

    [Test]
    public void ReplaceTargets_InvalidLevel_RejectedAndTargetsUnchanged()
    {
        var program = Program();
        Guid existing = Guid.CreateVersion7(), other = Guid.CreateVersion7();
        program.Target(existing, 2);

        Should.Throw<DomainValidationException>(() => program.ReplaceTargets([(other, 3), (existing, 0)])).Field.ShouldBe("targetLevel");

        program.Targets.ShouldHaveSingleItem().CompetencyId.ShouldBe(existing);
        program.Targets.Single().TargetLevel.ShouldBe(2);
    }
}
