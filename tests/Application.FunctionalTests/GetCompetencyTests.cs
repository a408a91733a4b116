using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.CompetencyFrameworks.Queries.GetCompetency;
using AsnCompetency.Domain.Frameworks;

namespace AsnCompetency.Application.FunctionalTests;

public sealed class GetCompetencyTests : FrameworkTestBase
{
    [TestCase(LamselAdmin, true)]
    [TestCase(LamselAnalyst, true)]
    [TestCase(LamselAssessor, false)]
    [TestCase(LamselEmployee, false)]
    [TestCase(MedanAdmin, false)]
    [TestCase(SysAdmin, true)]
    [TestCase(NationalAnalyst, true)]
    public async Task Get_ItemOfAgencyDraft_IsFoundOnlyByItsAdminsAnalystsAndNationalStaff(string userName, bool visible)
    {
        var draft = await GivenLamselDraftAsync();
        var item = await ItemAsync(draft.Id, "TK.A.01");
        await SignInAsAsync(userName);

        await AssertVisibilityAsync(item.Id, visible);
    }

    [TestCase(LamselEmployee, true)]
    [TestCase(LamselAssessor, true)]
    [TestCase(MedanAdmin, false)]
    [TestCase(AlakAdmin, false)]
    public async Task Get_ItemOfAgencyPublished_IsFoundByThatAgencyOnly(string userName, bool visible)
    {
        var published = await GivenLamselPublishedAsync();
        var item = await ItemAsync(published.Id, "TK.01");
        await SignInAsAsync(userName);

        await AssertVisibilityAsync(item.Id, visible);
    }

    [TestCase(SysAdmin, true)]
    [TestCase(NationalAnalyst, true)]
    [TestCase(LamselAdmin, false)]
    [TestCase(MedanAdmin, false)]
    public async Task Get_ItemOfNationalDraft_IsFoundByNationalStaffOnly(string userName, bool visible)
    {
        var draft = await GivenNationalDraftAsync();
        var item = await ItemAsync(draft.Id, "MX.01");
        await SignInAsAsync(userName);

        await AssertVisibilityAsync(item.Id, visible);
    }

    [Test]
    public async Task Get_NationalStandardCompetency_ReturnsItsLevelsAndIndicators()
    {
        var nationalId = await NationalStandardIdAsync();
        var id = (await StoredItemsAsync(nationalId)).Single(c => c.Code == "M.01").Id;
        await SignInAsAsync(LamselEmployee);

        var item = await SendAsync(new GetCompetencyQuery(id));

        item.Name.ShouldBe("Integritas");
        item.FrameworkId.ShouldBe(nationalId);
        item.ItemType.ShouldBe(CompetencyItemType.Competency);
        item.GroupKind.ShouldBe(CompetencyGroupKind.Manajerial);
        item.Levels.Select(l => l.Level).ShouldBe([1, 2, 3, 4, 5]);
        item.Levels.ShouldAllBe(l => l.Indicators.Count > 0);
        item.ETag.ShouldNotBeNullOrEmpty();
    }

    [Test]
    public async Task Get_UnknownId_ThrowsNotFound()
    {
        await SignInAsAsync(SysAdmin);

        await Should.ThrowAsync<NotFoundException>(() => SendAsync(new GetCompetencyQuery(Guid.NewGuid())));
    }

    [Test]
    public async Task Get_Anonymous_ThrowsAuthenticationFailed()
    {
        var nationalId = await NationalStandardIdAsync();
        var id = (await StoredItemsAsync(nationalId)).First().Id;
        SignOut();

        await Should.ThrowAsync<AuthenticationFailedException>(() => SendAsync(new GetCompetencyQuery(id)));
    }

    private static async Task AssertVisibilityAsync(Guid id, bool visible)
    {
        if (visible)
        {
            (await SendAsync(new GetCompetencyQuery(id))).Id.ShouldBe(id);
        }
        else
        {
            await Should.ThrowAsync<NotFoundException>(() => SendAsync(new GetCompetencyQuery(id)));
        }
    }
}
