using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.CompetencyFrameworks.Commands.CreateCompetencyFrameworkVersion;
using AsnCompetency.Application.CompetencyFrameworks.Queries.GetCompetencyFrameworks;
using AsnCompetency.Domain.Frameworks;
using AsnCompetency.Infrastructure.Persistence.Seeding;
using static AsnCompetency.Application.FunctionalTests.FrameworkBuilders;

namespace AsnCompetency.Application.FunctionalTests;

public sealed class GetCompetencyFrameworksTests : FrameworkTestBase
{
    private static GetCompetencyFrameworksQuery Everything => new(PageSize: 500);

    [TestCase(LamselAdmin, true)]
    [TestCase(LamselAnalyst, true)]
    [TestCase(LamselAssessor, false)]
    [TestCase(LamselEmployee, false)]
    [TestCase(MedanAdmin, false)]
    [TestCase(AlakAdmin, false)]
    [TestCase(SysAdmin, true)]
    [TestCase(NationalAnalyst, true)]
    public async Task List_AgencyDraft_IsListedOnlyForItsAdminsAnalystsAndNationalStaff(string userName, bool listed)
    {
        var draft = await GivenLamselDraftAsync();
        await SignInAsAsync(userName);

        var page = await SendAsync(Everything);

        page.Items.Any(f => f.Id == draft.Id).ShouldBe(listed);
    }

    [TestCase(LamselAdmin, true)]
    [TestCase(LamselAnalyst, true)]
    [TestCase(LamselAssessor, true)]
    [TestCase(LamselEmployee, true)]
    [TestCase(MedanAdmin, false)]
    [TestCase(AlakAdmin, false)]
    [TestCase(SysAdmin, true)]
    [TestCase(NationalAnalyst, true)]
    public async Task List_AgencyPublished_IsListedForThatAgencyAndNationalStaffOnly(string userName, bool listed)
    {
        var published = await GivenLamselPublishedAsync();
        await SignInAsAsync(userName);

        var page = await SendAsync(Everything);

        page.Items.Any(f => f.Id == published.Id).ShouldBe(listed);
    }

    [TestCase(SysAdmin, true)]
    [TestCase(NationalAnalyst, true)]
    [TestCase(LamselAdmin, false)]
    [TestCase(LamselAnalyst, false)]
    [TestCase(LamselAssessor, false)]
    [TestCase(LamselEmployee, false)]
    [TestCase(MedanAdmin, false)]
    public async Task List_NationalDraft_IsListedForNationalStaffOnly(string userName, bool listed)
    {
        var draft = await GivenNationalDraftAsync();
        await SignInAsAsync(userName);

        var page = await SendAsync(Everything);

        page.Items.Any(f => f.Id == draft.Id).ShouldBe(listed);
    }

    [TestCase(LamselEmployee)]
    [TestCase(LamselAssessor)]
    [TestCase(MedanAdmin)]
    [TestCase(NationalAnalyst)]
    public async Task List_NationalStandard_IsListedForEveryone(string userName)
    {
        var nationalId = await NationalStandardIdAsync();
        await SignInAsAsync(userName);

        var page = await SendAsync(Everything);

        page.Items.ShouldContain(f => f.Id == nationalId);
    }

    [Test]
    public async Task List_Anonymous_ThrowsAuthenticationFailed()
    {
        SignOut();

        await Should.ThrowAsync<AuthenticationFailedException>(() => SendAsync(Everything));
    }

    [Test]
    public async Task List_AgencyFramework_CarriesOwnerNameAndCompetencyCount()
    {
        var draft = await GivenLamselDraftAsync();
        await SignInAsAsync(LamselAdmin);

        var page = await SendAsync(Everything);

        var summary = page.Items.Single(f => f.Id == draft.Id);
        summary.OwnerAgencyName.ShouldBe("Pemerintah Kabupaten Lampung Selatan");
        summary.CompetencyCount.ShouldBe(3);
        summary.Status.ShouldBe(FrameworkStatus.Draft);
    }

    [Test]
    public async Task List_FilteredByStatus_ReturnsOnlyThatStatus()
    {
        var draft = await GivenLamselDraftAsync("TEKNIS-A");
        await GivenLamselPublishedAsync("TEKNIS-B");
        await SignInAsAsync(SysAdmin);

        var page = await SendAsync(Everything with { Status = FrameworkStatus.Draft });

        page.Items.Select(f => f.Id).ShouldBe([draft.Id]);
        page.TotalCount.ShouldBe(1);
    }

    [Test]
    public async Task List_FilteredByNationalOwner_ReturnsOnlyNationalFrameworks()
    {
        var nationalDraft = await GivenNationalDraftAsync();
        await GivenLamselDraftAsync();
        var nationalId = await NationalStandardIdAsync();
        await SignInAsAsync(SysAdmin);

        var page = await SendAsync(Everything with { Owner = "NATIONAL" });

        page.Items.Select(f => f.Id).ShouldBe([nationalDraft.Id, nationalId], ignoreOrder: true);
        page.Items.ShouldAllBe(f => f.OwnerAgencyId == null && f.OwnerAgencyName == null);
    }

    [Test]
    public async Task List_FilteredByAgencyId_ReturnsOnlyThatAgencysFrameworks()
    {
        var lamselId = await AgencyIdAsync(Lamsel);
        var medanId = await AgencyIdAsync(Medan);
        var lamsel = await GivenLamselDraftAsync();
        await GivenDraftAsync(TeknisFramework("TEKNIS-PU", medanId));
        await SignInAsAsync(SysAdmin);

        var page = await SendAsync(Everything with { Owner = lamselId.ToString() });

        page.Items.Select(f => f.Id).ShouldBe([lamsel.Id]);
    }

    [Test]
    public async Task List_FilteredByOtherAgencyId_ReturnsNothingOutsideScope()
    {
        var lamselId = await AgencyIdAsync(Lamsel);
        await GivenLamselPublishedAsync();
        await SignInAsAsync(MedanAdmin);

        var page = await SendAsync(Everything with { Owner = lamselId.ToString() });

        page.Items.ShouldBeEmpty();
        page.TotalCount.ShouldBe(0);
    }

    [TestCase("kesehatan")]
    [TestCase("KESEHATAN")]
    [TestCase("teknis-kes")]
    [TestCase("health")]
    [TestCase("puskesmas")]
    public async Task List_Search_MatchesCodeNameAlternativeNameOrDescriptionIgnoringCase(string search)
    {
        var lamselId = await AgencyIdAsync(Lamsel);
        var health = await GivenDraftAsync(TeknisFramework("TEKNIS-KES", lamselId) with
        {
            Name = "Kompetensi Teknis Kesehatan",
            AlternativeName = "Health technical competencies",
            Description = "Untuk tenaga Puskesmas.",
        });
        await GivenLamselDraftAsync("TEKNIS-PU");
        await SignInAsAsync(LamselAdmin);

        var page = await SendAsync(Everything with { Search = search });

        page.Items.Select(f => f.Id).ShouldBe([health.Id]);
    }

    [Test]
    public async Task List_SearchWithLikeWildcard_MatchesLiterally()
    {
        await SignInAsAsync(SysAdmin);

        var page = await SendAsync(Everything with { Search = "38_2017" });

        page.Items.ShouldBeEmpty();
    }

    [Test]
    public async Task List_Paged_ReturnsRequestedSliceAndTotalCount()
    {
        foreach (var code in new[] { "TEKNIS-A", "TEKNIS-B", "TEKNIS-C", "TEKNIS-D" })
        {
            await GivenLamselDraftAsync(code);
        }

        await SignInAsAsync(LamselAdmin);

        var page = await SendAsync(new GetCompetencyFrameworksQuery(Page: 2, PageSize: 2));

        page.TotalCount.ShouldBe(5);
        page.Page.ShouldBe(2);
        page.PageSize.ShouldBe(2);
        page.Items.Select(f => f.Code).ShouldBe(["TEKNIS-B", "TEKNIS-C"]);
    }

    [Test]
    public async Task List_PageBeyondLast_ReturnsNoItemsButTotalCount()
    {
        await SignInAsAsync(LamselEmployee);

        var page = await SendAsync(new GetCompetencyFrameworksQuery(Page: 3, PageSize: 10));

        page.Items.ShouldBeEmpty();
        page.TotalCount.ShouldBe(1);
    }

    [Test]
    public async Task List_SortedByCodeDescending_ReturnsCodesInReverseOrder()
    {
        await GivenLamselDraftAsync("AAA");
        await GivenLamselDraftAsync("ZZZ");
        await GivenLamselDraftAsync("MMM");
        await SignInAsAsync(LamselAdmin);

        var page = await SendAsync(Everything with { Sort = "-code" });

        page.Items.Select(f => f.Code).ShouldBe(["ZZZ", ReferenceDataSeeder.NationalStandardCode, "MMM", "AAA"]);
    }

    [Test]
    public async Task List_DefaultSort_OrdersByCodeThenNewestVersionFirst()
    {
        var first = await GivenLamselPublishedAsync("BBB");
        await GivenLamselDraftAsync("AAA");
        await SignInAsAsync(LamselAdmin);
        var second = await SendAsync(new CreateCompetencyFrameworkVersionCommand(first.Id));

        var page = await SendAsync(Everything);

        page.Items.Select(f => (f.Code, f.Version)).ShouldBe(
            [("AAA", 1), ("BBB", 2), ("BBB", 1), (ReferenceDataSeeder.NationalStandardCode, 1)]);
        page.Items[1].Id.ShouldBe(second.Id);
    }

    [Test]
    public async Task List_SortedByVersionDescending_PutsNewestVersionFirst()
    {
        var first = await GivenLamselPublishedAsync("BBB");
        await SignInAsAsync(LamselAdmin);
        var second = await SendAsync(new CreateCompetencyFrameworkVersionCommand(first.Id));

        var page = await SendAsync(Everything with { Sort = "-version" });

        page.Items[0].Id.ShouldBe(second.Id);
    }

    [TestCase("owner", "somewhere")]
    [TestCase("sort", "-colour")]
    [TestCase("page", "0")]
    [TestCase("pageSize", "501")]
    public async Task List_InvalidParameter_ThrowsValidationKeyedByIt(string field, string value)
    {
        await SignInAsAsync(LamselAdmin);
        var query = field switch
        {
            "owner" => Everything with { Owner = value },
            "sort" => Everything with { Sort = value },
            "page" => Everything with { Page = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
            _ => Everything with { PageSize = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
        };

        var error = await Should.ThrowAsync<ValidationException>(() => SendAsync(query));

        error.Errors.Keys.ShouldBe([field]);
    }
}
