using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Positions;

namespace AsnCompetency.Domain.UnitTests.Positions;

/// <summary>A position's standard (SKJ): each competency once, each level within its framework's scale, weights 0.1–10.</summary>
public sealed class PositionTests
{
    private static readonly Guid AgencyId = Guid.Parse("0195a1c2-0000-7000-8000-00000000a001");
    private static readonly Guid UnitId = Guid.Parse("0195a1c2-0000-7000-8000-0000000c0001");
    private static readonly Guid FrameworkId = Guid.Parse("0195a1c2-0000-7000-8000-0000000f0001");

    private static Position NewPosition(PositionType type = PositionType.Administrator) =>
        Position.Create(AgencyId, UnitId, "dinkes-kabid-p2p", "Kepala Bidang P2P", type, Eselon.IIIb);

    private static StandardRequirement Requirement(string code, int level = 3, decimal weight = 1m, int levelCount = 5, Guid? competencyId = null) =>
        new(competencyId ?? Guid.CreateVersion7(), code, FrameworkId, levelCount, level, weight);

    [TestCase(PositionType.Administrator, PositionCategory.Manajerial)]
    [TestCase(PositionType.JptPratama, PositionCategory.Manajerial)]
    [TestCase(PositionType.Pengawas, PositionCategory.Manajerial)]
    [TestCase(PositionType.Pelaksana, PositionCategory.Nonmanajerial)]
    [TestCase(PositionType.FungsionalAhliMuda, PositionCategory.Nonmanajerial)]
    public void Create_Type_GivesItsCategory(PositionType type, PositionCategory category)
    {
        var position = NewPosition(type);

        position.Category.ShouldBe(category);
        position.Code.ShouldBe("DINKES-KABID-P2P");
        position.Standards.ShouldBeEmpty();
    }

    [Test]
    public void ReplaceStandards_ValidRequirements_ReplacesTheWholeStandard()
    {
        var position = NewPosition();
        position.ReplaceStandards([Requirement("M.01"), Requirement("M.02")]);
        var revision = position.Revision;

        position.ReplaceStandards([Requirement("SK.01", level: 4, weight: 2.5m)]);

        var line = position.Standards.ShouldHaveSingleItem();
        line.PositionId.ShouldBe(position.Id);
        line.FrameworkId.ShouldBe(FrameworkId);
        line.RequiredLevel.ShouldBe(4);
        line.Weight.ShouldBe(2.5m);
        position.Revision.ShouldBe(revision + 1);
    }

    [Test]
    public void ReplaceStandards_Empty_ClearsTheStandard()
    {
        var position = NewPosition();
        position.ReplaceStandards([Requirement("M.01")]);

        position.ReplaceStandards([]);

        position.Standards.ShouldBeEmpty();
    }

    [Test]
    public void ReplaceStandards_DuplicateCompetency_ThrowsForTheRepeatedItemAndKeepsTheStandard()
    {
        var position = NewPosition();
        position.ReplaceStandards([Requirement("M.01")]);
        var competency = Guid.CreateVersion7();

        var error = Should.Throw<DomainValidationException>(() => position.ReplaceStandards(
            [Requirement("M.02", competencyId: competency), Requirement("M.03"), Requirement("M.02", level: 2, competencyId: competency)]));

        error.Field.ShouldBe("items[2].competencyId");
        error.Message.ShouldContain("M.02");
        position.Standards.ShouldHaveSingleItem();
    }

    [TestCase(5, 4)]
    [TestCase(6, 5)]
    [TestCase(0, 5)]
    [TestCase(-1, 5)]
    public void ReplaceStandards_LevelOutsideTheFrameworksScale_ThrowsForRequiredLevel(int level, int levelCount)
    {
        var position = NewPosition();

        var error = Should.Throw<DomainValidationException>(() => position.ReplaceStandards(
            [Requirement("M.01"), Requirement("TK.01", level: level, levelCount: levelCount)]));

        error.Field.ShouldBe("items[1].requiredLevel");
        error.Message.ShouldContain($"between 1 and {levelCount}");
        error.Message.ShouldContain("TK.01");
        position.Standards.ShouldBeEmpty();
    }

    [Test]
    public void ReplaceStandards_HighestLevelOfAShortScale_IsAccepted()
    {
        var position = NewPosition();

        position.ReplaceStandards([Requirement("TK.01", level: 4, levelCount: 4)]);

        position.Standards.ShouldHaveSingleItem().RequiredLevel.ShouldBe(4);
    }

    [TestCase(0)]
    [TestCase(0.09)]
    [TestCase(10.01)]
    [TestCase(-1)]
    public void ReplaceStandards_WeightOutsideRange_ThrowsForWeight(decimal weight)
    {
        var position = NewPosition();

        var error = Should.Throw<DomainValidationException>(() => position.ReplaceStandards([Requirement("M.01", weight: weight)]));

        error.Field.ShouldBe("items[0].weight");
        error.Message.ShouldContain("0.1");
        error.Message.ShouldContain("10");
    }

    [TestCase(0.1)]
    [TestCase(10)]
    public void ReplaceStandards_WeightAtTheBounds_IsAccepted(decimal weight)
    {
        var position = NewPosition();

        position.ReplaceStandards([Requirement("M.01", weight: weight)]);

        position.Standards.ShouldHaveSingleItem().Weight.ShouldBe(weight);
    }
}
