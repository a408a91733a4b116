using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;
using static AsnCompetency.Domain.UnitTests.Frameworks.FrameworkBuilder;

namespace AsnCompetency.Domain.UnitTests.Frameworks;

public sealed class CompetencyFrameworkPublishTests
{
    [Test]
    public void Publish_CompleteDraft_PublishesAtGivenTime()
    {
        var framework = PublishableDraft();

        framework.Publish(Now);

        framework.Status.ShouldBe(FrameworkStatus.Published);
        framework.PublishedAt.ShouldBe(Now);
        framework.RetiredAt.ShouldBeNull();
    }

    [Test]
    public void Publish_DraftWithoutCompetencies_Throws()
    {
        var framework = NationalDraft();

        Should.Throw<BusinessRuleException>(() => framework.Publish(Now)).Field.ShouldBe("competencies");
        framework.Status.ShouldBe(FrameworkStatus.Draft);
    }

    [Test]
    public void Publish_DraftWithOnlyGroups_Throws()
    {
        var framework = NationalDraft();
        framework.AddGroup("M.01", under: framework.AddGroup("M", CompetencyGroupKind.Manajerial));

        Should.Throw<BusinessRuleException>(() => framework.Publish(Now)).Field.ShouldBe("competencies");
        framework.PublishedAt.ShouldBeNull();
    }

    [Test]
    public void Publish_CompetencyMissingALevel_ThrowsNamingIt()
    {
        var framework = PublishableDraft();
        framework.AddCompetency(framework.Item("M").Id, ItemDetails("M.02", levels: [1, 2, 3, 4]));

        var error = Should.Throw<BusinessRuleException>(() => framework.Publish(Now));

        error.Field.ShouldBe("competencies");
        error.Message.ShouldContain("M.02");
        error.Message.ShouldNotContain("M.01");
        framework.Status.ShouldBe(FrameworkStatus.Draft);
    }

    [Test]
    public void Publish_CompetencyWithoutLevels_Throws()
    {
        var framework = PublishableDraft();
        framework.AddCompetency(null, ItemDetails("SK.01", CompetencyGroupKind.SosialKultural));

        Should.Throw<BusinessRuleException>(() => framework.Publish(Now)).Message.ShouldContain("SK.01");
    }

    [Test]
    public void Publish_ShorterScaleFullyDescribed_Publishes()
    {
        var framework = NationalDraft(levelCount: 3);
        framework.AddComplete("T.01", kind: CompetencyGroupKind.Teknis);

        framework.Publish(Now);

        framework.Status.ShouldBe(FrameworkStatus.Published);
    }

    [Test]
    public void Publish_AlreadyPublished_Throws()
    {
        var framework = Published();

        Should.Throw<BusinessRuleException>(() => framework.Publish(Now.AddDays(1)));
        framework.PublishedAt.ShouldBe(Now);
    }

    [Test]
    public void Publish_Retired_Throws()
    {
        var framework = Retired();

        Should.Throw<BusinessRuleException>(() => framework.Publish(Now.AddDays(60)));
        framework.Status.ShouldBe(FrameworkStatus.Retired);
    }
}
