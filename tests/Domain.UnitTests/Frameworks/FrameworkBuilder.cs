using AsnCompetency.Domain.Frameworks;

namespace AsnCompetency.Domain.UnitTests.Frameworks;

/// <summary>Small builders for frameworks and tree items, so that each test shows only what it varies.</summary>
internal static class FrameworkBuilder
{
    public static readonly DateTimeOffset Now = new(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(7));

    public static readonly Guid AgencyId = Guid.Parse("0195a1c2-0000-7000-8000-00000000a001");

    /// <summary>A scale whose levels have the given numbers, in the given order.</summary>
    public static List<ProficiencyLevelDefinition> Scale(params int[] levels) =>
        [.. levels.Select(l => new ProficiencyLevelDefinition(l, $"Level {l}", null))];

    /// <summary>A scale numbered 1..<paramref name="levelCount"/>; 0 gives an empty list, i.e. the standard scale.</summary>
    public static List<ProficiencyLevelDefinition> ScaleOf(int levelCount) => Scale([.. Enumerable.Range(1, levelCount)]);

    public static FrameworkDetails Details(IReadOnlyList<ProficiencyLevelDefinition>? scale = null) =>
        new("Kamus Kompetensi Teknis", null, null, "id", scale ?? []);

    public static CompetencyFramework NationalDraft(int levelCount = 5) =>
        CompetencyFramework.CreateDraft("PERMENPANRB-38-2017", null, Details(ScaleOf(levelCount)));

    public static CompetencyFramework AgencyDraft() =>
        CompetencyFramework.CreateDraft("TEKNIS-KES", AgencyId, Details());

    /// <summary>Descriptions of the given levels, each with one indicator.</summary>
    public static List<CompetencyLevelDescriptor> Levels(params int[] levels) =>
        [.. levels.Select(l => new CompetencyLevelDescriptor(l, $"Deskripsi level {l}", [$"Indikator level {l}"]))];

    public static CompetencyDetails GroupDetails(string code, CompetencyGroupKind? kind = null, int? sortOrder = null) =>
        new(code, $"Kelompok {code}", null, null, CompetencyItemType.Group, kind, sortOrder, []);

    /// <summary>A competency describing the given levels (none when omitted).</summary>
    public static CompetencyDetails ItemDetails(string code, CompetencyGroupKind? kind = null, int? sortOrder = null, params int[] levels) =>
        new(code, $"Kompetensi {code}", null, null, CompetencyItemType.Competency, kind, sortOrder, Levels(levels));

    public static Competency AddGroup(this CompetencyFramework framework, string code, CompetencyGroupKind? kind = null, Competency? under = null, int? sortOrder = null) =>
        framework.AddCompetency(under?.Id, GroupDetails(code, kind, sortOrder));

    /// <summary>Adds a competency that describes every level of the framework's scale.</summary>
    public static Competency AddComplete(this CompetencyFramework framework, string code, Competency? under = null, CompetencyGroupKind? kind = null, int? sortOrder = null) =>
        framework.AddCompetency(under?.Id, ItemDetails(code, kind, sortOrder, [.. Enumerable.Range(1, framework.LevelCount)]));

    /// <summary>A national draft with group M and its complete competency M.01: ready to publish.</summary>
    public static CompetencyFramework PublishableDraft()
    {
        var framework = NationalDraft();
        framework.AddComplete("M.01", under: framework.AddGroup("M", CompetencyGroupKind.Manajerial));
        return framework;
    }

    public static CompetencyFramework Published()
    {
        var framework = PublishableDraft();
        framework.Publish(Now);
        return framework;
    }

    public static CompetencyFramework Retired()
    {
        var framework = Published();
        framework.Retire(Now.AddDays(30));
        return framework;
    }

    public static Competency Item(this CompetencyFramework framework, string code) =>
        framework.Competencies.Single(c => c.Code == code);

    public static string? ParentCode(this CompetencyFramework framework, Competency item) =>
        framework.Competencies.SingleOrDefault(c => c.Id == item.ParentId)?.Code;
}
