using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.CompetencyFrameworks.Queries.GetCompetencyTree;
using AsnCompetency.Domain.Frameworks;
using static AsnCompetency.Application.FunctionalTests.FrameworkBuilders;

namespace AsnCompetency.Application.FunctionalTests;

public sealed class GetCompetencyTreeTests : FrameworkTestBase
{
    [Test]
    public async Task GetTree_NationalStandard_HasTwoGroupsAndNineCompetencies()
    {
        var nationalId = await NationalStandardIdAsync();
        await SignInAsAsync(LamselEmployee);

        var tree = await SendAsync(new GetCompetencyTreeQuery(nationalId));

        tree.GroupCount.ShouldBe(2);
        tree.CompetencyCount.ShouldBe(9);
        tree.Status.ShouldBe(FrameworkStatus.Published);
        tree.ProficiencyLevels.Select(l => l.Level).ShouldBe([1, 2, 3, 4, 5]);
        tree.Items.Select(i => (i.Code, i.ItemType, i.GroupKind)).ShouldBe(
        [
            ("M", CompetencyItemType.Group, CompetencyGroupKind.Manajerial),
            ("SK", CompetencyItemType.Group, CompetencyGroupKind.SosialKultural),
        ]);
        tree.Items[1].Children.Select(c => c.Code).ShouldBe(["SK.01"]);
    }

    [Test]
    public async Task GetTree_NationalStandard_OrdersManagerialCompetenciesM01ToM08()
    {
        var nationalId = await NationalStandardIdAsync();
        await SignInAsAsync(LamselEmployee);

        var tree = await SendAsync(new GetCompetencyTreeQuery(nationalId));

        var managerial = tree.Items.Single(i => i.Code == "M");
        managerial.Children.Select(c => c.Code).ShouldBe(Enumerable.Range(1, 8).Select(n => $"M.{n:00}"));
        managerial.Children.ShouldAllBe(c => c.ParentId == managerial.Id && c.GroupKind == CompetencyGroupKind.Manajerial);
    }

    [Test]
    public async Task GetTree_NationalStandard_EveryCompetencyDescribesLevelsOneToFiveWithIndicators()
    {
        var nationalId = await NationalStandardIdAsync();
        await SignInAsAsync(LamselEmployee);

        var tree = await SendAsync(new GetCompetencyTreeQuery(nationalId));

        var competencies = Flatten(tree.Items).Where(n => n.ItemType == CompetencyItemType.Competency).ToList();
        competencies.Count.ShouldBe(9);
        foreach (var competency in competencies)
        {
            competency.Levels.Select(l => l.Level).ShouldBe([1, 2, 3, 4, 5], competency.Code);
            competency.Levels.ShouldAllBe(l => l.Indicators.Count > 0 && l.Indicators.All(i => i.Trim().Length > 0), competency.Code);
            competency.Levels.ShouldAllBe(l => l.Description.Length > 0, competency.Code);
            competency.Children.ShouldBeEmpty();
        }

        Flatten(tree.Items).Where(n => n.ItemType == CompetencyItemType.Group).ShouldAllBe(g => g.Levels.Count == 0);
    }

    [Test]
    public async Task GetTree_CreatedFramework_NestsItemsUnderTheirParents()
    {
        var draft = await GivenLamselDraftAsync();
        await SignInAsAsync(LamselAdmin);

        var tree = await SendAsync(new GetCompetencyTreeQuery(draft.Id));

        var root = tree.Items.ShouldHaveSingleItem();
        root.Code.ShouldBe("TK");
        root.Children.Select(c => c.Code).ShouldBe(["TK.01", "TK.02", "TK.A"]);
        root.Children[2].Children.Select(c => c.Code).ShouldBe(["TK.A.01"]);
        Flatten(tree.Items).Select(n => n.Code).ShouldBe(TeknisTreeCodes, ignoreOrder: true);
    }

    [Test]
    public async Task GetTree_ExplicitSortOrders_OrderSiblingsBySortOrderThenCode()
    {
        var lamselId = await AgencyIdAsync(Lamsel);
        var draft = await GivenDraftAsync(Framework("TEKNIS-URUT", lamselId,
            Group("TK", CompetencyGroupKind.Teknis,
                Item("TK.01") with { SortOrder = 3 },
                Item("TK.03") with { SortOrder = 1 },
                Item("TK.02") with { SortOrder = 1 })));
        await SignInAsAsync(LamselAdmin);

        var tree = await SendAsync(new GetCompetencyTreeQuery(draft.Id));

        tree.Items[0].Children.Select(c => c.Code).ShouldBe(["TK.02", "TK.03", "TK.01"]);
    }

    [TestCase(LamselAdmin, true)]
    [TestCase(LamselAnalyst, true)]
    [TestCase(LamselAssessor, false)]
    [TestCase(LamselEmployee, false)]
    [TestCase(MedanAdmin, false)]
    [TestCase(SysAdmin, true)]
    [TestCase(NationalAnalyst, true)]
    public async Task GetTree_AgencyDraft_IsFoundOnlyByItsAdminsAnalystsAndNationalStaff(string userName, bool visible)
    {
        var draft = await GivenLamselDraftAsync();
        await SignInAsAsync(userName);

        await AssertVisibilityAsync(draft.Id, visible);
    }

    [TestCase(LamselEmployee, true)]
    [TestCase(LamselAssessor, true)]
    [TestCase(MedanAdmin, false)]
    public async Task GetTree_AgencyPublished_IsFoundByThatAgencyOnly(string userName, bool visible)
    {
        var published = await GivenLamselPublishedAsync();
        await SignInAsAsync(userName);

        await AssertVisibilityAsync(published.Id, visible);
    }

    [TestCase(SysAdmin, true)]
    [TestCase(NationalAnalyst, true)]
    [TestCase(LamselAdmin, false)]
    [TestCase(LamselEmployee, false)]
    public async Task GetTree_NationalDraft_IsFoundByNationalStaffOnly(string userName, bool visible)
    {
        var draft = await GivenNationalDraftAsync();
        await SignInAsAsync(userName);

        await AssertVisibilityAsync(draft.Id, visible);
    }

    [Test]
    public async Task GetTree_UnknownFramework_ThrowsNotFound()
    {
        await SignInAsAsync(SysAdmin);

        await Should.ThrowAsync<NotFoundException>(() => SendAsync(new GetCompetencyTreeQuery(Guid.NewGuid())));
    }

    private static async Task AssertVisibilityAsync(Guid frameworkId, bool visible)
    {
        if (visible)
        {
            (await SendAsync(new GetCompetencyTreeQuery(frameworkId))).CompetencyCount.ShouldBeGreaterThan(0);
        }
        else
        {
            await Should.ThrowAsync<NotFoundException>(() => SendAsync(new GetCompetencyTreeQuery(frameworkId)));
        }
    }
}
