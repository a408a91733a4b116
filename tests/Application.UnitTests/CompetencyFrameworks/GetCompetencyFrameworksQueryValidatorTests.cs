using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.CompetencyFrameworks.Queries.GetCompetencyFrameworks;
using AsnCompetency.Domain.Frameworks;
using FluentValidation.Results;

namespace AsnCompetency.Application.UnitTests.CompetencyFrameworks;

public sealed class GetCompetencyFrameworksQueryValidatorTests
{
    private static ValidationResult Validate(GetCompetencyFrameworksQuery query) =>
        new GetCompetencyFrameworksQueryValidator().Validate(query);

    [Test]
    public void Validate_Defaults_Passes()
    {
        Validate(new GetCompetencyFrameworksQuery()).ShouldBeValid();
    }

    [Test]
    public void Validate_EveryFilterSet_Passes()
    {
        Validate(new GetCompetencyFrameworksQuery(FrameworkStatus.Published, "national", "integritas", 3, Paging.MaxPageSize, "-updatedAt"))
            .ShouldBeValid();
    }

    [TestCase(0)]
    [TestCase(-1)]
    public void Validate_PageBelowOne_FailsAtPage(int page)
    {
        Validate(new GetCompetencyFrameworksQuery(Page: page)).ShouldFailAt("page");
    }

    [TestCase(0)]
    [TestCase(Paging.MaxPageSize + 1)]
    public void Validate_PageSizeOutOfRange_FailsAtPageSize(int pageSize)
    {
        var result = Validate(new GetCompetencyFrameworksQuery(PageSize: pageSize));

        result.ShouldFailAt("pageSize");
        result.ShouldFailOnceAt("pageSize").ShouldContain("500");
    }

    [TestCase("code")]
    [TestCase("-code")]
    [TestCase("name")]
    [TestCase("version")]
    [TestCase("-status")]
    [TestCase("updatedAt")]
    public void Validate_KnownSort_Passes(string sort)
    {
        Validate(new GetCompetencyFrameworksQuery(Sort: sort)).ShouldBeValid();
    }

    [TestCase("")]
    [TestCase("createdAt")]
    [TestCase("Name")]
    [TestCase("code desc")]
    [TestCase("+code")]
    public void Validate_UnknownSort_FailsAtSort(string sort)
    {
        var result = Validate(new GetCompetencyFrameworksQuery(Sort: sort));

        result.ShouldFailAt("sort");
        result.ShouldFailOnceAt("sort").ShouldContain("updatedAt");
    }

    [TestCase("national")]
    [TestCase("NATIONAL")]
    [TestCase("0195a1c2-0000-7000-8000-00000000a001")]
    public void Validate_NationalOrAgencyIdOwner_Passes(string owner)
    {
        Validate(new GetCompetencyFrameworksQuery(Owner: owner)).ShouldBeValid();
    }

    [TestCase("")]
    [TestCase("nasional")]
    [TestCase("agency-1")]
    [TestCase("0195a1c2-0000-7000-8000")]
    public void Validate_OtherOwner_FailsAtOwner(string owner)
    {
        var result = Validate(new GetCompetencyFrameworksQuery(Owner: owner));

        result.ShouldFailAt("owner");
        result.ShouldFailOnceAt("owner").ShouldContain("national");
    }

    [Test]
    public void Validate_UndefinedStatus_FailsAtStatus()
    {
        Validate(new GetCompetencyFrameworksQuery(Status: (FrameworkStatus)7)).ShouldFailAt("status");
    }

    [Test]
    public void Validate_SearchLongerThan200_FailsAtSearch()
    {
        Validate(new GetCompetencyFrameworksQuery(Search: new string('s', 201))).ShouldFailAt("search");
    }
}
