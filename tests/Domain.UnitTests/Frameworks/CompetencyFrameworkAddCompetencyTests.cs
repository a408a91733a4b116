using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;
using static AsnCompetency.Domain.UnitTests.Frameworks.FrameworkBuilder;

namespace AsnCompetency.Domain.UnitTests.Frameworks;

public sealed class CompetencyFrameworkAddCompetencyTests
{
    [Test]
    public void AddCompetency_TopLevelWithGroupKind_AddsItemToFramework()
    {
        var framework = NationalDraft();

        var group = framework.AddCompetency(null, GroupDetails("M", CompetencyGroupKind.Manajerial));

        framework.Competencies.ShouldHaveSingleItem().ShouldBeSameAs(group);
        group.FrameworkId.ShouldBe(framework.Id);
        group.ParentId.ShouldBeNull();
        group.GroupKind.ShouldBe(CompetencyGroupKind.Manajerial);
        group.IsGroup.ShouldBeTrue();
    }

    [Test]
    public void AddCompetency_TopLevelWithoutGroupKind_ThrowsForGroupKind()
    {
        var framework = NationalDraft();

        var error = Should.Throw<DomainValidationException>(() => framework.AddCompetency(null, GroupDetails("M", kind: null)));

        error.Field.ShouldBe("groupKind");
        framework.Competencies.ShouldBeEmpty();
    }

    [Test]
    public void AddCompetency_ChildWithoutGroupKind_InheritsParentKind()
    {
        var framework = NationalDraft();
        var group = framework.AddGroup("SK", CompetencyGroupKind.SosialKultural);

        var child = framework.AddCompetency(group.Id, ItemDetails("SK.01", kind: null));

        child.ParentId.ShouldBe(group.Id);
        child.GroupKind.ShouldBe(CompetencyGroupKind.SosialKultural);
    }

    [Test]
    public void AddCompetency_ChildWithSameKindAsParent_IsAccepted()
    {
        var framework = NationalDraft();
        var group = framework.AddGroup("M", CompetencyGroupKind.Manajerial);

        framework.AddCompetency(group.Id, ItemDetails("M.01", CompetencyGroupKind.Manajerial)).GroupKind.ShouldBe(CompetencyGroupKind.Manajerial);
    }

    [Test]
    public void AddCompetency_ChildWithOtherKindThanParent_ThrowsForGroupKind()
    {
        var framework = NationalDraft();
        var group = framework.AddGroup("M", CompetencyGroupKind.Manajerial);

        var error = Should.Throw<DomainValidationException>(() => framework.AddCompetency(group.Id, ItemDetails("M.01", CompetencyGroupKind.Teknis)));

        error.Field.ShouldBe("groupKind");
        error.Message.ShouldContain("Manajerial");
    }

    [TestCase(CompetencyGroupKind.Manajerial)]
    [TestCase(CompetencyGroupKind.SosialKultural)]
    public void AddCompetency_AgencyFrameworkNonTechnicalKind_ThrowsForGroupKind(CompetencyGroupKind kind)
    {
        var framework = AgencyDraft();

        Should.Throw<DomainValidationException>(() => framework.AddCompetency(null, GroupDetails("G", kind)))
            .Field.ShouldBe("groupKind");
    }

    [Test]
    public void AddCompetency_AgencyFrameworkTechnicalKind_IsAccepted()
    {
        var framework = AgencyDraft();

        var group = framework.AddGroup("T", CompetencyGroupKind.Teknis);
        var child = framework.AddComplete("T.01", under: group);

        child.GroupKind.ShouldBe(CompetencyGroupKind.Teknis);
        framework.Competencies.Count.ShouldBe(2);
    }

    [TestCase("M.01")]
    [TestCase("m.01")]
    [TestCase(" M.01 ")]
    public void AddCompetency_CodeAlreadyUsed_ThrowsBusinessRuleForCode(string code)
    {
        var framework = NationalDraft();
        var group = framework.AddGroup("M", CompetencyGroupKind.Manajerial);
        framework.AddComplete("M.01", under: group);

        var error = Should.Throw<BusinessRuleException>(() => framework.AddCompetency(group.Id, ItemDetails(code)));

        error.Field.ShouldBe("code");
        error.Message.ShouldContain("M.01");
        framework.Competencies.Count.ShouldBe(2);
    }

    [TestCase("")]
    [TestCase("M 01")]
    [TestCase("-M")]
    public void AddCompetency_BadCode_ThrowsForCode(string code)
    {
        var framework = NationalDraft();

        Should.Throw<DomainValidationException>(() => framework.AddCompetency(null, GroupDetails(code, CompetencyGroupKind.Manajerial)))
            .Field.ShouldBe("code");
    }

    [Test]
    public void AddCompetency_UnknownParent_ThrowsForParentId()
    {
        var framework = NationalDraft();

        Should.Throw<DomainValidationException>(() => framework.AddCompetency(Guid.NewGuid(), ItemDetails("M.01")))
            .Field.ShouldBe("parentId");
    }

    [Test]
    public void AddCompetency_ParentOfAnotherFramework_ThrowsForParentId()
    {
        var other = NationalDraft();
        var foreignGroup = other.AddGroup("M", CompetencyGroupKind.Manajerial);
        var framework = NationalDraft();

        Should.Throw<DomainValidationException>(() => framework.AddCompetency(foreignGroup.Id, ItemDetails("M.01")))
            .Field.ShouldBe("parentId");
    }

    [TestCase(3, new[] { 1, 4 }, "levels[1].level", TestName = "AddCompetency_LevelAboveThreeLevelScale_ThrowsAtThatLevel")]
    [TestCase(5, new[] { 6 }, "levels[0].level", TestName = "AddCompetency_LevelSix_ThrowsAtThatLevel")]
    [TestCase(5, new[] { 1, 2, 0 }, "levels[2].level", TestName = "AddCompetency_LevelZero_ThrowsAtThatLevel")]
    [TestCase(5, new[] { 1, -1 }, "levels[1].level", TestName = "AddCompetency_NegativeLevel_ThrowsAtThatLevel")]
    public void AddCompetency_LevelOutsideScale_ThrowsAtLevelPath(int levelCount, int[] levels, string field)
    {
        var framework = NationalDraft(levelCount);

        var error = Should.Throw<DomainValidationException>(
            () => framework.AddCompetency(null, ItemDetails("M.01", CompetencyGroupKind.Manajerial, levels: levels)));

        error.Field.ShouldBe(field);
        error.Message.ShouldContain(levelCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Test]
    public void AddCompetency_LevelDescribedTwice_ThrowsAtSecondDescription()
    {
        var framework = NationalDraft();

        var error = Should.Throw<DomainValidationException>(
            () => framework.AddCompetency(null, ItemDetails("M.01", CompetencyGroupKind.Manajerial, levels: [1, 2, 3, 2])));

        error.Field.ShouldBe("levels[3].level");
        framework.Competencies.ShouldBeEmpty();
    }

    [Test]
    public void AddCompetency_GroupWithLevels_ThrowsForLevels()
    {
        var framework = NationalDraft();
        var group = GroupDetails("M", CompetencyGroupKind.Manajerial) with { Levels = Levels(1) };

        Should.Throw<DomainValidationException>(() => framework.AddCompetency(null, group))
            .Field.ShouldBe("levels");
    }

    [Test]
    public void AddCompetency_LevelsOutOfOrder_StoresLevelsInOrder()
    {
        var framework = NationalDraft(3);

        var item = framework.AddCompetency(null, ItemDetails("M.01", CompetencyGroupKind.Manajerial, levels: [3, 1, 2]));

        item.Levels.Select(l => l.Level).ShouldBe([1, 2, 3]);
    }

    [Test]
    public void AddCompetency_LevelDescriptions_AreCopiedNotShared()
    {
        var framework = NationalDraft(2);
        var details = ItemDetails("M.01", CompetencyGroupKind.Manajerial, levels: [1, 2]);

        var item = framework.AddCompetency(null, details);
        details.Levels[0].Indicators.Add("ditambahkan kemudian");

        item.Levels[0].Indicators.ShouldBe(["Indikator level 1"]);
    }

    [Test]
    public void AddCompetency_TextsWithSpaces_TrimsAndDropsBlankTexts()
    {
        var framework = NationalDraft();
        var details = GroupDetails(" M ", CompetencyGroupKind.Manajerial) with { Name = " Manajerial ", AlternativeName = " ", Description = " Uraian " };

        var item = framework.AddCompetency(null, details);

        item.Code.ShouldBe("M");
        item.Name.ShouldBe("Manajerial");
        item.AlternativeName.ShouldBeNull();
        item.Description.ShouldBe("Uraian");
    }

    [Test]
    public void AddCompetency_NoSortOrder_PlacesItemAfterItsSiblings()
    {
        var framework = NationalDraft();
        var group = framework.AddGroup("M", CompetencyGroupKind.Manajerial);
        framework.AddComplete("M.01", under: group, sortOrder: 7);

        var next = framework.AddComplete("M.02", under: group);
        var firstTopLevelSibling = framework.AddGroup("SK", CompetencyGroupKind.SosialKultural);

        next.SortOrder.ShouldBe(8);
        firstTopLevelSibling.SortOrder.ShouldBe(group.SortOrder + 1);
    }

    [Test]
    public void AddCompetency_GivenSortOrder_KeepsIt()
    {
        var framework = NationalDraft();

        framework.AddGroup("M", CompetencyGroupKind.Manajerial, sortOrder: 0).SortOrder.ShouldBe(0);
    }
}
