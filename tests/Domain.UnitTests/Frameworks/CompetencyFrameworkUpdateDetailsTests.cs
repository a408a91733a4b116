using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;
using static AsnCompetency.Domain.UnitTests.Frameworks.FrameworkBuilder;

namespace AsnCompetency.Domain.UnitTests.Frameworks;

public sealed class CompetencyFrameworkUpdateDetailsTests
{
    [Test]
    public void UpdateDetails_Draft_ReplacesTextsAndScale()
    {
        var framework = NationalDraft();

        framework.UpdateDetails(new FrameworkDetails("Nama baru", "New name", null, "en", ScaleOf(4)));

        (framework.Name, framework.AlternativeName, framework.Language).ShouldBe(("Nama baru", "New name", "en"));
        framework.LevelCount.ShouldBe(4);
    }

    [Test]
    public void UpdateDetails_ScaleSmallerThanDescribedLevels_ThrowsForProficiencyLevels()
    {
        var framework = PublishableDraft();

        var error = Should.Throw<DomainValidationException>(() => framework.UpdateDetails(Details(ScaleOf(3))));

        error.Field.ShouldBe("proficiencyLevels");
        error.Message.ShouldContain("level 5");
        framework.LevelCount.ShouldBe(5);
    }

    [Test]
    public void UpdateDetails_BadScale_ThrowsForProficiencyLevelsAndKeepsDetails()
    {
        var framework = NationalDraft();

        Should.Throw<DomainValidationException>(() => framework.UpdateDetails(Details(Scale(1, 2, 4)) with { Name = "Nama baru" }))
            .Field.ShouldBe("proficiencyLevels");
        framework.Name.ShouldBe("Kamus Kompetensi Teknis");
    }
}
