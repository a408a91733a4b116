using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;
using static AsnCompetency.Domain.UnitTests.Frameworks.FrameworkBuilder;

namespace AsnCompetency.Domain.UnitTests.Frameworks;

public sealed class CompetencyFrameworkCreateNextVersionTests
{
    /// <summary>A published agency framework with a custom 3-level scale and a three-level-deep tree.</summary>
    private static CompetencyFramework PublishedTree()
    {
        var details = new FrameworkDetails("Kamus Teknis Kesehatan", "Health technical dictionary", "Uraian", "id", ScaleOf(3));
        var framework = CompetencyFramework.CreateDraft("TEKNIS-KES", AgencyId, details);
        var clinical = framework.AddGroup("T.KLN", CompetencyGroupKind.Teknis, sortOrder: 2);
        var nursing = framework.AddGroup("T.KLN.01", under: clinical, sortOrder: 5);
        framework.AddComplete("T.KLN.01.2", under: nursing, sortOrder: 2);
        framework.AddComplete("T.KLN.01.1", under: nursing, sortOrder: 1);
        framework.AddComplete("T.ADM", kind: CompetencyGroupKind.Teknis, sortOrder: 1);
        framework.Publish(Now);
        return framework;
    }

    [Test]
    public void CreateNextVersion_Published_CreatesLinkedDraftWithSameHeader()
    {
        var current = PublishedTree();

        var next = current.CreateNextVersion(2);

        next.Id.ShouldNotBe(current.Id);
        next.PredecessorId.ShouldBe(current.Id);
        next.Version.ShouldBe(2);
        next.Status.ShouldBe(FrameworkStatus.Draft);
        next.PublishedAt.ShouldBeNull();
        next.Code.ShouldBe(current.Code);
        next.OwnerAgencyId.ShouldBe(AgencyId);
        (next.Name, next.AlternativeName, next.Description, next.Language)
            .ShouldBe((current.Name, current.AlternativeName, current.Description, current.Language));
        next.ProficiencyLevels.Select(l => (l.Level, l.Name)).ShouldBe(current.ProficiencyLevels.Select(l => (l.Level, l.Name)));
    }

    [Test]
    public void CreateNextVersion_Published_ClonesTreeWithNewIdentities()
    {
        var current = PublishedTree();

        var next = current.CreateNextVersion(2);

        next.Competencies.Count.ShouldBe(current.Competencies.Count);
        next.Competencies.Select(c => c.Id).Intersect(current.Competencies.Select(c => c.Id)).ShouldBeEmpty();
        next.Competencies.ShouldAllBe(c => c.FrameworkId == next.Id);
        next.Competencies.Where(c => c.ParentId != null)
            .ShouldAllBe(c => next.Competencies.Any(p => p.Id == c.ParentId), "every parent of a copy is a copy");
    }

    [Test]
    public void CreateNextVersion_Published_KeepsCodesParentsSortOrdersAndKinds()
    {
        var current = PublishedTree();

        var next = current.CreateNextVersion(2);

        next.InTreeOrder().Select(c => (c.Code, next.ParentCode(c), c.SortOrder, c.ItemType, c.GroupKind))
            .ShouldBe(current.InTreeOrder().Select(c => (c.Code, current.ParentCode(c), c.SortOrder, c.ItemType, c.GroupKind)));
    }

    [Test]
    public void CreateNextVersion_Published_CopiesLevelDescriptions()
    {
        var current = PublishedTree();

        var next = current.CreateNextVersion(2);

        foreach (var original in current.Competencies)
        {
            var copy = next.Item(original.Code);
            copy.Levels.Select(l => (l.Level, l.Description, string.Join("|", l.Indicators)))
                .ShouldBe(original.Levels.Select(l => (l.Level, l.Description, string.Join("|", l.Indicators))));
            copy.Levels.Zip(original.Levels).ShouldAllBe(pair => !ReferenceEquals(pair.First.Indicators, pair.Second.Indicators));
        }
    }

    [Test]
    public void CreateNextVersion_NewDraft_CanBeChangedWithoutTouchingPredecessor()
    {
        var current = PublishedTree();
        var next = current.CreateNextVersion(2);

        next.RemoveCompetency(next.Item("T.KLN").Id);
        next.AddComplete("T.BARU", kind: CompetencyGroupKind.Teknis);

        current.Competencies.Select(c => c.Code).ShouldBe(["T.KLN", "T.KLN.01", "T.KLN.01.2", "T.KLN.01.1", "T.ADM"], ignoreOrder: true);
        next.Competencies.Select(c => c.Code).ShouldBe(["T.ADM", "T.BARU"], ignoreOrder: true);
    }

    [Test]
    public void CreateNextVersion_Retired_CreatesDraft()
    {
        var current = Retired();

        var next = current.CreateNextVersion(5);

        next.Status.ShouldBe(FrameworkStatus.Draft);
        next.Version.ShouldBe(5);
        next.RetiredAt.ShouldBeNull();
        next.Competencies.Select(c => c.Code).ShouldBe(["M", "M.01"], ignoreOrder: true);
    }

    [Test]
    public void CreateNextVersion_Draft_Throws()
    {
        var draft = PublishableDraft();

        Should.Throw<BusinessRuleException>(() => draft.CreateNextVersion(2)).Message.ShouldContain("draft");
    }

    [TestCase(1, TestName = "CreateNextVersion_SameVersion_Throws")]
    [TestCase(0, TestName = "CreateNextVersion_LowerVersion_Throws")]
    public void CreateNextVersion_VersionNotAboveCurrent_Throws(int version)
    {
        var current = Published();

        Should.Throw<BusinessRuleException>(() => current.CreateNextVersion(version)).Message.ShouldContain("above 1");
    }
}
