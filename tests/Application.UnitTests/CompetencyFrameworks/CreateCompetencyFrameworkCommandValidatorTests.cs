using AsnCompetency.Application.CompetencyFrameworks.Commands;
using AsnCompetency.Application.CompetencyFrameworks.Commands.CreateCompetencyFramework;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;
using FluentValidation.Results;
using static AsnCompetency.Application.UnitTests.CompetencyFrameworks.InputBuilder;

namespace AsnCompetency.Application.UnitTests.CompetencyFrameworks;

public sealed class CreateCompetencyFrameworkCommandValidatorTests
{
    private static CreateCompetencyFrameworkCommand Minimal => new() { Code = "TEKNIS-KES", Name = "Kamus Kompetensi Teknis Kesehatan" };

    /// <summary>Shaped like the seeded PermenPANRB 38/2017 standard: two groups, nine competencies, five levels.</summary>
    private static CreateCompetencyFrameworkCommand NationalStandard() => new()
    {
        Code = "PERMENPANRB-38-2017",
        Name = "Standar Kompetensi Manajerial dan Sosial Kultural ASN",
        AlternativeName = "Managerial and Socio-Cultural Competency Standard for Civil Servants",
        Description = "Kamus kompetensi nasional.",
        Language = "id",
        ProficiencyLevels = Scale(1, 2, 3, 4, 5),
        Competencies =
        [
            Group("M", CompetencyGroupKind.Manajerial, [.. Enumerable.Range(1, 8).Select(i => Competency($"M.0{i}", CompetencyGroupKind.Manajerial))]),
            Group("SK", CompetencyGroupKind.SosialKultural, Competency("SK.01")),
        ],
    };

    private static ValidationResult Validate(CreateCompetencyFrameworkCommand command) =>
        new CreateCompetencyFrameworkCommandValidator().Validate(command);

    private static ValidationResult ValidateTree(params CompetencyTreeInput[] items) =>
        Validate(Minimal with { Competencies = [.. items] });

    [Test]
    public void Validate_NationalStandardLikePayload_Passes()
    {
        Validate(NationalStandard()).ShouldBeValid();
    }

    [Test]
    public void Validate_CodeAndNameOnly_Passes()
    {
        Validate(Minimal).ShouldBeValid();
    }

    [Test]
    public void Validate_MissingCodeAndName_FailsAtCodeAndName()
    {
        var result = Validate(new CreateCompetencyFrameworkCommand());

        result.ShouldFailAt("code", "name");
        result.ShouldFailOnceAt("name").ShouldContain("'name'");
    }

    [TestCase("   ")]
    [TestCase("TEKNIS KES")]
    [TestCase("-TEKNIS")]
    [TestCase("TEKNIS#KES")]
    [TestCase("TEKNIS,KES")]
    public void Validate_BadCodeCharacters_FailsAtCode(string code)
    {
        var result = Validate(Minimal with { Code = code });

        result.ShouldFailAt("code");
        result.ShouldFailOnceAt("code").ShouldContain("'code'");
    }

    [Test]
    public void Validate_CodeLongerThanColumn_FailsOnceAtCode()
    {
        Validate(Minimal with { Code = new string('K', FieldLengths.Code + 1) }).ShouldFailOnceAt("code");
    }

    [Test]
    public void Validate_WhitespaceName_FailsAtName()
    {
        Validate(Minimal with { Name = "  " }).ShouldFailAt("name");
    }

    [TestCase("id")]
    [TestCase("en")]
    [TestCase("en-US")]
    [TestCase("jv")]
    [TestCase("zh-Hant-TW")]
    public void Validate_LanguageTag_Passes(string language)
    {
        Validate(Minimal with { Language = language }).ShouldBeValid();
    }

    [TestCase("")]
    [TestCase("i")]
    [TestCase("indonesia")]
    [TestCase("id_ID")]
    [TestCase("en-")]
    [TestCase("12")]
    public void Validate_NotALanguageTag_FailsAtLanguage(string language)
    {
        var result = Validate(Minimal with { Language = language });

        result.ShouldFailAt("language");
    }

    [Test]
    public void Validate_EmptyOwnerAgencyId_FailsAtOwnerAgencyId()
    {
        Validate(Minimal with { OwnerAgencyId = Guid.Empty }).ShouldFailAt("ownerAgencyId");
    }

    [TestCase(2)]
    [TestCase(3)]
    [TestCase(5)]
    public void Validate_ScaleOfTwoToFiveLevels_Passes(int levelCount)
    {
        Validate(Minimal with { ProficiencyLevels = Scale([.. Enumerable.Range(1, levelCount)]) }).ShouldBeValid();
    }

    [Test]
    public void Validate_ScaleOutOfOrderWithoutGaps_Passes()
    {
        Validate(Minimal with { ProficiencyLevels = Scale(3, 1, 2) }).ShouldBeValid();
    }

    [Test]
    public void Validate_OneLevelScale_FailsAtProficiencyLevels()
    {
        var result = Validate(Minimal with { ProficiencyLevels = Scale(1) });

        result.ShouldFailAt("proficiencyLevels");
        result.ShouldFailOnceAt("proficiencyLevels").ShouldContain("2 to 5");
    }

    [Test]
    public void Validate_SixLevelScale_FailsAtScaleAndSixthLevel()
    {
        Validate(Minimal with { ProficiencyLevels = Scale(1, 2, 3, 4, 5, 6) })
            .ShouldFailAt("proficiencyLevels", "proficiencyLevels[5].level");
    }

    [TestCase(new[] { 1, 3 })]
    [TestCase(new[] { 1, 2, 4 })]
    [TestCase(new[] { 2, 3 })]
    [TestCase(new[] { 1, 1, 2 })]
    public void Validate_ScaleWithGapOrRepeat_FailsAtProficiencyLevels(int[] levels)
    {
        var result = Validate(Minimal with { ProficiencyLevels = Scale(levels) });

        result.ShouldFailAt("proficiencyLevels");
        result.ShouldFailOnceAt("proficiencyLevels").ShouldContain("numbered 1 to N");
    }

    [Test]
    public void Validate_ScaleLevelSeven_FailsAtThatLevel()
    {
        Validate(Minimal with { ProficiencyLevels = Scale(7, 2) })
            .ShouldFailAt("proficiencyLevels", "proficiencyLevels[0].level");
    }

    [Test]
    public void Validate_ScaleLevelWithoutName_FailsAtLevelName()
    {
        var scale = Scale(1, 2, 3);
        scale[1] = scale[1] with { Name = " " };

        Validate(Minimal with { ProficiencyLevels = scale }).ShouldFailAt("proficiencyLevels[1].name");
    }

    [Test]
    public void Validate_NestedLevelSeven_FailsAtFullPathOfThatLevel()
    {
        var child = Competency("M.01") with { Levels = [.. Levels(7, 2)] };

        var result = ValidateTree(Group("M", CompetencyGroupKind.Manajerial, child));

        result.ShouldFailAt("competencies[0].children[0].levels[0].level");
        result.ShouldFailOnceAt("competencies[0].children[0].levels[0].level").ShouldContain("You entered 7");
    }

    [Test]
    public void Validate_LevelAboveCustomScale_FailsAtThatLevel()
    {
        var command = Minimal with
        {
            ProficiencyLevels = Scale(1, 2, 3),
            Competencies = [Competency("T.01", CompetencyGroupKind.Teknis) with { Levels = Levels(1, 2, 3, 4) }],
        };

        var result = Validate(command);

        result.ShouldFailAt("competencies[0].levels[3].level");
        result.ShouldFailOnceAt("competencies[0].levels[3].level").ShouldContain("between 1 and 3");
    }

    [Test]
    public void Validate_LevelDescribedTwice_FailsAtLevels()
    {
        ValidateTree(Competency("T.01", CompetencyGroupKind.Teknis) with { Levels = Levels(1, 2, 2) })
            .ShouldFailAt("competencies[0].levels");
    }

    [Test]
    public void Validate_BlankLevelDescriptionAndIndicator_FailsAtEach()
    {
        var levels = Levels(1, 2);
        levels[1] = levels[1] with { Description = " ", Indicators = ["Bertindak jujur", ""] };

        ValidateTree(Competency("T.01", CompetencyGroupKind.Teknis) with { Levels = levels })
            .ShouldFailAt("competencies[0].levels[1].description", "competencies[0].levels[1].indicators[1]");
    }

    [Test]
    public void Validate_TwoInvalidTopLevelItems_FailsAtEach()
    {
        // The request pipeline promises every failing field at once (ValidationBehaviour).
        var result = ValidateTree(
            Competency("T.01", CompetencyGroupKind.Teknis) with { Name = "" },
            Competency("T.02", CompetencyGroupKind.Teknis),
            Competency("T 03", CompetencyGroupKind.Teknis));

        result.ShouldFailAt("competencies[0].name", "competencies[2].code");
    }

    [Test]
    public void Validate_TwoUnnamedScaleLevels_FailsAtEach()
    {
        var scale = Scale(1, 2, 3);
        scale[0] = scale[0] with { Name = "" };
        scale[2] = scale[2] with { Name = "" };

        Validate(Minimal with { ProficiencyLevels = scale }).ShouldFailAt("proficiencyLevels[0].name", "proficiencyLevels[2].name");
    }

    [Test]
    public void Validate_SameCodeTwiceAtTopLevel_FailsAtLaterItemCode()
    {
        var result = ValidateTree(Competency("T.01", CompetencyGroupKind.Teknis), Competency("T.01", CompetencyGroupKind.Teknis));

        result.ShouldFailAt("competencies[1].code");
        result.ShouldFailOnceAt("competencies[1].code").ShouldContain("T.01");
    }

    [Test]
    public void Validate_SameCodeInOtherCaseAndSpacing_FailsAtLaterItemCode()
    {
        ValidateTree(Competency("T.01", CompetencyGroupKind.Teknis), Competency(" t.01 ", CompetencyGroupKind.Teknis))
            .ShouldFailAt("competencies[1].code");
    }

    [Test]
    public void Validate_SameCodeInTwoBranches_FailsAtLaterItemCode()
    {
        var result = ValidateTree(
            Group("M", CompetencyGroupKind.Manajerial, Competency("X.01")),
            Group("SK", CompetencyGroupKind.SosialKultural, Competency("SK.01"), Competency("x.01")));

        result.ShouldFailAt("competencies[1].children[1].code");
    }

    [Test]
    public void Validate_ChildRepeatsCodeOfLaterTopLevelItem_FailsAtLaterItemInDocumentOrder()
    {
        // Items are created parent first, depth first (CreateCompetencyFrameworkCommandHandler.AddTree):
        // competencies[0].children[0] comes before competencies[1], so the latter is the repeat.
        var result = ValidateTree(
            Group("M", CompetencyGroupKind.Manajerial, Competency("M.01")),
            Competency("M.01", CompetencyGroupKind.Manajerial));

        result.ShouldFailAt("competencies[1].code");
    }

    [Test]
    public void Validate_CodeUsedThreeTimes_FailsAtEachRepeat()
    {
        ValidateTree(Group("T", CompetencyGroupKind.Teknis, Competency("T"), Group("T.1", null, Competency("T"))))
            .ShouldFailAt("competencies[0].children[0].code", "competencies[0].children[1].children[0].code");
    }

    [Test]
    public void Validate_TopLevelItemWithoutGroupKind_FailsAtItsGroupKind()
    {
        var result = ValidateTree(Group("M", kind: null, Competency("M.01")));

        result.ShouldFailAt("competencies[0].groupKind");
        result.ShouldFailOnceAt("competencies[0].groupKind").ShouldContain("top-level");
    }

    [Test]
    public void Validate_ChildWithoutGroupKind_Passes()
    {
        ValidateTree(Group("M", CompetencyGroupKind.Manajerial, Competency("M.01", kind: null))).ShouldBeValid();
    }

    [Test]
    public void Validate_GroupWithLevels_FailsAtItsLevels()
    {
        var group = Group("M", CompetencyGroupKind.Manajerial, Competency("M.01")) with { Levels = Levels(1) };

        var result = ValidateTree(group);

        result.ShouldFailAt("competencies[0].levels");
        result.ShouldFailOnceAt("competencies[0].levels").ShouldContain("group");
    }

    [Test]
    public void Validate_NestedGroupWithLevels_FailsAtItsLevels()
    {
        var inner = Group("M.A", null, Competency("M.A.01")) with { Levels = Levels(1, 2) };

        ValidateTree(Group("M", CompetencyGroupKind.Manajerial, inner)).ShouldFailAt("competencies[0].children[0].levels");
    }

    [Test]
    public void Validate_UndefinedEnumValues_FailAtItemTypeAndGroupKind()
    {
        var item = Competency("T.01", (CompetencyGroupKind)42) with { ItemType = (CompetencyItemType)9 };

        ValidateTree(item).ShouldFailAt("competencies[0].itemType", "competencies[0].groupKind");
    }

    [Test]
    public void Validate_NestedItemWithoutCodeOrName_FailsAtItsPath()
    {
        var child = Competency("") with { Name = "" };

        ValidateTree(Group("M", CompetencyGroupKind.Manajerial, child))
            .ShouldFailAt("competencies[0].children[0].code", "competencies[0].children[0].name");
    }

    [Test]
    public void Validate_TreeAtMaximumDepth_Passes()
    {
        ValidateTree(Chain(CompetencyTreeInputValidator.MaxDepth)).ShouldBeValid();
    }

    [Test]
    public void Validate_TreeDeeperThanMaximum_FailsAtChildrenOfDeepestAllowedItem()
    {
        var deepestAllowed = "competencies[0]" + string.Concat(Enumerable.Repeat(".children[0]", CompetencyTreeInputValidator.MaxDepth - 1));

        var result = ValidateTree(Chain(CompetencyTreeInputValidator.MaxDepth + 1));

        result.ShouldFailAt($"{deepestAllowed}.children");
    }
}
