using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;
using static AsnCompetency.Application.FunctionalTests.FrameworkBuilders;

namespace AsnCompetency.Application.FunctionalTests;

public sealed class UpdateCompetencyTests : FrameworkTestBase
{
    [Test]
    public async Task Update_Fields_StoresChangesAndNewETag()
    {
        var draft = await GivenLamselDraftAsync();
        var item = await ItemAsync(draft.Id, "TK.01");
        var adminId = await UserIdAsync(LamselAdmin);
        await SignInAsAsync(LamselAdmin);

        var updated = await SendAsync(UpdateOf(item, item.ETag) with
        {
            Code = "TK.01B",
            Name = "Perencanaan Jalan",
            AlternativeName = "Road planning",
            Description = "Merencanakan jalan.",
            Levels = Levels(3, "jalan"),
        });

        updated.ETag.ShouldNotBe(item.ETag);
        updated.ParentId.ShouldBe(item.ParentId);
        updated.SortOrder.ShouldBe(item.SortOrder);
        var row = (await StoredItemsAsync(draft.Id)).Single(c => c.Id == item.Id);
        row.Code.ShouldBe("TK.01B");
        row.Name.ShouldBe("Perencanaan Jalan");
        row.AlternativeName.ShouldBe("Road planning");
        row.Description.ShouldBe("Merencanakan jalan.");
        row.Levels.Select(l => l.Description).ShouldBe(["Level 1 jalan", "Level 2 jalan", "Level 3 jalan"]);
        row.UpdatedBy.ShouldBe(adminId);
    }

    [Test]
    public async Task Update_MoveToOtherParent_ReparentsAndAppendsAfterNewSiblings()
    {
        var draft = await GivenLamselDraftAsync();
        var item = await ItemAsync(draft.Id, "TK.01");
        var newParent = await ItemAsync(draft.Id, "TK.A");
        var existingChild = await ItemAsync(draft.Id, "TK.A.01");
        await SignInAsAsync(LamselAdmin);

        var moved = await SendAsync(UpdateOf(item) with { ParentId = newParent.Id, SortOrder = null });

        moved.ParentId.ShouldBe(newParent.Id);
        moved.SortOrder.ShouldBe(existingChild.SortOrder + 1);
        (await StoredItemsAsync(draft.Id)).Single(c => c.Id == item.Id).ParentId.ShouldBe(newParent.Id);
    }

    [Test]
    public async Task Update_MoveToTopLevel_ClearsParent()
    {
        var draft = await GivenLamselDraftAsync();
        var group = await ItemAsync(draft.Id, "TK.A");
        await SignInAsAsync(LamselAdmin);

        await SendAsync(UpdateOf(group) with { ParentId = null });

        var items = await StoredItemsAsync(draft.Id);
        items.Single(c => c.Id == group.Id).ParentId.ShouldBeNull();
        items.Single(c => c.Code == "TK.A.01").ParentId.ShouldBe(group.Id);
    }

    [Test]
    public async Task Update_MoveUnderOwnDescendant_ThrowsDomainValidationAndKeepsTree()
    {
        var draft = await GivenLamselDraftAsync();
        var root = await ItemAsync(draft.Id, "TK");
        var grandchildGroup = await ItemAsync(draft.Id, "TK.A");
        await SignInAsAsync(LamselAdmin);

        var error = await Should.ThrowAsync<DomainValidationException>(() => SendAsync(UpdateOf(root) with { ParentId = grandchildGroup.Id }));

        error.Field.ShouldBe("parentId");
        (await StoredItemsAsync(draft.Id)).Single(c => c.Id == root.Id).ParentId.ShouldBeNull();
    }

    [Test]
    public async Task Update_MoveUnderItself_ThrowsDomainValidation()
    {
        var draft = await GivenLamselDraftAsync();
        var group = await ItemAsync(draft.Id, "TK.A");
        await SignInAsAsync(LamselAdmin);

        var error = await Should.ThrowAsync<DomainValidationException>(() => SendAsync(UpdateOf(group) with { ParentId = group.Id }));

        error.Field.ShouldBe("parentId");
    }

    [Test]
    public async Task Update_GroupKindOfNationalGroup_CarriesToWholeBranch()
    {
        var draft = await GivenDraftAsync(Framework("NASIONAL-X", null,
            Group("MX", CompetencyGroupKind.Manajerial, Item("MX.01"), Group("MX.A", null, Item("MX.A.01")))));
        var group = await ItemAsync(draft.Id, "MX");
        await SignInAsAsync(SysAdmin);

        await SendAsync(UpdateOf(group) with { GroupKind = CompetencyGroupKind.SosialKultural });

        (await StoredItemsAsync(draft.Id)).ShouldAllBe(c => c.GroupKind == CompetencyGroupKind.SosialKultural);
    }

    [Test]
    public async Task Update_MoveCompetencyToGroupOfOtherKindWithoutKind_TakesNewParentsKind()
    {
        var draft = await GivenDraftAsync(Framework("NASIONAL-X", null,
            ManajerialTree(), Group("SX", CompetencyGroupKind.SosialKultural, Item("SX.01"))));
        var item = await ItemAsync(draft.Id, "MX.01");
        var newParent = await ItemAsync(draft.Id, "SX");
        await SignInAsAsync(SysAdmin);

        var moved = await SendAsync(UpdateOf(item) with { ParentId = newParent.Id, GroupKind = null });

        moved.GroupKind.ShouldBe(CompetencyGroupKind.SosialKultural);
    }

    [Test]
    public async Task Update_CodeOfAnotherItem_ThrowsBusinessRule()
    {
        var draft = await GivenLamselDraftAsync();
        var item = await ItemAsync(draft.Id, "TK.01");
        await SignInAsAsync(LamselAdmin);

        var error = await Should.ThrowAsync<BusinessRuleException>(() => SendAsync(UpdateOf(item) with { Code = "TK.02" }));

        error.Field.ShouldBe("code");
        (await StoredItemsAsync(draft.Id)).Single(c => c.Id == item.Id).Code.ShouldBe("TK.01");
    }

    [Test]
    public async Task Update_OwnCodeInOtherCase_Succeeds()
    {
        var draft = await GivenLamselDraftAsync();
        var item = await ItemAsync(draft.Id, "TK.A");
        await SignInAsAsync(LamselAdmin);

        var updated = await SendAsync(UpdateOf(item) with { Code = "tk.a" });

        updated.Code.ShouldBe("tk.a");
    }

    [Test]
    public async Task Update_StaleIfMatch_ThrowsPreconditionFailedAndChangesNothing()
    {
        var draft = await GivenLamselDraftAsync();
        var item = await ItemAsync(draft.Id, "TK.01");
        await SignInAsAsync(LamselAdmin);
        await SendAsync(UpdateOf(item, item.ETag) with { Name = "Perubahan pertama" });

        await Should.ThrowAsync<PreconditionFailedException>(() => SendAsync(UpdateOf(item, item.ETag) with { Name = "Perubahan kedua" }));

        (await StoredItemsAsync(draft.Id)).Single(c => c.Id == item.Id).Name.ShouldBe("Perubahan pertama");
    }

    [Test]
    public async Task Update_InPublishedFramework_ThrowsBusinessRule()
    {
        var nationalId = await NationalStandardIdAsync();
        var item = await ItemAsync(nationalId, "M.01");
        await SignInAsAsync(SysAdmin);

        await Should.ThrowAsync<BusinessRuleException>(() => SendAsync(UpdateOf(item) with { Name = "Integritas baru" }));

        (await StoredItemsAsync(nationalId)).Single(c => c.Id == item.Id).Name.ShouldBe(item.Name);
    }

    [Test]
    public async Task Update_NationalStandardItemAsAgencyAdmin_ThrowsForbidden()
    {
        var nationalId = await NationalStandardIdAsync();
        var item = await ItemAsync(nationalId, "M.01");
        await SignInAsAsync(LamselAdmin);

        await Should.ThrowAsync<ForbiddenAccessException>(() => SendAsync(UpdateOf(item) with { Name = "Integritas baru" }));
    }

    [Test]
    public async Task Update_OtherAgencysItemAsAgencyAdmin_ThrowsNotFound()
    {
        var draft = await GivenLamselDraftAsync();
        var item = await ItemAsync(draft.Id, "TK.01");
        await SignInAsAsync(MedanAdmin);

        await Should.ThrowAsync<NotFoundException>(() => SendAsync(UpdateOf(item) with { Name = "Diambil alih" }));
    }

    [Test]
    public async Task Update_AsEmployee_ThrowsForbidden()
    {
        var draft = await GivenLamselDraftAsync();
        var item = await ItemAsync(draft.Id, "TK.01");
        await SignInAsAsync(LamselEmployee);

        await Should.ThrowAsync<ForbiddenAccessException>(() => SendAsync(UpdateOf(item) with { Name = "Diubah" }));
    }

    [Test]
    public async Task Update_AfterAdd_AcceptsETagReturnedByAdd()
    {
        var draft = await GivenLamselDraftAsync();
        var parent = await ItemAsync(draft.Id, "TK");
        await SignInAsAsync(LamselAdmin);
        var added = await SendAsync(AddItem(draft.Id, "TK.03", parent.Id));

        var updated = await SendAsync(UpdateOf(added, added.ETag) with { Name = "Nama baru" });

        updated.Name.ShouldBe("Nama baru");
    }

    [Test]
    public async Task Update_OnlyIndicators_StoresThem()
    {
        var draft = await GivenLamselDraftAsync();
        var item = await ItemAsync(draft.Id, "TK.01");
        await SignInAsAsync(LamselAdmin);
        var command = UpdateOf(item);
        command.Levels[1].Indicators.Add("  Indikator tambahan  ");

        var updated = await SendAsync(command);

        updated.ETag.ShouldNotBe(item.ETag);
        var row = (await StoredItemsAsync(draft.Id)).Single(c => c.Id == item.Id);
        row.Levels[1].Indicators.ShouldBe(["Indikator 2.1 TK.01", "Indikator 2.2 TK.01", "Indikator tambahan"]);
    }

    [Test]
    public async Task Update_SortOrderOmittedUnderSameParent_KeepsPosition()
    {
        var draft = await GivenLamselDraftAsync();
        var item = await ItemAsync(draft.Id, "TK.01");
        await SignInAsAsync(LamselAdmin);

        var updated = await SendAsync(UpdateOf(item) with { SortOrder = null, Name = "Nama baru" });

        updated.SortOrder.ShouldBe(item.SortOrder);
    }
}
