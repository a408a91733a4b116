using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.CompetencyFrameworks.Commands.PublishCompetencyFramework;
using AsnCompetency.Application.CompetencyFrameworks.Queries.GetCompetencyFramework;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;
using static AsnCompetency.Application.FunctionalTests.FrameworkBuilders;

namespace AsnCompetency.Application.FunctionalTests;

public sealed class PublishCompetencyFrameworkTests : FrameworkTestBase
{
    [Test]
    public async Task Publish_CompleteDraftAsOwnerAgencyAdmin_StoresPublishedStatusAndTime()
    {
        var draft = await GivenLamselDraftAsync();
        var adminId = await UserIdAsync(LamselAdmin);
        await SignInAsAsync(LamselAdmin);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var published = await SendAsync(new PublishCompetencyFrameworkCommand(draft.Id, draft.ETag));

        published.Status.ShouldBe(FrameworkStatus.Published);
        published.ETag.ShouldNotBe(draft.ETag);
        var stored = (await StoredFrameworkAsync(draft.Id)).ShouldNotBeNull();
        stored.Status.ShouldBe(FrameworkStatus.Published);
        stored.PublishedAt.ShouldNotBeNull().ShouldBeInRange(before, DateTimeOffset.UtcNow.AddSeconds(1));
        stored.RetiredAt.ShouldBeNull();
        stored.UpdatedBy.ShouldBe(adminId);
    }

    [Test]
    public async Task Publish_Draft_BecomesVisibleToAgencyEmployees()
    {
        var draft = await GivenLamselDraftAsync();
        await SignInAsAsync(LamselAdmin);
        await SendAsync(new PublishCompetencyFrameworkCommand(draft.Id, IfMatch: null));
        await SignInAsAsync(LamselEmployee);

        var read = await SendAsync(new GetCompetencyFrameworkQuery(draft.Id));

        read.Status.ShouldBe(FrameworkStatus.Published);
    }

    [Test]
    public async Task Publish_NationalDraftAsSystemAdmin_Succeeds()
    {
        var draft = await GivenNationalDraftAsync();
        await SignInAsAsync(SysAdmin);

        var published = await SendAsync(new PublishCompetencyFrameworkCommand(draft.Id, "*"));

        published.Status.ShouldBe(FrameworkStatus.Published);
        (await StoredFrameworkAsync(draft.Id)).ShouldNotBeNull().Status.ShouldBe(FrameworkStatus.Published);
    }

    [Test]
    public async Task Publish_DraftWithGroupsOnly_ThrowsBusinessRuleAndStaysDraft()
    {
        var lamselId = await AgencyIdAsync(Lamsel);
        var draft = await GivenDraftAsync(Framework("TEKNIS-KOSONG", lamselId, Group("TK", CompetencyGroupKind.Teknis)));
        await SignInAsAsync(LamselAdmin);

        var error = await Should.ThrowAsync<BusinessRuleException>(() => SendAsync(new PublishCompetencyFrameworkCommand(draft.Id, null)));

        error.Field.ShouldBe("competencies");
        (await StoredFrameworkAsync(draft.Id)).ShouldNotBeNull().Status.ShouldBe(FrameworkStatus.Draft);
    }

    [Test]
    public async Task Publish_CompetencyMissingLevels_ThrowsBusinessRuleNamingIt()
    {
        var lamselId = await AgencyIdAsync(Lamsel);
        var draft = await GivenDraftAsync(Framework("TEKNIS-SEBAGIAN", lamselId,
            Group("TK", CompetencyGroupKind.Teknis, Item("TK.01"), Item("TK.02", levels: 4), Item("TK.03", levels: 0))));
        await SignInAsAsync(LamselAdmin);

        var error = await Should.ThrowAsync<BusinessRuleException>(() => SendAsync(new PublishCompetencyFrameworkCommand(draft.Id, null)));

        error.Message.ShouldContain("TK.02, TK.03");
        error.Message.ShouldNotContain("TK.01");
        (await StoredFrameworkAsync(draft.Id)).ShouldNotBeNull().Status.ShouldBe(FrameworkStatus.Draft);
    }

    [Test]
    public async Task Publish_AlreadyPublished_ThrowsBusinessRule()
    {
        var published = await GivenLamselPublishedAsync();
        var publishedAt = (await StoredFrameworkAsync(published.Id)).ShouldNotBeNull().PublishedAt;
        await SignInAsAsync(LamselAdmin);

        await Should.ThrowAsync<BusinessRuleException>(() => SendAsync(new PublishCompetencyFrameworkCommand(published.Id, null)));

        (await StoredFrameworkAsync(published.Id)).ShouldNotBeNull().PublishedAt.ShouldBe(publishedAt);
    }

    [Test]
    public async Task Publish_StaleIfMatch_ThrowsPreconditionFailedAndStaysDraft()
    {
        var draft = await GivenLamselDraftAsync();
        await SignInAsAsync(LamselAdmin);
        await SendAsync(UpdateOf(draft) with { Name = "Diubah orang lain" });

        await Should.ThrowAsync<PreconditionFailedException>(() => SendAsync(new PublishCompetencyFrameworkCommand(draft.Id, draft.ETag)));

        (await StoredFrameworkAsync(draft.Id)).ShouldNotBeNull().Status.ShouldBe(FrameworkStatus.Draft);
    }

    [TestCase(LamselAssessor)]
    [TestCase(LamselAnalyst)]
    [TestCase(LamselEmployee)]
    public async Task Publish_AsRoleWithoutMaintenanceRight_ThrowsForbidden(string userName)
    {
        var draft = await GivenLamselDraftAsync();
        await SignInAsAsync(userName);

        await Should.ThrowAsync<ForbiddenAccessException>(() => SendAsync(new PublishCompetencyFrameworkCommand(draft.Id, null)));

        (await StoredFrameworkAsync(draft.Id)).ShouldNotBeNull().Status.ShouldBe(FrameworkStatus.Draft);
    }

    [Test]
    public async Task Publish_NationalDraftAsAgencyAdmin_ThrowsNotFound()
    {
        var draft = await GivenNationalDraftAsync();
        await SignInAsAsync(LamselAdmin);

        await Should.ThrowAsync<NotFoundException>(() => SendAsync(new PublishCompetencyFrameworkCommand(draft.Id, null)));

        (await StoredFrameworkAsync(draft.Id)).ShouldNotBeNull().Status.ShouldBe(FrameworkStatus.Draft);
    }

    [Test]
    public async Task Publish_Anonymous_ThrowsAuthenticationFailed()
    {
        var draft = await GivenLamselDraftAsync();
        SignOut();

        await Should.ThrowAsync<AuthenticationFailedException>(() => SendAsync(new PublishCompetencyFrameworkCommand(draft.Id, null)));
    }

    [Test]
    public async Task Publish_AfterScaleReducedToThree_NeedsOnlyThreeLevels()
    {
        var lamselId = await AgencyIdAsync(Lamsel);
        var draft = await GivenDraftAsync(Framework("TEKNIS-TIGA", lamselId, Group("T3", CompetencyGroupKind.Teknis, Item("T3.01", levels: 3))));
        await SignInAsAsync(LamselAdmin);
        await SendAsync(UpdateOf(draft) with { ProficiencyLevels = Scale(3) });

        var published = await SendAsync(new PublishCompetencyFrameworkCommand(draft.Id, null));

        published.Status.ShouldBe(FrameworkStatus.Published);
    }
}
