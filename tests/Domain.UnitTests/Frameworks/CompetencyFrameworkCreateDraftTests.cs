using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;
using static AsnCompetency.Domain.UnitTests.Frameworks.FrameworkBuilder;

namespace AsnCompetency.Domain.UnitTests.Frameworks;

public sealed class CompetencyFrameworkCreateDraftTests
{
    [TestCase("M.01")]
    [TestCase("TEKNIS-KES")]
    [TestCase("kes/2024_v1")]
    [TestCase("9LIVES")]
    public void CreateDraft_ValidCode_KeepsCode(string code)
    {
        var framework = CompetencyFramework.CreateDraft(code, null, Details());

        framework.Code.ShouldBe(code);
    }

    [Test]
    public void CreateDraft_CodeWithSurroundingSpaces_TrimsCode()
    {
        var framework = CompetencyFramework.CreateDraft("  TEKNIS-KES ", null, Details());

        framework.Code.ShouldBe("TEKNIS-KES");
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("-M01")]
    [TestCase(".M01")]
    [TestCase("M 01")]
    [TestCase("M#01")]
    [TestCase("Kompetensi-Ü")]
    public void CreateDraft_BadCode_ThrowsForCode(string? code)
    {
        var error = Should.Throw<DomainValidationException>(() => CompetencyFramework.CreateDraft(code!, null, Details()));

        error.Field.ShouldBe("code");
        error.Message.ShouldNotBeNullOrWhiteSpace();
    }

    [Test]
    public void CreateDraft_CodeLongerThanColumn_ThrowsForCode()
    {
        var code = new string('K', FieldLengths.Code + 1);

        Should.Throw<DomainValidationException>(() => CompetencyFramework.CreateDraft(code, null, Details()))
            .Field.ShouldBe("code");
    }

    [Test]
    public void CreateDraft_CodeOfColumnLength_IsAccepted()
    {
        var code = new string('K', FieldLengths.Code);

        CompetencyFramework.CreateDraft(code, null, Details()).Code.ShouldBe(code);
    }

    [Test]
    public void CreateDraft_Always_StartsAsFirstVersionDraft()
    {
        var framework = CompetencyFramework.CreateDraft("TEKNIS-KES", AgencyId, Details());

        framework.Status.ShouldBe(FrameworkStatus.Draft);
        framework.Version.ShouldBe(CompetencyFramework.FirstVersion);
        framework.OwnerAgencyId.ShouldBe(AgencyId);
        framework.IsNational.ShouldBeFalse();
        framework.PredecessorId.ShouldBeNull();
        framework.PublishedAt.ShouldBeNull();
        framework.Competencies.ShouldBeEmpty();
    }

    [Test]
    public void CreateDraft_NoOwner_IsNational()
    {
        CompetencyFramework.CreateDraft("PERMENPANRB-38-2017", null, Details()).IsNational.ShouldBeTrue();
    }

    [Test]
    public void CreateDraft_TextsWithSpacesAndUpperCaseLanguage_NormalisesTexts()
    {
        var details = new FrameworkDetails("  Kamus Kompetensi  ", "   ", " Uraian ", " ID ", []);

        var framework = CompetencyFramework.CreateDraft("K", null, details);

        framework.Name.ShouldBe("Kamus Kompetensi");
        framework.AlternativeName.ShouldBeNull();
        framework.Description.ShouldBe("Uraian");
        framework.Language.ShouldBe("id");
    }

    [Test]
    public void CreateDraft_NoScale_UsesStandardFiveLevelScale()
    {
        var framework = CompetencyFramework.CreateDraft("K", null, Details([]));

        framework.LevelCount.ShouldBe(5);
        framework.ProficiencyLevels.Select(l => l.Level).ShouldBe([1, 2, 3, 4, 5]);
        framework.ProficiencyLevels.Select(l => l.Name).ShouldBe(["Dasar", "Cakap", "Menengah", "Mahir", "Ahli"]);
        framework.ProficiencyLevels.ShouldAllBe(l => !string.IsNullOrWhiteSpace(l.Description));
    }

    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    [TestCase(5)]
    public void CreateDraft_ScaleOfTwoToFiveLevels_KeepsLevelsOneToN(int levelCount)
    {
        var framework = CompetencyFramework.CreateDraft("K", null, Details(ScaleOf(levelCount)));

        framework.LevelCount.ShouldBe(levelCount);
        framework.ProficiencyLevels.Select(l => l.Level).ShouldBe(Enumerable.Range(1, levelCount));
    }

    [Test]
    public void CreateDraft_ScaleOutOfOrder_StoresLevelsInOrderWithTrimmedNames()
    {
        var scale = new List<ProficiencyLevelDefinition>
        {
            new(3, " Tinggi ", " Memimpin "),
            new(1, "Rendah", null),
            new(2, "Sedang", null),
        };

        var framework = CompetencyFramework.CreateDraft("K", null, Details(scale));

        framework.ProficiencyLevels.Select(l => (l.Level, l.Name)).ShouldBe([(1, "Rendah"), (2, "Sedang"), (3, "Tinggi")]);
        framework.ProficiencyLevels[2].Description.ShouldBe("Memimpin");
    }

    [TestCase(new[] { 1 }, TestName = "CreateDraft_OneLevel_ThrowsForProficiencyLevels")]
    [TestCase(new[] { 1, 2, 3, 4, 5, 6 }, TestName = "CreateDraft_SixLevels_ThrowsForProficiencyLevels")]
    [TestCase(new[] { 1, 3 }, TestName = "CreateDraft_GapInLevels_ThrowsForProficiencyLevels")]
    [TestCase(new[] { 2, 3, 4 }, TestName = "CreateDraft_LevelsNotStartingAtOne_ThrowsForProficiencyLevels")]
    [TestCase(new[] { 1, 2, 2 }, TestName = "CreateDraft_DuplicateLevel_ThrowsForProficiencyLevels")]
    [TestCase(new[] { 0, 1 }, TestName = "CreateDraft_LevelZero_ThrowsForProficiencyLevels")]
    public void CreateDraft_BadScale_ThrowsForProficiencyLevels(int[] levels)
    {
        var error = Should.Throw<DomainValidationException>(() => CompetencyFramework.CreateDraft("K", null, Details(Scale(levels))));

        error.Field.ShouldBe("proficiencyLevels");
        error.Message.ShouldNotBeNullOrWhiteSpace();
    }
}
