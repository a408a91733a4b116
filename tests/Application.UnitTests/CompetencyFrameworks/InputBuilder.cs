using AsnCompetency.Application.CompetencyFrameworks.Commands;
using AsnCompetency.Domain.Frameworks;

namespace AsnCompetency.Application.UnitTests.CompetencyFrameworks;

/// <summary>Builders of valid request parts; a test changes only what it is about with <c>with</c>.</summary>
internal static class InputBuilder
{
    /// <summary>A scale with levels of the given numbers, in the given order, each named.</summary>
    public static List<ProficiencyLevelInput> Scale(params int[] levels) =>
        [.. levels.Select(l => new ProficiencyLevelInput { Level = l, Name = $"Level {l}" })];

    /// <summary>Descriptions of the given levels, each with one indicator.</summary>
    public static List<CompetencyLevelInput> Levels(params int[] levels) =>
        [.. levels.Select(l => new CompetencyLevelInput { Level = l, Description = $"Deskripsi level {l}", Indicators = [$"Indikator level {l}"] })];

    /// <summary>A competency that describes all five levels of the standard scale.</summary>
    public static CompetencyTreeInput Competency(string code, CompetencyGroupKind? kind = null) =>
        new() { Code = code, Name = $"Kompetensi {code}", GroupKind = kind, Levels = Levels(1, 2, 3, 4, 5) };

    public static CompetencyTreeInput Group(string code, CompetencyGroupKind? kind, params CompetencyTreeInput[] children) =>
        new() { Code = code, Name = $"Kelompok {code}", ItemType = CompetencyItemType.Group, GroupKind = kind, Children = [.. children] };

    /// <summary>A chain of groups <paramref name="depth"/> items deep, the last one a competency.</summary>
    public static CompetencyTreeInput Chain(int depth)
    {
        var item = Competency($"C.{depth}");
        for (var level = depth - 1; level >= 1; level--)
        {
            item = Group($"C.{level}", null, item);
        }

        return item with { GroupKind = CompetencyGroupKind.Teknis };
    }
}
