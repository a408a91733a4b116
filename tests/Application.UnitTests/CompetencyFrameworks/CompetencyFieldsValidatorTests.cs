using AsnCompetency.Application.CompetencyFrameworks.Commands;
using AsnCompetency.Application.CompetencyFrameworks.Commands.AddCompetency;
using AsnCompetency.Application.CompetencyFrameworks.Commands.UpdateCompetency;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Frameworks;
using FluentValidation;
using FluentValidation.Results;
using static AsnCompetency.Application.UnitTests.CompetencyFrameworks.InputBuilder;

namespace AsnCompetency.Application.UnitTests.CompetencyFrameworks;

public sealed class AddCompetencyCommandValidatorTests : CompetencyFieldsValidatorTests<AddCompetencyCommand, AddCompetencyCommandValidator>;

public sealed class UpdateCompetencyCommandValidatorTests : CompetencyFieldsValidatorTests<UpdateCompetencyCommand, UpdateCompetencyCommandValidator>
{
    [Test]
    public void Validate_IfMatchAndIdNotInBody_AreNotValidated()
    {
        Validate(c => ((UpdateCompetencyCommand)c) with { Id = Guid.Empty, IfMatch = null }).ShouldBeValid();
    }
}

/// <summary>The field rules that adding and changing a tree item share; each command's validator must apply them all.</summary>
public abstract class CompetencyFieldsValidatorTests<TCommand, TValidator>
    where TCommand : CompetencyFields, new()
    where TValidator : AbstractValidator<TCommand>, new()
{
    /// <summary>Validates a valid competency under a parent, changed by <paramref name="change"/>.</summary>
    protected static ValidationResult Validate(Func<CompetencyFields, CompetencyFields> change)
    {
        var command = new TCommand
        {
            ParentId = Guid.CreateVersion7(),
            Code = "M.01",
            Name = "Integritas",
            GroupKind = CompetencyGroupKind.Manajerial,
            Levels = Levels(1, 2, 3, 4, 5),
        };
        return new TValidator().Validate((TCommand)change(command));
    }

    [Test]
    public void Validate_CompleteCompetency_Passes()
    {
        Validate(c => c).ShouldBeValid();
    }

    [Test]
    public void Validate_TopLevelGroupWithoutLevels_Passes()
    {
        Validate(c => c with { ParentId = null, ItemType = CompetencyItemType.Group, Levels = [], SortOrder = 0 }).ShouldBeValid();
    }

    [Test]
    public void Validate_EmptyParentId_FailsAtParentId()
    {
        Validate(c => c with { ParentId = Guid.Empty }).ShouldFailAt("parentId");
    }

    [Test]
    public void Validate_MissingCodeAndName_FailsAtCodeAndName()
    {
        var result = Validate(c => c with { Code = "", Name = " " });

        result.ShouldFailAt("code", "name");
        result.ShouldFailOnceAt("code").ShouldContain("'code'");
    }

    [TestCase("M 01")]
    [TestCase("_M01")]
    [TestCase("M*01")]
    public void Validate_BadCodeCharacters_FailsAtCode(string code)
    {
        Validate(c => c with { Code = code }).ShouldFailAt("code");
    }

    [Test]
    public void Validate_TooLongTexts_FailAtEachField()
    {
        var result = Validate(c => c with
        {
            Name = new string('n', FieldLengths.Name + 1),
            AlternativeName = new string('a', FieldLengths.Name + 1),
            Description = new string('d', FieldLengths.Description + 1),
        });

        result.ShouldFailAt("name", "alternativeName", "description");
    }

    [Test]
    public void Validate_UndefinedEnumValues_FailAtItemTypeAndGroupKind()
    {
        Validate(c => c with { ItemType = (CompetencyItemType)5, GroupKind = (CompetencyGroupKind)5 })
            .ShouldFailAt("itemType", "groupKind");
    }

    [Test]
    public void Validate_NegativeSortOrder_FailsAtSortOrder()
    {
        Validate(c => c with { SortOrder = -1 }).ShouldFailAt("sortOrder");
    }

    [TestCase(0, TestName = "Validate_LevelZero_FailsAtThatLevel")]
    [TestCase(6, TestName = "Validate_LevelSix_FailsAtThatLevel")]
    [TestCase(7, TestName = "Validate_LevelSeven_FailsAtThatLevel")]
    public void Validate_LevelOutsideLargestScale_FailsAtThatLevel(int level)
    {
        var result = Validate(c => c with { Levels = Levels(1, level) });

        result.ShouldFailAt("levels[1].level");
        result.ShouldFailOnceAt("levels[1].level").ShouldContain($"You entered {level}");
    }

    [Test]
    public void Validate_LevelDescribedTwice_FailsAtLevels()
    {
        Validate(c => c with { Levels = Levels(1, 3, 3) }).ShouldFailAt("levels");
    }

    [Test]
    public void Validate_BlankDescriptionAndIndicator_FailsAtEach()
    {
        var levels = Levels(1, 2);
        levels[0] = levels[0] with { Description = "", Indicators = [" "] };

        Validate(c => c with { Levels = levels }).ShouldFailAt("levels[0].description", "levels[0].indicators[0]");
    }

    [Test]
    public void Validate_TwoInvalidLevels_FailsAtEach()
    {
        // The request pipeline promises every failing field at once (ValidationBehaviour).
        var levels = Levels(1, 2, 3);
        levels[0] = levels[0] with { Description = "" };

        Validate(c => c with { Levels = [.. levels, .. Levels(9)] }).ShouldFailAt("levels[0].description", "levels[3].level");
    }

    [Test]
    public void Validate_TooLongIndicator_FailsAtThatIndicator()
    {
        var levels = Levels(1);
        levels[0] = levels[0] with { Indicators = ["Jujur", new string('i', FieldLengths.IndicatorText + 1)] };

        Validate(c => c with { Levels = levels }).ShouldFailAt("levels[0].indicators[1]");
    }

    [Test]
    public void Validate_GroupWithLevels_FailsAtLevels()
    {
        var result = Validate(c => c with { ItemType = CompetencyItemType.Group });

        result.ShouldFailAt("levels");
        result.ShouldFailOnceAt("levels").ShouldContain("group");
    }
}
