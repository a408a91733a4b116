using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.CompetencyFrameworks.Commands.CreateCompetencyFrameworkVersion;
using AsnCompetency.Application.CompetencyFrameworks.Commands.DeleteCompetencyFramework;
using AsnCompetency.Application.CompetencyFrameworks.Commands.RetireCompetencyFramework;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;

namespace AsnCompetency.Application.FunctionalTests;

public sealed class DeleteCompetencyFrameworkTests : FrameworkTestBase
{
    [Test]
    public async Task Delete_DraftAsOwnerAgencyAdmin_RemovesFrameworkAndItsCompetencies()
    {
        var draft = await GivenLamselDraftAsync();
        var itemsBefore = await StoredItemCountAsync();
        await SignInAsAsync(LamselAdmin);

        await SendAsync(new DeleteCompetencyFrameworkCommand(draft.Id, draft.ETag));

        (await StoredFrameworkAsync(draft.Id)).ShouldBeNull();
        (await StoredItemsAsync(draft.Id)).ShouldBeEmpty();
        (await StoredItemCountAsync()).ShouldBe(itemsBefore - FrameworkBuilders.TeknisTreeCodes.Count);
    }

    [Test]
    public async Task Delete_NationalDraftAsSystemAdmin_RemovesIt()
    {
        var draft = await GivenNationalDraftAsync();
        await SignInAsAsync(SysAdmin);

        await SendAsync(new DeleteCompetencyFrameworkCommand(draft.Id, "*"));

        (await StoredFrameworkAsync(draft.Id)).ShouldBeNull();
    }

    [Test]
    public async Task Delete_DraftVersion_KeepsPublishedPredecessorAndItsTree()
    {
        var published = await GivenLamselPublishedAsync();
        await SignInAsAsync(LamselAdmin);
        var draft = await SendAsync(new CreateCompetencyFrameworkVersionCommand(published.Id));

        await SendAsync(new DeleteCompetencyFrameworkCommand(draft.Id, null));

        (await StoredFrameworkAsync(draft.Id)).ShouldBeNull();
        var predecessor = (await StoredFrameworkAsync(published.Id)).ShouldNotBeNull();
        predecessor.Status.ShouldBe(FrameworkStatus.Published);
        predecessor.Competencies.Count.ShouldBe(FrameworkBuilders.TeknisTreeCodes.Count);
    }

    [Test]
    public async Task Delete_Published_ThrowsBusinessRuleAndKeepsIt()
    {
        var published = await GivenLamselPublishedAsync();
        await SignInAsAsync(LamselAdmin);

        await Should.ThrowAsync<BusinessRuleException>(() => SendAsync(new DeleteCompetencyFrameworkCommand(published.Id, null)));

        (await StoredFrameworkAsync(published.Id)).ShouldNotBeNull().Competencies.Count.ShouldBe(FrameworkBuilders.TeknisTreeCodes.Count);
    }

    [Test]
    public async Task Delete_Retired_ThrowsBusinessRuleAndKeepsIt()
    {
        var published = await GivenLamselPublishedAsync();
        await SignInAsAsync(LamselAdmin);
        await SendAsync(new RetireCompetencyFrameworkCommand(published.Id, null));

        await Should.ThrowAsync<BusinessRuleException>(() => SendAsync(new DeleteCompetencyFrameworkCommand(published.Id, null)));

        (await StoredFrameworkAsync(published.Id)).ShouldNotBeNull().Status.ShouldBe(FrameworkStatus.Retired);
    }

    [Test]
    public async Task Delete_NationalStandardAsSystemAdmin_ThrowsBusinessRule()
    {
        var nationalId = await NationalStandardIdAsync();
        await SignInAsAsync(SysAdmin);

        await Should.ThrowAsync<BusinessRuleException>(() => SendAsync(new DeleteCompetencyFrameworkCommand(nationalId, null)));

        (await StoredFrameworkAsync(nationalId)).ShouldNotBeNull();
    }

    [Test]
    public async Task Delete_StaleIfMatch_ThrowsPreconditionFailedAndKeepsDraft()
    {
        var draft = await GivenLamselDraftAsync();
        await SignInAsAsync(LamselAdmin);
        await SendAsync(FrameworkBuilders.UpdateOf(draft) with { Name = "Diubah" });

        await Should.ThrowAsync<PreconditionFailedException>(() => SendAsync(new DeleteCompetencyFrameworkCommand(draft.Id, draft.ETag)));

        (await StoredFrameworkAsync(draft.Id)).ShouldNotBeNull();
    }

    [Test]
    public async Task Delete_OtherAgencysDraftAsAgencyAdmin_ThrowsNotFoundAndKeepsDraft()
    {
        var draft = await GivenLamselDraftAsync();
        await SignInAsAsync(MedanAdmin);

        await Should.ThrowAsync<NotFoundException>(() => SendAsync(new DeleteCompetencyFrameworkCommand(draft.Id, null)));

        (await StoredFrameworkAsync(draft.Id)).ShouldNotBeNull();
    }

    [TestCase(LamselAnalyst)]
    [TestCase(LamselEmployee)]
    public async Task Delete_AsRoleWithoutMaintenanceRight_ThrowsForbidden(string userName)
    {
        var draft = await GivenLamselDraftAsync();
        await SignInAsAsync(userName);

        await Should.ThrowAsync<ForbiddenAccessException>(() => SendAsync(new DeleteCompetencyFrameworkCommand(draft.Id, null)));

        (await StoredFrameworkAsync(draft.Id)).ShouldNotBeNull();
    }

    [Test]
    public async Task Delete_UnknownFramework_ThrowsNotFound()
    {
        await SignInAsAsync(SysAdmin);

        await Should.ThrowAsync<NotFoundException>(() => SendAsync(new DeleteCompetencyFrameworkCommand(Guid.NewGuid(), null)));
    }
}
