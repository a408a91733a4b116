using AsnCompetency.Application.Common.Concurrency;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.CompetencyFrameworks.Commands.UpdateCompetencyFramework;
using AsnCompetency.Application.CompetencyFrameworks.Queries.GetCompetencyFramework;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;
using static AsnCompetency.Application.FunctionalTests.FrameworkBuilders;

namespace AsnCompetency.Application.FunctionalTests;

public sealed class UpdateCompetencyFrameworkTests : FrameworkTestBase
{
    [Test]
    public async Task Update_DraftAsOwnerAgencyAdmin_StoresChanges()
    {
        var draft = await GivenLamselDraftAsync();
        var adminId = await UserIdAsync(LamselAdmin);
        await SignInAsAsync(LamselAdmin);

        var updated = await SendAsync(UpdateOf(draft) with
        {
            Name = "  Kompetensi Teknis Pekerjaan Umum  ",
            AlternativeName = "Public works",
            Description = "   ",
            Language = "EN",
            ProficiencyLevels = [.. Scale(5).Select(l => l with { Name = $"Level {l.Level}" })],
        });

        updated.Name.ShouldBe("Kompetensi Teknis Pekerjaan Umum");
        var stored = (await StoredFrameworkAsync(draft.Id)).ShouldNotBeNull();
        stored.Name.ShouldBe("Kompetensi Teknis Pekerjaan Umum");
        stored.AlternativeName.ShouldBe("Public works");
        stored.Description.ShouldBeNull();
        stored.Language.ShouldBe("en");
        stored.ProficiencyLevels.Select(l => l.Name).ShouldBe(["Level 1", "Level 2", "Level 3", "Level 4", "Level 5"]);
        stored.UpdatedBy.ShouldBe(adminId);
        stored.Code.ShouldBe(draft.Code);
    }

    [Test]
    public async Task Update_StaleIfMatch_ThrowsPreconditionFailedAndChangesNothing()
    {
        var draft = await GivenLamselDraftAsync();
        await SignInAsAsync(LamselAdmin);
        var first = await SendAsync(UpdateOf(draft, draft.ETag) with { Name = "Perubahan pertama" });
        first.ETag.ShouldNotBe(draft.ETag);

        await Should.ThrowAsync<PreconditionFailedException>(
            () => SendAsync(UpdateOf(draft, draft.ETag) with { Name = "Perubahan kedua" }));

        (await StoredFrameworkAsync(draft.Id)).ShouldNotBeNull().Name.ShouldBe("Perubahan pertama");
    }

    [Test]
    public async Task Update_IfMatchFromQueriedETag_Succeeds()
    {
        var draft = await GivenLamselDraftAsync();
        await SignInAsAsync(LamselAdmin);
        var read = await SendAsync(new GetCompetencyFrameworkQuery(draft.Id));
        var stored = (await StoredFrameworkAsync(draft.Id)).ShouldNotBeNull();
        read.ETag.ShouldBe(EntityTag.Format(stored.RowVersion));

        var updated = await SendAsync(UpdateOf(read, read.ETag) with { Name = "Nama baru" });

        updated.Name.ShouldBe("Nama baru");
        updated.ETag.ShouldNotBe(read.ETag);
        (await StoredFrameworkAsync(draft.Id)).ShouldNotBeNull().Name.ShouldBe("Nama baru");
    }

    [Test]
    public async Task Update_WeakAndListedIfMatch_Succeeds()
    {
        var draft = await GivenLamselDraftAsync();
        await SignInAsAsync(LamselAdmin);

        await SendAsync(UpdateOf(draft, $"\"1\", W/{draft.ETag}") with { Name = "Nama baru" });

        (await StoredFrameworkAsync(draft.Id)).ShouldNotBeNull().Name.ShouldBe("Nama baru");
    }

    [Test]
    public async Task Update_WildcardIfMatch_Succeeds()
    {
        var draft = await GivenLamselDraftAsync();
        await SignInAsAsync(LamselAdmin);
        await SendAsync(UpdateOf(draft) with { Name = "Perubahan pertama" });

        await SendAsync(UpdateOf(draft, "*") with { Name = "Perubahan kedua" });

        (await StoredFrameworkAsync(draft.Id)).ShouldNotBeNull().Name.ShouldBe("Perubahan kedua");
    }

    [Test]
    public async Task Update_PublishedFramework_ThrowsBusinessRule()
    {
        var published = await GivenLamselPublishedAsync();
        await SignInAsAsync(LamselAdmin);

        await Should.ThrowAsync<BusinessRuleException>(() => SendAsync(UpdateOf(published) with { Name = "Nama baru" }));

        (await StoredFrameworkAsync(published.Id)).ShouldNotBeNull().Name.ShouldBe(published.Name);
    }

    [Test]
    public async Task Update_ScaleBelowDescribedLevel_ThrowsDomainValidationAndKeepsScale()
    {
        var draft = await GivenLamselDraftAsync();
        await SignInAsAsync(LamselAdmin);

        var error = await Should.ThrowAsync<DomainValidationException>(
            () => SendAsync(UpdateOf(draft) with { ProficiencyLevels = Scale(3) }));

        error.Field.ShouldBe("proficiencyLevels");
        error.Message.ShouldContain("level 5");
        (await StoredFrameworkAsync(draft.Id)).ShouldNotBeNull().ProficiencyLevels.Count.ShouldBe(5);
    }

    [Test]
    public async Task Update_ScaleDownToHighestDescribedLevel_Succeeds()
    {
        var lamselId = await AgencyIdAsync(Lamsel);
        var draft = await GivenDraftAsync(Framework("TEKNIS-TIGA", lamselId, Group("T3", CompetencyGroupKind.Teknis, Item("T3.01", levels: 3))));
        await SignInAsAsync(LamselAdmin);

        var updated = await SendAsync(UpdateOf(draft) with { ProficiencyLevels = Scale(3) });

        updated.ProficiencyLevels.Count.ShouldBe(3);
        (await StoredFrameworkAsync(draft.Id)).ShouldNotBeNull().ProficiencyLevels.Count.ShouldBe(3);
    }

    [Test]
    public async Task Update_ScaleWithGap_ThrowsValidation()
    {
        var draft = await GivenLamselDraftAsync();
        await SignInAsAsync(LamselAdmin);

        var error = await Should.ThrowAsync<ValidationException>(() => SendAsync(UpdateOf(draft) with
        {
            ProficiencyLevels = [.. Scale(3).Where(l => l.Level != 2)],
        }));

        error.Errors.ShouldContainKey("proficiencyLevels");
    }

    [Test]
    public async Task Update_OtherAgencysDraftAsAgencyAdmin_ThrowsNotFound()
    {
        var draft = await GivenLamselDraftAsync();
        await SignInAsAsync(MedanAdmin);

        await Should.ThrowAsync<NotFoundException>(() => SendAsync(UpdateOf(draft) with { Name = "Diambil alih" }));

        (await StoredFrameworkAsync(draft.Id)).ShouldNotBeNull().Name.ShouldBe(draft.Name);
    }

    [Test]
    public async Task Update_OtherAgencysPublishedAsAgencyAdmin_ThrowsNotFound()
    {
        var published = await GivenLamselPublishedAsync();
        await SignInAsAsync(MedanAdmin);

        await Should.ThrowAsync<NotFoundException>(() => SendAsync(UpdateOf(published) with { Name = "Diambil alih" }));
    }

    [Test]
    public async Task Update_NationalDraftAsSystemAdmin_Succeeds()
    {
        var draft = await GivenNationalDraftAsync();
        await SignInAsAsync(SysAdmin);

        await SendAsync(UpdateOf(draft) with { Name = "Standar nasional baru" });

        (await StoredFrameworkAsync(draft.Id)).ShouldNotBeNull().Name.ShouldBe("Standar nasional baru");
    }

    [Test]
    public async Task Update_NationalStandardAsAgencyAdmin_ThrowsForbidden()
    {
        var nationalId = await NationalStandardIdAsync();
        var national = await AsSystemAsync(() => SendAsync(new GetCompetencyFrameworkQuery(nationalId)));
        await SignInAsAsync(LamselAdmin);

        await Should.ThrowAsync<ForbiddenAccessException>(() => SendAsync(UpdateOf(national) with { Name = "Diubah" }));
    }

    [TestCase(LamselAnalyst)]
    [TestCase(LamselAssessor)]
    public async Task Update_AsRoleWithoutMaintenanceRight_ThrowsForbidden(string userName)
    {
        var draft = await GivenLamselDraftAsync();
        await SignInAsAsync(userName);

        await Should.ThrowAsync<ForbiddenAccessException>(() => SendAsync(UpdateOf(draft) with { Name = "Diubah" }));
    }

    [Test]
    public async Task Update_UnknownFramework_ThrowsNotFound()
    {
        await SignInAsAsync(SysAdmin);

        await Should.ThrowAsync<NotFoundException>(() => SendAsync(new UpdateCompetencyFrameworkCommand { Id = Guid.NewGuid(), Name = "X" }));
    }

    [Test]
    public async Task Update_OnlyScaleLevelNames_StoresThem()
    {
        var draft = await GivenLamselDraftAsync();
        await SignInAsAsync(LamselAdmin);
        var command = UpdateOf(draft);

        await SendAsync(command with { ProficiencyLevels = [.. command.ProficiencyLevels.Select(l => l with { Name = l.Name + " (baru)" })] });

        (await StoredFrameworkAsync(draft.Id)).ShouldNotBeNull().ProficiencyLevels.Select(l => l.Name)
            .ShouldBe(["Dasar (baru)", "Cakap (baru)", "Menengah (baru)", "Mahir (baru)", "Ahli (baru)"]);
    }

    [Test]
    public async Task Update_ByAnotherUser_KeepsCreatorAndStampsUpdater()
    {
        var lamselId = await AgencyIdAsync(Lamsel);
        var adminId = await UserIdAsync(LamselAdmin);
        var sysAdminId = await UserIdAsync(SysAdmin);
        await SignInAsAsync(LamselAdmin);
        var draft = await SendAsync(TeknisFramework("TEKNIS-PU", lamselId));
        var createdAt = (await StoredFrameworkAsync(draft.Id)).ShouldNotBeNull().CreatedAt;
        await SignInAsAsync(SysAdmin);

        await SendAsync(UpdateOf(draft) with { Name = "Diubah admin sistem" });

        var stored = (await StoredFrameworkAsync(draft.Id)).ShouldNotBeNull();
        stored.CreatedBy.ShouldBe(adminId);
        stored.CreatedAt.ShouldBe(createdAt);
        stored.UpdatedBy.ShouldBe(sysAdminId);
        stored.UpdatedAt.ShouldBeGreaterThan(createdAt);
    }
}
