using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;
using static AsnCompetency.Domain.UnitTests.Frameworks.FrameworkBuilder;

namespace AsnCompetency.Domain.UnitTests.Frameworks;

public sealed class CompetencyFrameworkUpdateCompetencyTests
{
    private CompetencyFramework _framework = null!;
    private Competency _managerial = null!;
    private Competency _integrity = null!;
    private Competency _integrityDetail = null!;
    private Competency _socioCultural = null!;

    /// <summary>
    /// M (Manajerial) ─ M.01 ─ M.01.1, and SK (SosialKultural) with SK.01, in a national draft.
    /// </summary>
    [SetUp]
    public void CreateTree()
    {
        _framework = NationalDraft();
        _managerial = _framework.AddGroup("M", CompetencyGroupKind.Manajerial);
        _integrity = _framework.AddGroup("M.01", under: _managerial);
        _integrityDetail = _framework.AddComplete("M.01.1", under: _integrity);
        _socioCultural = _framework.AddGroup("SK", CompetencyGroupKind.SosialKultural);
        _framework.AddComplete("SK.01", under: _socioCultural);
    }

    [Test]
    public void UpdateCompetency_NewTexts_ChangesItem()
    {
        var details = ItemDetails("M.01.1", levels: [1, 2]) with { Name = "Integritas", Description = "Jujur" };

        var updated = _framework.UpdateCompetency(_integrityDetail.Id, _integrity.Id, details);

        updated.ShouldBeSameAs(_integrityDetail);
        updated.Name.ShouldBe("Integritas");
        updated.Description.ShouldBe("Jujur");
        updated.Levels.Select(l => l.Level).ShouldBe([1, 2]);
    }

    [Test]
    public void UpdateCompetency_UnderAnotherGroup_MovesItemAfterNewSiblingsAndTakesItsKind()
    {
        var details = ItemDetails("M.01.1", kind: null, levels: [1, 2, 3, 4, 5]);

        _framework.UpdateCompetency(_integrityDetail.Id, _socioCultural.Id, details);

        _integrityDetail.ParentId.ShouldBe(_socioCultural.Id);
        _integrityDetail.GroupKind.ShouldBe(CompetencyGroupKind.SosialKultural);
        _integrityDetail.SortOrder.ShouldBe(_framework.Item("SK.01").SortOrder + 1);
    }

    [Test]
    public void UpdateCompetency_ToTopLevel_MovesItemToTopLevel()
    {
        _framework.UpdateCompetency(_integrity.Id, null, GroupDetails("M.01", CompetencyGroupKind.Manajerial));

        _integrity.ParentId.ShouldBeNull();
        _framework.ParentCode(_integrityDetail).ShouldBe("M.01");
    }

    [Test]
    public void UpdateCompetency_ToTopLevelWithoutGroupKind_ThrowsForGroupKind()
    {
        Should.Throw<DomainValidationException>(() => _framework.UpdateCompetency(_integrity.Id, null, GroupDetails("M.01", kind: null)))
            .Field.ShouldBe("groupKind");
        _integrity.ParentId.ShouldBe(_managerial.Id);
    }

    [Test]
    public void UpdateCompetency_UnderItself_ThrowsForParentId()
    {
        var error = Should.Throw<DomainValidationException>(() => _framework.UpdateCompetency(_integrity.Id, _integrity.Id, GroupDetails("M.01")));

        error.Field.ShouldBe("parentId");
        _integrity.ParentId.ShouldBe(_managerial.Id);
    }

    [Test]
    public void UpdateCompetency_UnderOwnChild_ThrowsForParentId()
    {
        Should.Throw<DomainValidationException>(() => _framework.UpdateCompetency(_integrity.Id, _integrityDetail.Id, GroupDetails("M.01")))
            .Field.ShouldBe("parentId");
        _integrity.ParentId.ShouldBe(_managerial.Id);
    }

    [Test]
    public void UpdateCompetency_UnderOwnGrandchild_ThrowsForParentId()
    {
        Should.Throw<DomainValidationException>(() => _framework.UpdateCompetency(_managerial.Id, _integrityDetail.Id, GroupDetails("M")))
            .Field.ShouldBe("parentId");
        _managerial.ParentId.ShouldBeNull();
    }

    [Test]
    public void UpdateCompetency_UnknownItem_ThrowsForId()
    {
        Should.Throw<DomainValidationException>(() => _framework.UpdateCompetency(Guid.NewGuid(), null, GroupDetails("X", CompetencyGroupKind.Manajerial)))
            .Field.ShouldBe("id");
    }

    [Test]
    public void UpdateCompetency_UnknownParent_ThrowsForParentId()
    {
        Should.Throw<DomainValidationException>(() => _framework.UpdateCompetency(_integrity.Id, Guid.NewGuid(), GroupDetails("M.01")))
            .Field.ShouldBe("parentId");
    }

    [Test]
    public void UpdateCompetency_TopLevelGroupKindChanged_CarriesKindToWholeBranch()
    {
        _framework.UpdateCompetency(_managerial.Id, null, GroupDetails("M", CompetencyGroupKind.Teknis));

        _managerial.GroupKind.ShouldBe(CompetencyGroupKind.Teknis);
        _integrity.GroupKind.ShouldBe(CompetencyGroupKind.Teknis);
        _integrityDetail.GroupKind.ShouldBe(CompetencyGroupKind.Teknis);
        _framework.Item("SK.01").GroupKind.ShouldBe(CompetencyGroupKind.SosialKultural);
    }

    [Test]
    public void UpdateCompetency_BranchMovedUnderOtherKind_CarriesKindToWholeBranch()
    {
        _framework.UpdateCompetency(_integrity.Id, _socioCultural.Id, GroupDetails("M.01"));

        _integrity.GroupKind.ShouldBe(CompetencyGroupKind.SosialKultural);
        _integrityDetail.GroupKind.ShouldBe(CompetencyGroupKind.SosialKultural);
        _managerial.GroupKind.ShouldBe(CompetencyGroupKind.Manajerial);
    }

    [Test]
    public void UpdateCompetency_ChildKindDiffersFromParent_ThrowsForGroupKind()
    {
        Should.Throw<DomainValidationException>(
                () => _framework.UpdateCompetency(_integrity.Id, _managerial.Id, GroupDetails("M.01", CompetencyGroupKind.Teknis)))
            .Field.ShouldBe("groupKind");
        _integrity.GroupKind.ShouldBe(CompetencyGroupKind.Manajerial);
    }

    [Test]
    public void UpdateCompetency_NoSortOrderSameParent_KeepsSortOrder()
    {
        var managerialOrder = _managerial.SortOrder;

        _framework.UpdateCompetency(_managerial.Id, null, GroupDetails("M", CompetencyGroupKind.Manajerial, sortOrder: null));

        _managerial.SortOrder.ShouldBe(managerialOrder);
    }

    [Test]
    public void UpdateCompetency_GivenSortOrder_SetsIt()
    {
        _framework.UpdateCompetency(_managerial.Id, null, GroupDetails("M", CompetencyGroupKind.Manajerial, sortOrder: 42));

        _managerial.SortOrder.ShouldBe(42);
    }

    [Test]
    public void UpdateCompetency_CodeOfAnotherItem_ThrowsBusinessRuleForCode()
    {
        Should.Throw<BusinessRuleException>(() => _framework.UpdateCompetency(_integrity.Id, _managerial.Id, GroupDetails("sk.01")))
            .Field.ShouldBe("code");
        _integrity.Code.ShouldBe("M.01");
    }

    [Test]
    public void UpdateCompetency_OwnCodeInOtherCase_IsAccepted()
    {
        _framework.UpdateCompetency(_integrity.Id, _managerial.Id, GroupDetails("m.01"));

        _integrity.Code.ShouldBe("m.01");
    }

    [Test]
    public void UpdateCompetency_LevelOutsideScale_ThrowsAtLevelPath()
    {
        Should.Throw<DomainValidationException>(() => _framework.UpdateCompetency(_integrityDetail.Id, _integrity.Id, ItemDetails("M.01.1", levels: [1, 6])))
            .Field.ShouldBe("levels[1].level");
        _integrityDetail.Levels.Count.ShouldBe(5);
    }

    [Test]
    public void UpdateCompetency_GroupGivenLevels_ThrowsForLevels()
    {
        var details = GroupDetails("M.01") with { Levels = Levels(1) };

        Should.Throw<DomainValidationException>(() => _framework.UpdateCompetency(_integrity.Id, _managerial.Id, details))
            .Field.ShouldBe("levels");
    }
}
