using AsnCompetency.Application.Common.Concurrency;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.CompetencyFrameworks.Queries.GetCompetencyFramework;
using AsnCompetency.Domain.Frameworks;

namespace AsnCompetency.Application.FunctionalTests;

public sealed class GetCompetencyFrameworkTests : FrameworkTestBase
{
    [TestCase(LamselAdmin, true)]
    [TestCase(LamselAnalyst, true)]
    [TestCase(LamselAssessor, false)]
    [TestCase(LamselEmployee, false)]
    [TestCase(MedanAdmin, false)]
    [TestCase(SysAdmin, true)]
    [TestCase(NationalAnalyst, true)]
    public async Task Get_AgencyDraft_IsFoundOnlyByItsAdminsAnalystsAndNationalStaff(string userName, bool visible)
    {
        var draft = await GivenLamselDraftAsync();
        await SignInAsAsync(userName);

        await AssertVisibilityAsync(draft.Id, visible);
    }

    [TestCase(LamselAdmin, true)]
    [TestCase(LamselAnalyst, true)]
    [TestCase(LamselAssessor, true)]
    [TestCase(LamselEmployee, true)]
    [TestCase(MedanAdmin, false)]
    [TestCase(AlakAdmin, false)]
    [TestCase(SysAdmin, true)]
    [TestCase(NationalAnalyst, true)]
    public async Task Get_AgencyPublished_IsFoundByThatAgencyAndNationalStaffOnly(string userName, bool visible)
    {
        var published = await GivenLamselPublishedAsync();
        await SignInAsAsync(userName);

        await AssertVisibilityAsync(published.Id, visible);
    }

    [TestCase(SysAdmin, true)]
    [TestCase(NationalAnalyst, true)]
    [TestCase(LamselAdmin, false)]
    [TestCase(LamselAnalyst, false)]
    [TestCase(LamselEmployee, false)]
    [TestCase(MedanAdmin, false)]
    public async Task Get_NationalDraft_IsFoundByNationalStaffOnly(string userName, bool visible)
    {
        var draft = await GivenNationalDraftAsync();
        await SignInAsAsync(userName);

        await AssertVisibilityAsync(draft.Id, visible);
    }

    [Test]
    public async Task Get_Visible_ReturnsCountsScaleAndCurrentETag()
    {
        var draft = await GivenLamselDraftAsync();
        var stored = (await StoredFrameworkAsync(draft.Id)).ShouldNotBeNull();
        await SignInAsAsync(LamselAnalyst);

        var read = await SendAsync(new GetCompetencyFrameworkQuery(draft.Id));

        read.Code.ShouldBe("TEKNIS-PU");
        read.GroupCount.ShouldBe(2);
        read.CompetencyCount.ShouldBe(3);
        read.ProficiencyLevels.Count.ShouldBe(5);
        read.ETag.ShouldBe(EntityTag.Format(stored.RowVersion));
        read.ETag.ShouldBe(draft.ETag);
    }

    [Test]
    public async Task Get_NationalStandard_ReturnsPublishedFirstVersion()
    {
        var nationalId = await NationalStandardIdAsync();
        await SignInAsAsync(LamselEmployee);

        var read = await SendAsync(new GetCompetencyFrameworkQuery(nationalId));

        read.Status.ShouldBe(FrameworkStatus.Published);
        read.Version.ShouldBe(1);
        read.OwnerAgencyId.ShouldBeNull();
        read.PublishedAt.ShouldNotBeNull();
        read.CompetencyCount.ShouldBe(9);
        read.GroupCount.ShouldBe(2);
    }

    [Test]
    public async Task Get_UnknownId_ThrowsNotFound()
    {
        await SignInAsAsync(SysAdmin);

        await Should.ThrowAsync<NotFoundException>(() => SendAsync(new GetCompetencyFrameworkQuery(Guid.NewGuid())));
    }

    [Test]
    public async Task Get_Anonymous_ThrowsAuthenticationFailed()
    {
        var nationalId = await NationalStandardIdAsync();
        SignOut();

        await Should.ThrowAsync<AuthenticationFailedException>(() => SendAsync(new GetCompetencyFrameworkQuery(nationalId)));
    }

    private static async Task AssertVisibilityAsync(Guid id, bool visible)
    {
        if (visible)
        {
            (await SendAsync(new GetCompetencyFrameworkQuery(id))).Id.ShouldBe(id);
        }
        else
        {
            await Should.ThrowAsync<NotFoundException>(() => SendAsync(new GetCompetencyFrameworkQuery(id)));
        }
    }
}
