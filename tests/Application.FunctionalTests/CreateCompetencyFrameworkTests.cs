using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;
using static AsnCompetency.Application.FunctionalTests.FrameworkBuilders;

namespace AsnCompetency.Application.FunctionalTests;

public sealed class CreateCompetencyFrameworkTests : FrameworkTestBase
{
    [Test]
    public async Task Create_AsSystemAdminNationalWithNestedTree_StoresDraftWithWholeTree()
    {
        await SignInAsAsync(SysAdmin);
        var tree = Group("NX", CompetencyGroupKind.Manajerial,
            Item("NX.01"),
            Group("NX.A", null, Item("NX.A.01"), Group("NX.A.B", null, Item("NX.A.B.01"))));

        var created = await SendAsync(Framework("NASIONAL-BARU", null, tree, Group("SX", CompetencyGroupKind.SosialKultural, Item("SX.01"))));

        created.Status.ShouldBe(FrameworkStatus.Draft);
        created.Version.ShouldBe(1);
        created.OwnerAgencyId.ShouldBeNull();
        created.GroupCount.ShouldBe(4);
        created.CompetencyCount.ShouldBe(4);
        var items = await StoredItemsAsync(created.Id);
        items.Count.ShouldBe(8);
        var byCode = items.ToDictionary(c => c.Code);
        byCode["NX.A.B.01"].ParentId.ShouldBe(byCode["NX.A.B"].Id);
        byCode["NX.A.B"].ParentId.ShouldBe(byCode["NX.A"].Id);
        byCode["NX.A"].ParentId.ShouldBe(byCode["NX"].Id);
        byCode["NX"].ParentId.ShouldBeNull();
        byCode["NX.A.B.01"].GroupKind.ShouldBe(CompetencyGroupKind.Manajerial);
        byCode["SX.01"].GroupKind.ShouldBe(CompetencyGroupKind.SosialKultural);
        byCode["NX.A.B.01"].Levels.Select(l => l.Level).ShouldBe([1, 2, 3, 4, 5]);
    }

    [Test]
    public async Task Create_AsSystemAdmin_StampsCreatedAtAndCreatedByOnEveryRow()
    {
        var sysAdminId = await UserIdAsync(SysAdmin);
        await SignInAsAsync(SysAdmin);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var created = await SendAsync(Framework("NASIONAL-AUDIT", null, ManajerialTree()));

        var after = DateTimeOffset.UtcNow.AddSeconds(1);
        var stored = (await StoredFrameworkAsync(created.Id)).ShouldNotBeNull();
        stored.CreatedBy.ShouldBe(sysAdminId);
        stored.UpdatedBy.ShouldBe(sysAdminId);
        stored.CreatedAt.ShouldBeInRange(before, after);
        stored.Competencies.Count.ShouldBe(3);
        stored.Competencies.ShouldAllBe(c => c.CreatedBy == sysAdminId && c.CreatedAt >= before && c.CreatedAt <= after);
    }

    [Test]
    public async Task Create_WithoutScale_UsesStandardFiveLevelScale()
    {
        await SignInAsAsync(SysAdmin);

        var created = await SendAsync(Framework("NASIONAL-SKALA", null));

        created.ProficiencyLevels.Select(l => l.Level).ShouldBe([1, 2, 3, 4, 5]);
        created.ProficiencyLevels.Select(l => l.Name).ShouldBe(["Dasar", "Cakap", "Menengah", "Mahir", "Ahli"]);
    }

    [Test]
    public async Task Create_WithOwnScale_StoresThatScale()
    {
        await SignInAsAsync(SysAdmin);

        var created = await SendAsync(Framework("NASIONAL-TIGA", null, Group("T3", CompetencyGroupKind.Teknis, Item("T3.01", levels: 3))) with
        {
            ProficiencyLevels = Scale(3),
        });

        var stored = (await StoredFrameworkAsync(created.Id)).ShouldNotBeNull();
        stored.ProficiencyLevels.Select(l => l.Name).ShouldBe(["Tingkat 1", "Tingkat 2", "Tingkat 3"]);
        stored.Competencies.Single(c => c.Code == "T3.01").Levels.Count.ShouldBe(3);
    }

    [Test]
    public async Task Create_AsAgencyAdminForOwnAgency_CreatesTeknisDraft()
    {
        var lamselId = await AgencyIdAsync(Lamsel);
        var adminId = await UserIdAsync(LamselAdmin);
        await SignInAsAsync(LamselAdmin);

        var created = await SendAsync(TeknisFramework("TEKNIS-PU", lamselId));

        created.OwnerAgencyId.ShouldBe(lamselId);
        created.Status.ShouldBe(FrameworkStatus.Draft);
        created.CompetencyCount.ShouldBe(3);
        var stored = (await StoredFrameworkAsync(created.Id)).ShouldNotBeNull();
        stored.CreatedBy.ShouldBe(adminId);
        stored.Competencies.Count.ShouldBe(TeknisTreeCodes.Count);
        stored.Competencies.ShouldAllBe(c => c.GroupKind == CompetencyGroupKind.Teknis);
    }

    [Test]
    public async Task Create_AsAgencyAdminForOtherAgency_ThrowsForbidden()
    {
        var medanId = await AgencyIdAsync(Medan);
        var countBefore = await StoredFrameworkCountAsync();
        await SignInAsAsync(LamselAdmin);

        await Should.ThrowAsync<ForbiddenAccessException>(() => SendAsync(TeknisFramework("TEKNIS-PU", medanId)));

        (await StoredFrameworkCountAsync()).ShouldBe(countBefore);
    }

    [Test]
    public async Task Create_AsAgencyAdminForNational_ThrowsForbidden()
    {
        var countBefore = await StoredFrameworkCountAsync();
        await SignInAsAsync(LamselAdmin);

        await Should.ThrowAsync<ForbiddenAccessException>(() => SendAsync(TeknisFramework("TEKNIS-PU", null)));

        (await StoredFrameworkCountAsync()).ShouldBe(countBefore);
    }

    [TestCase(LamselAssessor)]
    [TestCase(LamselEmployee)]
    [TestCase(LamselAnalyst)]
    [TestCase(NationalAnalyst)]
    public async Task Create_AsRoleWithoutMaintenanceRight_ThrowsForbidden(string userName)
    {
        var lamselId = await AgencyIdAsync(Lamsel);
        await SignInAsAsync(userName);

        await Should.ThrowAsync<ForbiddenAccessException>(() => SendAsync(TeknisFramework("TEKNIS-PU", lamselId)));
    }

    [Test]
    public async Task Create_Anonymous_ThrowsAuthenticationFailed()
    {
        var lamselId = await AgencyIdAsync(Lamsel);
        SignOut();

        await Should.ThrowAsync<AuthenticationFailedException>(() => SendAsync(TeknisFramework("TEKNIS-PU", lamselId)));
    }

    [Test]
    public async Task Create_DuplicateCodeForSameOwner_ThrowsBusinessRuleAndWritesNothing()
    {
        var lamselId = await AgencyIdAsync(Lamsel);
        await GivenDraftAsync(TeknisFramework("TEKNIS-PU", lamselId));
        var countBefore = await StoredFrameworkCountAsync();
        var itemsBefore = await StoredItemCountAsync();
        await SignInAsAsync(LamselAdmin);

        var error = await Should.ThrowAsync<BusinessRuleException>(() => SendAsync(TeknisFramework("teknis-pu", lamselId)));

        error.Field.ShouldBe("code");
        error.Message.ShouldContain("TEKNIS-PU");
        (await StoredFrameworkCountAsync()).ShouldBe(countBefore);
        (await StoredItemCountAsync()).ShouldBe(itemsBefore);
    }

    [Test]
    public async Task Create_SameCodeAsNationalStandardForAgency_Succeeds()
    {
        var lamselId = await AgencyIdAsync(Lamsel);
        await SignInAsAsync(LamselAdmin);

        var created = await SendAsync(TeknisFramework("PERMENPANRB-38-2017", lamselId));

        created.Code.ShouldBe("PERMENPANRB-38-2017");
        created.Version.ShouldBe(1);
    }

    [Test]
    public async Task Create_SameCodeForDifferentAgency_Succeeds()
    {
        var lamselId = await AgencyIdAsync(Lamsel);
        var medanId = await AgencyIdAsync(Medan);
        await GivenDraftAsync(TeknisFramework("TEKNIS-PU", lamselId));
        await SignInAsAsync(MedanAdmin);

        var created = await SendAsync(TeknisFramework("TEKNIS-PU", medanId));

        created.OwnerAgencyId.ShouldBe(medanId);
        (await StoredFrameworkAsync(created.Id)).ShouldNotBeNull();
    }

    [Test]
    public async Task Create_UnknownOwnerAgency_ThrowsValidationKeyedOwnerAgencyId()
    {
        var countBefore = await StoredFrameworkCountAsync();
        await SignInAsAsync(SysAdmin);

        var error = await Should.ThrowAsync<ValidationException>(() => SendAsync(TeknisFramework("TEKNIS-PU", Guid.NewGuid())));

        error.Errors.Keys.ShouldBe(["ownerAgencyId"]);
        (await StoredFrameworkCountAsync()).ShouldBe(countBefore);
    }

    [Test]
    public async Task Create_AgencyFrameworkWithManajerialChild_ThrowsDomainValidationWithFullPath()
    {
        var lamselId = await AgencyIdAsync(Lamsel);
        var countBefore = await StoredFrameworkCountAsync();
        await SignInAsAsync(LamselAdmin);
        var tree = Group("TK", CompetencyGroupKind.Teknis, Item("TK.01"), Group("TK.A", null, Item("TK.A.01", CompetencyGroupKind.Manajerial)));

        var error = await Should.ThrowAsync<DomainValidationException>(() => SendAsync(Framework("TEKNIS-PU", lamselId, tree)));

        error.Field.ShouldBe("competencies[0].children[1].children[0].groupKind");
        (await StoredFrameworkCountAsync()).ShouldBe(countBefore);
    }

    [Test]
    public async Task Create_AgencyFrameworkWithManajerialTopLevel_ThrowsDomainValidationWithPath()
    {
        var lamselId = await AgencyIdAsync(Lamsel);
        await SignInAsAsync(LamselAdmin);

        var error = await Should.ThrowAsync<DomainValidationException>(
            () => SendAsync(Framework("TEKNIS-PU", lamselId, TeknisTree(), ManajerialTree())));

        error.Field.ShouldBe("competencies[1].groupKind");
    }

    [Test]
    public async Task Create_DuplicateCodeInsideTree_ThrowsValidationNamingTheSecondOccurrence()
    {
        await SignInAsAsync(SysAdmin);
        var tree = Group("TK", CompetencyGroupKind.Teknis, Item("TK.01"), Item("tk.01"));

        var error = await Should.ThrowAsync<ValidationException>(() => SendAsync(Framework("NASIONAL-DUP", null, tree)));

        error.Errors.ShouldContainKey("competencies[0].children[1].code");
    }

    [Test]
    public async Task Create_LevelOutsideOwnScale_ThrowsValidation()
    {
        await SignInAsAsync(SysAdmin);
        var command = Framework("NASIONAL-TIGA", null, Group("T3", CompetencyGroupKind.Teknis, Item("T3.01", levels: 4))) with
        {
            ProficiencyLevels = Scale(3),
        };

        var error = await Should.ThrowAsync<ValidationException>(() => SendAsync(command));

        error.Errors.Keys.ShouldContain(k => k.EndsWith("levels[3].level", StringComparison.Ordinal));
    }

    [Test]
    public async Task Create_TopLevelItemWithoutGroupKind_ThrowsValidation()
    {
        await SignInAsAsync(SysAdmin);

        var error = await Should.ThrowAsync<ValidationException>(
            () => SendAsync(Framework("NASIONAL-X", null, Group("G", null, Item("G.01")))));

        error.Errors.ShouldContainKey("competencies[0].groupKind");
    }

    [Test]
    public async Task Create_NationalWithCodeOfNationalStandard_ThrowsBusinessRule()
    {
        var countBefore = await StoredFrameworkCountAsync();
        await SignInAsAsync(SysAdmin);

        var error = await Should.ThrowAsync<BusinessRuleException>(() => SendAsync(Framework("permenpanrb-38-2017", null, ManajerialTree())));

        error.Field.ShouldBe("code");
        (await StoredFrameworkCountAsync()).ShouldBe(countBefore);
    }

    [Test]
    public async Task Create_TreeDeeperThanTenLevels_ThrowsValidationAndWritesNothing()
    {
        var countBefore = await StoredFrameworkCountAsync();
        await SignInAsAsync(SysAdmin);
        var deepest = Item("D.11");
        for (var depth = 10; depth >= 1; depth--)
        {
            deepest = Group($"D.{depth:00}", depth == 1 ? CompetencyGroupKind.Teknis : null, deepest);
        }

        var error = await Should.ThrowAsync<ValidationException>(() => SendAsync(Framework("NASIONAL-DALAM", null, deepest)));

        error.Errors.Keys.ShouldContain(k => k.EndsWith(".children", StringComparison.Ordinal));
        (await StoredFrameworkCountAsync()).ShouldBe(countBefore);
    }
}
