using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;
using static AsnCompetency.Domain.UnitTests.Frameworks.FrameworkBuilder;

namespace AsnCompetency.Domain.UnitTests.Frameworks;

public sealed class CompetencyFrameworkRetireTests
{
    [Test]
    public void Retire_Published_RetiresAtGivenTime()
    {
        var framework = Published();
        var later = Now.AddMonths(6);

        framework.Retire(later);

        framework.Status.ShouldBe(FrameworkStatus.Retired);
        framework.RetiredAt.ShouldBe(later);
        framework.PublishedAt.ShouldBe(Now);
    }

    [Test]
    public void Retire_Draft_Throws()
    {
        var framework = PublishableDraft();

        Should.Throw<BusinessRuleException>(() => framework.Retire(Now));
        framework.Status.ShouldBe(FrameworkStatus.Draft);
        framework.RetiredAt.ShouldBeNull();
    }

    [Test]
    public void Retire_AlreadyRetired_Throws()
    {
        var framework = Retired();
        var retiredAt = framework.RetiredAt;

        Should.Throw<BusinessRuleException>(() => framework.Retire(Now.AddYears(1)));
        framework.RetiredAt.ShouldBe(retiredAt);
    }
}
