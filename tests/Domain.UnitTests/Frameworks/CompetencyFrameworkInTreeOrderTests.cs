using AsnCompetency.Domain.Frameworks;
using static AsnCompetency.Domain.UnitTests.Frameworks.FrameworkBuilder;

namespace AsnCompetency.Domain.UnitTests.Frameworks;

public sealed class CompetencyFrameworkInTreeOrderTests
{
    [Test]
    public void InTreeOrder_ItemsAddedOutOfOrder_ListsParentsFirstAndSiblingsBySortOrder()
    {
        var framework = NationalDraft();
        var socioCultural = framework.AddGroup("SK", CompetencyGroupKind.SosialKultural, sortOrder: 2);
        var managerial = framework.AddGroup("M", CompetencyGroupKind.Manajerial, sortOrder: 1);
        framework.AddComplete("SK.01", under: socioCultural);
        var cooperation = framework.AddGroup("M.02", under: managerial, sortOrder: 2);
        framework.AddComplete("M.02.b", under: cooperation, sortOrder: 2);
        framework.AddComplete("M.02.a", under: cooperation, sortOrder: 1);
        framework.AddComplete("M.01", under: managerial, sortOrder: 1);
        framework.AddComplete("T.01", kind: CompetencyGroupKind.Teknis, sortOrder: 3);

        framework.InTreeOrder().Select(c => c.Code)
            .ShouldBe(["M", "M.01", "M.02", "M.02.a", "M.02.b", "SK", "SK.01", "T.01"]);
    }

    [Test]
    public void InTreeOrder_SiblingsWithSameSortOrder_ListsThemByCode()
    {
        var framework = NationalDraft();
        framework.AddComplete("B", kind: CompetencyGroupKind.Teknis, sortOrder: 1);
        framework.AddComplete("A", kind: CompetencyGroupKind.Teknis, sortOrder: 1);
        framework.AddComplete("0", kind: CompetencyGroupKind.Teknis, sortOrder: 2);

        framework.InTreeOrder().Select(c => c.Code).ShouldBe(["A", "B", "0"]);
    }

    [Test]
    public void InTreeOrder_AfterMove_ListsMovedItemUnderNewParent()
    {
        var framework = NationalDraft();
        var managerial = framework.AddGroup("M", CompetencyGroupKind.Manajerial);
        var socioCultural = framework.AddGroup("SK", CompetencyGroupKind.SosialKultural);
        var item = framework.AddComplete("X.01", under: managerial);

        framework.UpdateCompetency(item.Id, socioCultural.Id, ItemDetails("X.01", levels: [1, 2, 3, 4, 5]));

        framework.InTreeOrder().Select(c => c.Code).ShouldBe(["M", "SK", "X.01"]);
    }

    [Test]
    public void InTreeOrder_EmptyFramework_IsEmpty()
    {
        NationalDraft().InTreeOrder().ShouldBeEmpty();
    }
}
