using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;
using static AsnCompetency.Application.FunctionalTests.FrameworkBuilders;

namespace AsnCompetency.Application.FunctionalTests;

public sealed class AddCompetencyTests : FrameworkTestBase
{
    [Test]
    public async Task Add_UnderParentWithoutKindOrOrder_InheritsKindAndAppendsAfterSiblings()
    {
        var draft = await GivenLamselDraftAsync();
        var parent = await ItemAsync(draft.Id, "TK");
        var adminId = await UserIdAsync(LamselAdmin);
        await SignInAsAsync(LamselAdmin);

        var added = await SendAsync(AddItem(draft.Id, "TK.03", parent.Id));

        added.FrameworkId.ShouldBe(draft.Id);
        added.ParentId.ShouldBe(parent.Id);
        added.GroupKind.ShouldBe(CompetencyGroupKind.Teknis);
        var stored = await StoredItemsAsync(draft.Id);
        var siblings = stored.Where(c => c.ParentId == parent.Id && c.Id != added.Id).ToList();
        added.SortOrder.ShouldBe(siblings.Max(c => c.SortOrder) + 1);
        var row = stored.Single(c => c.Id == added.Id);
        row.Code.ShouldBe("TK.03");
        row.CreatedBy.ShouldBe(adminId);
        row.Levels.Select(l => l.Level).ShouldBe([1, 2, 3, 4, 5]);
        row.Levels[2].Indicators.ShouldBe(["Indikator 3.1 TK.03", "Indikator 3.2 TK.03"]);
    }

    [Test]
    public async Task Add_TopLevelGroup_StoresGroupWithoutParent()
    {
        var draft = await GivenLamselDraftAsync();
        await SignInAsAsync(LamselAdmin);

        var added = await SendAsync(AddItem(draft.Id, "TK2", null, CompetencyGroupKind.Teknis, levels: 0) with { ItemType = CompetencyItemType.Group });

        added.ParentId.ShouldBeNull();
        added.ItemType.ShouldBe(CompetencyItemType.Group);
        (await StoredItemsAsync(draft.Id)).Count.ShouldBe(TeknisTreeCodes.Count + 1);
    }

    [Test]
    public async Task Add_WithExplicitSortOrder_KeepsIt()
    {
        var draft = await GivenLamselDraftAsync();
        var parent = await ItemAsync(draft.Id, "TK");
        await SignInAsAsync(LamselAdmin);

        var added = await SendAsync(AddItem(draft.Id, "TK.00", parent.Id) with { SortOrder = 0 });

        added.SortOrder.ShouldBe(0);
    }

    [Test]
    public async Task Add_TopLevelWithoutGroupKind_ThrowsDomainValidation()
    {
        var draft = await GivenLamselDraftAsync();
        await SignInAsAsync(LamselAdmin);

        var error = await Should.ThrowAsync<DomainValidationException>(() => SendAsync(AddItem(draft.Id, "TK9", null)));

        error.Field.ShouldBe("groupKind");
        (await StoredItemsAsync(draft.Id)).Count.ShouldBe(TeknisTreeCodes.Count);
    }

    [Test]
    public async Task Add_ManajerialToAgencyFramework_ThrowsDomainValidation()
    {
        var draft = await GivenLamselDraftAsync();
        await SignInAsAsync(LamselAdmin);

        var error = await Should.ThrowAsync<DomainValidationException>(
            () => SendAsync(AddItem(draft.Id, "M9", null, CompetencyGroupKind.Manajerial)));

        error.Field.ShouldBe("groupKind");
    }

    [Test]
    public async Task Add_KindDifferentFromParent_ThrowsDomainValidation()
    {
        var draft = await GivenNationalDraftAsync();
        var parent = await ItemAsync(draft.Id, "MX");
        await SignInAsAsync(SysAdmin);

        var error = await Should.ThrowAsync<DomainValidationException>(
            () => SendAsync(AddItem(draft.Id, "MX.03", parent.Id, CompetencyGroupKind.SosialKultural)));

        error.Field.ShouldBe("groupKind");
    }

    [Test]
    public async Task Add_DuplicateCodeInAnyCase_ThrowsBusinessRule()
    {
        var draft = await GivenLamselDraftAsync();
        var parent = await ItemAsync(draft.Id, "TK");
        await SignInAsAsync(LamselAdmin);

        var error = await Should.ThrowAsync<BusinessRuleException>(() => SendAsync(AddItem(draft.Id, "tk.a.01", parent.Id)));

        error.Field.ShouldBe("code");
        (await StoredItemsAsync(draft.Id)).Count.ShouldBe(TeknisTreeCodes.Count);
    }

    [Test]
    public async Task Add_CodeUsedInOtherFramework_Succeeds()
    {
        var draft = await GivenLamselDraftAsync();
        var other = await GivenLamselDraftAsync("TEKNIS-LAIN");
        var parent = await ItemAsync(other.Id, "TK");
        await SignInAsAsync(LamselAdmin);

        var added = await SendAsync(AddItem(other.Id, "TK.03", parent.Id));

        added.FrameworkId.ShouldBe(other.Id);
        (await StoredItemsAsync(draft.Id)).ShouldNotContain(c => c.Code == "TK.03");
    }

    [Test]
    public async Task Add_UnknownParent_ThrowsDomainValidation()
    {
        var draft = await GivenLamselDraftAsync();
        await SignInAsAsync(LamselAdmin);

        var error = await Should.ThrowAsync<DomainValidationException>(() => SendAsync(AddItem(draft.Id, "TK.03", Guid.NewGuid())));

        error.Field.ShouldBe("parentId");
    }

    [Test]
    public async Task Add_ParentOfOtherFramework_ThrowsDomainValidation()
    {
        var draft = await GivenLamselDraftAsync();
        var other = await GivenLamselDraftAsync("TEKNIS-LAIN");
        var foreignParent = await ItemAsync(other.Id, "TK");
        await SignInAsAsync(LamselAdmin);

        var error = await Should.ThrowAsync<DomainValidationException>(() => SendAsync(AddItem(draft.Id, "TK.03", foreignParent.Id)));

        error.Field.ShouldBe("parentId");
        (await StoredItemsAsync(other.Id)).Count.ShouldBe(TeknisTreeCodes.Count);
    }

    [Test]
    public async Task Add_LevelBeyondFrameworkScale_ThrowsDomainValidation()
    {
        var lamselId = await AgencyIdAsync(Lamsel);
        var draft = await GivenDraftAsync(Framework("TEKNIS-TIGA", lamselId, Group("T3", CompetencyGroupKind.Teknis)) with { ProficiencyLevels = Scale(3) });
        var parent = await ItemAsync(draft.Id, "T3");
        await SignInAsAsync(LamselAdmin);

        var error = await Should.ThrowAsync<DomainValidationException>(() => SendAsync(AddItem(draft.Id, "T3.01", parent.Id, levels: 4)));

        error.Field.ShouldBe("levels[3].level");
    }

    [Test]
    public async Task Add_GroupWithLevels_ThrowsValidation()
    {
        var draft = await GivenLamselDraftAsync();
        await SignInAsAsync(LamselAdmin);

        var error = await Should.ThrowAsync<ValidationException>(
            () => SendAsync(AddItem(draft.Id, "TK2", null, CompetencyGroupKind.Teknis) with { ItemType = CompetencyItemType.Group }));

        error.Errors.ShouldContainKey("levels");
    }

    [Test]
    public async Task Add_ToPublishedFramework_ThrowsBusinessRule()
    {
        var published = await GivenLamselPublishedAsync();
        var parent = await ItemAsync(published.Id, "TK");
        await SignInAsAsync(LamselAdmin);

        await Should.ThrowAsync<BusinessRuleException>(() => SendAsync(AddItem(published.Id, "TK.03", parent.Id)));

        (await StoredItemsAsync(published.Id)).Count.ShouldBe(TeknisTreeCodes.Count);
    }

    [Test]
    public async Task Add_ToNationalStandardAsSystemAdmin_ThrowsBusinessRule()
    {
        var nationalId = await NationalStandardIdAsync();
        var parent = await ItemAsync(nationalId, "M");
        await SignInAsAsync(SysAdmin);

        await Should.ThrowAsync<BusinessRuleException>(() => SendAsync(AddItem(nationalId, "M.09", parent.Id)));
    }

    [Test]
    public async Task Add_ToNationalDraftAsAgencyAdmin_ThrowsNotFound()
    {
        var draft = await GivenNationalDraftAsync();
        var parent = await ItemAsync(draft.Id, "MX");
        await SignInAsAsync(LamselAdmin);

        await Should.ThrowAsync<NotFoundException>(() => SendAsync(AddItem(draft.Id, "MX.03", parent.Id)));
    }

    [Test]
    public async Task Add_ToOtherAgencysDraftAsAgencyAdmin_ThrowsNotFound()
    {
        var draft = await GivenLamselDraftAsync();
        var parent = await ItemAsync(draft.Id, "TK");
        await SignInAsAsync(MedanAdmin);

        await Should.ThrowAsync<NotFoundException>(() => SendAsync(AddItem(draft.Id, "TK.03", parent.Id)));

        (await StoredItemsAsync(draft.Id)).Count.ShouldBe(TeknisTreeCodes.Count);
    }

    [TestCase(LamselAnalyst)]
    [TestCase(LamselAssessor)]
    public async Task Add_AsRoleWithoutMaintenanceRight_ThrowsForbidden(string userName)
    {
        var draft = await GivenLamselDraftAsync();
        var parent = await ItemAsync(draft.Id, "TK");
        await SignInAsAsync(userName);

        await Should.ThrowAsync<ForbiddenAccessException>(() => SendAsync(AddItem(draft.Id, "TK.03", parent.Id)));
    }

    [Test]
    public async Task Add_Anonymous_ThrowsAuthenticationFailed()
    {
        var draft = await GivenLamselDraftAsync();
        SignOut();

        await Should.ThrowAsync<AuthenticationFailedException>(() => SendAsync(AddItem(draft.Id, "TK.03", null, CompetencyGroupKind.Teknis)));
    }
}
