using AsnCompetency.Application.CompetencyFrameworks.Queries.GetCompetencyFrameworks;
using AsnCompetency.Domain.Frameworks;

namespace AsnCompetency.Application.FunctionalTests;

public sealed class ReferenceDataTests : FunctionalTestBase
{
    [Test]
    public async Task Seed_FreshDatabase_PublishesNationalStandardWithNineCompetencies()
    {
        await SignInAsAsync("asesor.kalianda");
        var page = await SendAsync(new GetCompetencyFrameworksQuery(Owner: "national"));

        var national = page.Items.ShouldHaveSingleItem();
        national.Code.ShouldBe("PERMENPANRB-38-2017");
        national.Status.ShouldBe(FrameworkStatus.Published);
        national.CompetencyCount.ShouldBe(9);
    }
}
