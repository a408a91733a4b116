using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.CompetencyFrameworks.Commands.DeleteCompetency;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;
using static AsnCompetency.Application.FunctionalTests.FrameworkBuilders;

namespace AsnCompetency.Application.FunctionalTests;

public sealed class DeleteCompetencyTests : FrameworkTestBase
{
    [Test]
    public async Task Delete_Group_RemovesItsSubtreeOnly()
    {
        var draft = await GivenLamselDraftAsync();
        var group = await ItemAsync(draft.Id, "TK.A");
        await SignInAsAsync(LamselAdmin);

        await SendAsync(new DeleteCompetencyCommand(group.Id, group.ETag));

        (await StoredItemsAsync(draft.Id)).Select(c => c.Code).ShouldBe(["TK", "TK.01", "TK.02"], ignoreOrder: true);
    }

    [Test]
    public async Task Delete_RootOfDeepTree_RemovesEveryLevelBelowIt()
    {
        var lamselId = await AgencyIdAsync(Lamsel);
        var draft = await GivenDraftAsync(Framework("TEKNIS-DALAM", lamselId,
            Group("A", CompetencyGroupKind.Teknis, Group("A.B", null, Group("A.B.C", null, Item("A.B.C.01"), Item("A.B.C.02")))),
            TeknisTree()));
        var root = await ItemAsync(draft.Id, "A");
        await SignInAsAsync(LamselAdmin);

        await SendAsync(new DeleteCompetencyCommand(root.Id, null));

        (await StoredItemsAsync(draft.Id)).Select(c => c.Code).ShouldBe(TeknisTreeCodes, ignoreOrder: true);
    }

    [Test]
    public async Task Delete_Leaf_RemovesOnlyIt()
    {
        var draft = await GivenLamselDraftAsync();
        var leaf = await ItemAsync(draft.Id, "TK.02");
        await SignInAsAsync(LamselAdmin);

        await SendAsync(new DeleteCompetencyCommand(leaf.Id, "*"));

        var codes = (await StoredItemsAsync(draft.Id)).Select(c => c.Code).ToList();
        codes.ShouldNotContain("TK.02");
        codes.Count.ShouldBe(TeknisTreeCodes.Count - 1);
    }

    [Test]
    public async Task Delete_StaleIfMatch_ThrowsPreconditionFailedAndRemovesNothing()
    {
        var draft = await GivenLamselDraftAsync();
        var group = await ItemAsync(draft.Id, "TK.A");
        await SignInAsAsync(LamselAdmin);
        await SendAsync(UpdateOf(group) with { Name = "Diubah" });

        await Should.ThrowAsync<PreconditionFailedException>(() => SendAsync(new DeleteCompetencyCommand(group.Id, group.ETag)));

        (await StoredItemsAsync(draft.Id)).Count.ShouldBe(TeknisTreeCodes.Count);
    }

    [Test]
    public async Task Delete_InPublishedFramework_ThrowsBusinessRuleAndRemovesNothing()
    {
        var published = await GivenLamselPublishedAsync();
        var group = await ItemAsync(published.Id, "TK.A");
        await SignInAsAsync(LamselAdmin);

        await Should.ThrowAsync<BusinessRuleException>(() => SendAsync(new DeleteCompetencyCommand(group.Id, null)));

        (await StoredItemsAsync(published.Id)).Count.ShouldBe(TeknisTreeCodes.Count);
    }

    [Test]
    public async Task Delete_NationalStandardItemAsSystemAdmin_ThrowsBusinessRule()
    {
        var nationalId = await NationalStandardIdAsync();
        var item = await ItemAsync(nationalId, "M.01");
        await SignInAsAsync(SysAdmin);

        await Should.ThrowAsync<BusinessRuleException>(() => SendAsync(new DeleteCompetencyCommand(item.Id, null)));

        (await StoredItemsAsync(nationalId)).Count.ShouldBe(11);
    }

    [Test]
    public async Task Delete_UnknownItem_ThrowsNotFound()
    {
        await SignInAsAsync(SysAdmin);

        await Should.ThrowAsync<NotFoundException>(() => SendAsync(new DeleteCompetencyCommand(Guid.NewGuid(), null)));
    }

    [Test]
    public async Task Delete_OtherAgencysItemAsAgencyAdmin_ThrowsNotFound()
    {
        var draft = await GivenLamselDraftAsync();
        var item = await ItemAsync(draft.Id, "TK.01");
        await SignInAsAsync(MedanAdmin);

        await Should.ThrowAsync<NotFoundException>(() => SendAsync(new DeleteCompetencyCommand(item.Id, null)));

        (await StoredItemsAsync(draft.Id)).Count.ShouldBe(TeknisTreeCodes.Count);
    }

    [TestCase(LamselAssessor)]
    [TestCase(LamselAnalyst)]
    public async Task Delete_AsRoleWithoutMaintenanceRight_ThrowsForbidden(string userName)
    {
        var draft = await GivenLamselDraftAsync();
        var item = await ItemAsync(draft.Id, "TK.01");
        await SignInAsAsync(userName);

        await Should.ThrowAsync<ForbiddenAccessException>(() => SendAsync(new DeleteCompetencyCommand(item.Id, null)));

        (await StoredItemsAsync(draft.Id)).Count.ShouldBe(TeknisTreeCodes.Count);
    }
}
