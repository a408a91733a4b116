using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.CompetencyFrameworks.Commands.CreateCompetencyFrameworkVersion;
using AsnCompetency.Application.CompetencyFrameworks.Commands.PublishCompetencyFramework;
using AsnCompetency.Application.CompetencyFrameworks.Commands.RetireCompetencyFramework;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;
using static AsnCompetency.Application.FunctionalTests.FrameworkBuilders;

namespace AsnCompetency.Application.FunctionalTests;

public sealed class CreateCompetencyFrameworkVersionTests : FrameworkTestBase
{
    [Test]
    public async Task CreateVersion_OfPublished_CreatesDraftNumberedAfterLatestAndLinked()
    {
        var published = await GivenLamselPublishedAsync();
        var adminId = await UserIdAsync(LamselAdmin);
        await SignInAsAsync(LamselAdmin);

        var next = await SendAsync(new CreateCompetencyFrameworkVersionCommand(published.Id));

        next.Id.ShouldNotBe(published.Id);
        next.Version.ShouldBe(2);
        next.Status.ShouldBe(FrameworkStatus.Draft);
        next.PredecessorId.ShouldBe(published.Id);
        next.Code.ShouldBe(published.Code);
        next.OwnerAgencyId.ShouldBe(published.OwnerAgencyId);
        next.Name.ShouldBe(published.Name);
        next.PublishedAt.ShouldBeNull();
        var stored = (await StoredFrameworkAsync(next.Id)).ShouldNotBeNull();
        stored.PredecessorId.ShouldBe(published.Id);
        stored.CreatedBy.ShouldBe(adminId);
    }

    [Test]
    public async Task CreateVersion_OfPublished_CopiesTreeWithSameCodesAndNewIds()
    {
        var published = await GivenLamselPublishedAsync();
        await SignInAsAsync(LamselAdmin);

        var next = await SendAsync(new CreateCompetencyFrameworkVersionCommand(published.Id));

        var source = await StoredItemsAsync(published.Id);
        var copy = await StoredItemsAsync(next.Id);
        copy.Count.ShouldBe(source.Count);
        copy.Select(c => c.Id).Intersect(source.Select(c => c.Id)).ShouldBeEmpty();
        Shape(copy).ShouldBe(Shape(source), ignoreOrder: true);
        next.GroupCount.ShouldBe(2);
        next.CompetencyCount.ShouldBe(3);
    }

    [Test]
    public async Task CreateVersion_ThenEditCopy_LeavesSourceUntouched()
    {
        var published = await GivenLamselPublishedAsync();
        await SignInAsAsync(LamselAdmin);
        var next = await SendAsync(new CreateCompetencyFrameworkVersionCommand(published.Id));
        var copied = await ItemAsync(next.Id, "TK.01");

        await SendAsync(UpdateOf(copied) with { Name = "Nama baru", Levels = Levels(5, "baru") });

        var original = (await StoredItemsAsync(published.Id)).Single(c => c.Code == "TK.01");
        original.Name.ShouldBe("Kompetensi TK.01");
        original.Levels[0].Description.ShouldBe("Level 1 TK.01");
        (await StoredItemsAsync(next.Id)).Single(c => c.Code == "TK.01").Levels[0].Description.ShouldBe("Level 1 baru");
    }

    [Test]
    public async Task CreateVersion_WhileDraftExists_ThrowsBusinessRuleNamingTheDraft()
    {
        var published = await GivenLamselPublishedAsync();
        await SignInAsAsync(LamselAdmin);
        var draft = await SendAsync(new CreateCompetencyFrameworkVersionCommand(published.Id));
        var countBefore = await StoredFrameworkCountAsync();

        var error = await Should.ThrowAsync<BusinessRuleException>(() => SendAsync(new CreateCompetencyFrameworkVersionCommand(published.Id)));

        error.Message.ShouldContain(draft.Id.ToString());
        error.Message.ShouldContain("version 2");
        (await StoredFrameworkCountAsync()).ShouldBe(countBefore);
    }

    [Test]
    public async Task CreateVersion_OfDraft_ThrowsBusinessRule()
    {
        var draft = await GivenLamselDraftAsync();
        await SignInAsAsync(LamselAdmin);

        await Should.ThrowAsync<BusinessRuleException>(() => SendAsync(new CreateCompetencyFrameworkVersionCommand(draft.Id)));
    }

    [Test]
    public async Task CreateVersion_OfOlderVersion_NumbersAfterLatestAndLinksToSource()
    {
        var first = await GivenLamselPublishedAsync();
        await SignInAsAsync(LamselAdmin);
        var second = await SendAsync(new CreateCompetencyFrameworkVersionCommand(first.Id));
        await SendAsync(new PublishCompetencyFrameworkCommand(second.Id, null));
        await SendAsync(new RetireCompetencyFrameworkCommand(first.Id, null));

        var third = await SendAsync(new CreateCompetencyFrameworkVersionCommand(first.Id));

        third.Version.ShouldBe(3);
        third.PredecessorId.ShouldBe(first.Id);
        third.Status.ShouldBe(FrameworkStatus.Draft);
    }

    [Test]
    public async Task CreateVersion_OfNationalStandardAsSystemAdmin_CopiesNineCompetencies()
    {
        var nationalId = await NationalStandardIdAsync();
        await SignInAsAsync(SysAdmin);

        var next = await SendAsync(new CreateCompetencyFrameworkVersionCommand(nationalId));

        next.OwnerAgencyId.ShouldBeNull();
        next.Version.ShouldBe(2);
        next.PredecessorId.ShouldBe(nationalId);
        next.GroupCount.ShouldBe(2);
        next.CompetencyCount.ShouldBe(9);
        Shape(await StoredItemsAsync(next.Id)).ShouldBe(Shape(await StoredItemsAsync(nationalId)), ignoreOrder: true);
    }

    [Test]
    public async Task CreateVersion_OfNationalStandardAsAgencyAdmin_ThrowsForbidden()
    {
        var nationalId = await NationalStandardIdAsync();
        var countBefore = await StoredFrameworkCountAsync();
        await SignInAsAsync(LamselAdmin);

        await Should.ThrowAsync<ForbiddenAccessException>(() => SendAsync(new CreateCompetencyFrameworkVersionCommand(nationalId)));

        (await StoredFrameworkCountAsync()).ShouldBe(countBefore);
    }

    [Test]
    public async Task CreateVersion_OfOtherAgencysFrameworkAsAgencyAdmin_ThrowsNotFound()
    {
        var published = await GivenLamselPublishedAsync();
        await SignInAsAsync(MedanAdmin);

        await Should.ThrowAsync<NotFoundException>(() => SendAsync(new CreateCompetencyFrameworkVersionCommand(published.Id)));
    }

    [Test]
    public async Task CreateVersion_AsAnalyst_ThrowsForbidden()
    {
        var published = await GivenLamselPublishedAsync();
        await SignInAsAsync(LamselAnalyst);

        await Should.ThrowAsync<ForbiddenAccessException>(() => SendAsync(new CreateCompetencyFrameworkVersionCommand(published.Id)));
    }

    /// <summary>What must survive a copy: codes, placement, kinds, order and level texts (ids excepted).</summary>
    private static List<string> Shape(List<Competency> items)
    {
        var codes = items.ToDictionary(c => c.Id, c => c.Code);
        return [.. items.Select(c =>
            $"{c.Code}|{(c.ParentId is { } p ? codes[p] : "-")}|{c.ItemType}|{c.GroupKind}|{c.SortOrder}|{c.Name}|{c.AlternativeName}|{c.Description}|"
            + string.Join(";", c.Levels.Select(l => $"{l.Level}:{l.Description}:{string.Join(",", l.Indicators)}")))];
    }

    [Test]
    public async Task CreateVersion_OfNationalStandardWhileNationalDraftExists_ThrowsBusinessRule()
    {
        var nationalId = await NationalStandardIdAsync();
        await SignInAsAsync(SysAdmin);
        var draft = await SendAsync(new CreateCompetencyFrameworkVersionCommand(nationalId));

        var error = await Should.ThrowAsync<BusinessRuleException>(() => SendAsync(new CreateCompetencyFrameworkVersionCommand(nationalId)));

        error.Message.ShouldContain(draft.Id.ToString());
    }

    [Test]
    public async Task CreateVersion_WhenOtherAgencyHasDraftWithSameCode_IgnoresIt()
    {
        var medanId = await AgencyIdAsync(Medan);
        await GivenDraftAsync(TeknisFramework("TEKNIS-PU", medanId));
        var published = await GivenLamselPublishedAsync("TEKNIS-PU");
        await SignInAsAsync(LamselAdmin);

        var next = await SendAsync(new CreateCompetencyFrameworkVersionCommand(published.Id));

        next.Version.ShouldBe(2);
        next.OwnerAgencyId.ShouldBe(published.OwnerAgencyId);
    }
}
