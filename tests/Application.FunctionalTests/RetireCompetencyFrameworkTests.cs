using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.CompetencyFrameworks.Commands.RetireCompetencyFramework;
using AsnCompetency.Application.CompetencyFrameworks.Queries.GetCompetencyFramework;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;

namespace AsnCompetency.Application.FunctionalTests;

public sealed class RetireCompetencyFrameworkTests : FrameworkTestBase
{
    [Test]
    public async Task Retire_PublishedAsOwnerAgencyAdmin_StoresRetiredStatusAndTime()
    {
        var published = await GivenLamselPublishedAsync();
        var publishedAt = (await StoredFrameworkAsync(published.Id)).ShouldNotBeNull().PublishedAt.ShouldNotBeNull();
        await SignInAsAsync(LamselAdmin);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var retired = await SendAsync(new RetireCompetencyFrameworkCommand(published.Id, published.ETag));

        retired.Status.ShouldBe(FrameworkStatus.Retired);
        var stored = (await StoredFrameworkAsync(published.Id)).ShouldNotBeNull();
        stored.Status.ShouldBe(FrameworkStatus.Retired);
        stored.RetiredAt.ShouldNotBeNull().ShouldBeInRange(before, DateTimeOffset.UtcNow.AddSeconds(1));
        stored.PublishedAt.ShouldBe(publishedAt);
    }

    [Test]
    public async Task Retire_Published_StaysReadableByAgencyEmployees()
    {
        var published = await GivenLamselPublishedAsync();
        await SignInAsAsync(LamselAdmin);
        await SendAsync(new RetireCompetencyFrameworkCommand(published.Id, null));
        await SignInAsAsync(LamselEmployee);

        var read = await SendAsync(new GetCompetencyFrameworkQuery(published.Id));

        read.Status.ShouldBe(FrameworkStatus.Retired);
        read.CompetencyCount.ShouldBe(3);
    }

    [Test]
    public async Task Retire_NationalStandardAsSystemAdmin_Succeeds()
    {
        var nationalId = await NationalStandardIdAsync();
        await SignInAsAsync(SysAdmin);

        var retired = await SendAsync(new RetireCompetencyFrameworkCommand(nationalId, "*"));

        retired.Status.ShouldBe(FrameworkStatus.Retired);
    }

    [Test]
    public async Task Retire_Draft_ThrowsBusinessRule()
    {
        var draft = await GivenLamselDraftAsync();
        await SignInAsAsync(LamselAdmin);

        await Should.ThrowAsync<BusinessRuleException>(() => SendAsync(new RetireCompetencyFrameworkCommand(draft.Id, null)));

        (await StoredFrameworkAsync(draft.Id)).ShouldNotBeNull().Status.ShouldBe(FrameworkStatus.Draft);
    }

    [Test]
    public async Task Retire_AlreadyRetired_ThrowsBusinessRule()
    {
        var published = await GivenLamselPublishedAsync();
        await SignInAsAsync(LamselAdmin);
        await SendAsync(new RetireCompetencyFrameworkCommand(published.Id, null));
        var retiredAt = (await StoredFrameworkAsync(published.Id)).ShouldNotBeNull().RetiredAt;

        await Should.ThrowAsync<BusinessRuleException>(() => SendAsync(new RetireCompetencyFrameworkCommand(published.Id, null)));

        (await StoredFrameworkAsync(published.Id)).ShouldNotBeNull().RetiredAt.ShouldBe(retiredAt);
    }

    [Test]
    public async Task Retire_StaleIfMatch_ThrowsPreconditionFailedAndStaysPublished()
    {
        var published = await GivenLamselPublishedAsync();
        await SignInAsAsync(LamselAdmin);

        await Should.ThrowAsync<PreconditionFailedException>(() => SendAsync(new RetireCompetencyFrameworkCommand(published.Id, "\"1\"")));

        (await StoredFrameworkAsync(published.Id)).ShouldNotBeNull().Status.ShouldBe(FrameworkStatus.Published);
    }

    [Test]
    public async Task Retire_NationalStandardAsAgencyAdmin_ThrowsForbidden()
    {
        var nationalId = await NationalStandardIdAsync();
        await SignInAsAsync(LamselAdmin);

        await Should.ThrowAsync<ForbiddenAccessException>(() => SendAsync(new RetireCompetencyFrameworkCommand(nationalId, null)));

        (await StoredFrameworkAsync(nationalId)).ShouldNotBeNull().Status.ShouldBe(FrameworkStatus.Published);
    }

    [Test]
    public async Task Retire_OtherAgencysPublishedAsAgencyAdmin_ThrowsNotFound()
    {
        var published = await GivenLamselPublishedAsync();
        await SignInAsAsync(MedanAdmin);

        await Should.ThrowAsync<NotFoundException>(() => SendAsync(new RetireCompetencyFrameworkCommand(published.Id, null)));

        (await StoredFrameworkAsync(published.Id)).ShouldNotBeNull().Status.ShouldBe(FrameworkStatus.Published);
    }

    [TestCase(NationalAnalyst)]
    [TestCase(LamselAssessor)]
    public async Task Retire_AsRoleWithoutMaintenanceRight_ThrowsForbidden(string userName)
    {
        var published = await GivenLamselPublishedAsync();
        await SignInAsAsync(userName);

        await Should.ThrowAsync<ForbiddenAccessException>(() => SendAsync(new RetireCompetencyFrameworkCommand(published.Id, null)));
    }
}
