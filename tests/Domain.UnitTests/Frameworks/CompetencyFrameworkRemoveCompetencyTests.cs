using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;
using static AsnCompetency.Domain.UnitTests.Frameworks.FrameworkBuilder;

namespace AsnCompetency.Domain.UnitTests.Frameworks;

public sealed class CompetencyFrameworkRemoveCompetencyTests
{
    [Test]
    public void RemoveCompetency_GroupWithBranch_RemovesWholeSubtreeOnly()
    {
        var framework = NationalDraft();
        var managerial = framework.AddGroup("M", CompetencyGroupKind.Manajerial);
        var integrity = framework.AddGroup("M.01", under: managerial);
        framework.AddComplete("M.01.1", under: integrity);
        framework.AddComplete("M.02", under: managerial);
        framework.AddComplete("SK.01", under: framework.AddGroup("SK", CompetencyGroupKind.SosialKultural));

        var removed = framework.RemoveCompetency(managerial.Id);

        removed.Select(c => c.Code).ShouldBe(["M", "M.01", "M.02", "M.01.1"], ignoreOrder: true);
        removed[0].ShouldBeSameAs(managerial);
        framework.Competencies.Select(c => c.Code).ShouldBe(["SK", "SK.01"], ignoreOrder: true);
    }

    [Test]
    public void RemoveCompetency_Leaf_KeepsParentAndSiblings()
    {
        var framework = PublishableDraft();
        var integrity = framework.Item("M.01");
        framework.AddComplete("M.02", under: framework.Item("M"));

        framework.RemoveCompetency(integrity.Id).ShouldHaveSingleItem().ShouldBeSameAs(integrity);

        framework.Competencies.Select(c => c.Code).ShouldBe(["M", "M.02"], ignoreOrder: true);
    }

    [Test]
    public void RemoveCompetency_RemovedCode_CanBeUsedAgain()
    {
        var framework = PublishableDraft();

        framework.RemoveCompetency(framework.Item("M.01").Id);

        framework.AddComplete("M.01", under: framework.Item("M")).Code.ShouldBe("M.01");
    }

    [Test]
    public void RemoveCompetency_UnknownItem_ThrowsForId()
    {
        var framework = PublishableDraft();

        Should.Throw<DomainValidationException>(() => framework.RemoveCompetency(Guid.NewGuid())).Field.ShouldBe("id");
        framework.Competencies.Count.ShouldBe(2);
    }
}
