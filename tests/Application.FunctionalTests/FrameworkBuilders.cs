using AsnCompetency.Application.CompetencyFrameworks;
using AsnCompetency.Application.CompetencyFrameworks.Commands;
using AsnCompetency.Application.CompetencyFrameworks.Commands.AddCompetency;
using AsnCompetency.Application.CompetencyFrameworks.Commands.CreateCompetencyFramework;
using AsnCompetency.Application.CompetencyFrameworks.Commands.UpdateCompetency;
using AsnCompetency.Application.CompetencyFrameworks.Commands.UpdateCompetencyFramework;
using AsnCompetency.Domain.Frameworks;

namespace AsnCompetency.Application.FunctionalTests;

/// <summary>Request payloads for the framework tests, so each test states only what it is about.</summary>
internal static class FrameworkBuilders
{
    /// <summary>Codes of <see cref="TeknisTree"/>, parent first.</summary>
    public static readonly IReadOnlyList<string> TeknisTreeCodes = ["TK", "TK.01", "TK.02", "TK.A", "TK.A.01"];

    /// <summary>Descriptions of levels 1..<paramref name="count"/>, each with two indicators.</summary>
    public static List<CompetencyLevelInput> Levels(int count = 5, string subject = "kompetensi") =>
        [.. Enumerable.Range(1, count).Select(level => new CompetencyLevelInput
        {
            Level = level,
            Description = $"Level {level} {subject}",
            Indicators = [$"Indikator {level}.1 {subject}", $"Indikator {level}.2 {subject}"],
        })];

    public static List<ProficiencyLevelInput> Scale(int count) =>
        [.. Enumerable.Range(1, count).Select(level => new ProficiencyLevelInput { Level = level, Name = $"Tingkat {level}" })];

    public static CompetencyTreeInput Item(string code, CompetencyGroupKind? kind = null, int levels = 5) => new()
    {
        Code = code,
        Name = $"Kompetensi {code}",
        ItemType = CompetencyItemType.Competency,
        GroupKind = kind,
        Levels = Levels(levels, code),
    };

    public static CompetencyTreeInput Group(string code, CompetencyGroupKind? kind, params CompetencyTreeInput[] children) => new()
    {
        Code = code,
        Name = $"Kelompok {code}",
        ItemType = CompetencyItemType.Group,
        GroupKind = kind,
        Children = [.. children],
    };

    /// <summary>
    /// A three-level technical tree: group TK holding TK.01, TK.02 and subgroup TK.A with TK.A.01
    /// (2 groups, 3 competencies, every competency describing all 5 levels).
    /// </summary>
    public static CompetencyTreeInput TeknisTree() =>
        Group("TK", CompetencyGroupKind.Teknis,
            Item("TK.01"),
            Item("TK.02"),
            Group("TK.A", null, Item("TK.A.01")));

    /// <summary>A national-style tree: a managerial group with two competencies.</summary>
    public static CompetencyTreeInput ManajerialTree() =>
        Group("MX", CompetencyGroupKind.Manajerial, Item("MX.01"), Item("MX.02"));

    public static CreateCompetencyFrameworkCommand Framework(string code, Guid? ownerAgencyId, params CompetencyTreeInput[] competencies) => new()
    {
        Code = code,
        Name = $"Kerangka Kompetensi {code}",
        AlternativeName = $"Competency framework {code}",
        Description = $"Kamus kompetensi {code} untuk pengujian.",
        OwnerAgencyId = ownerAgencyId,
        Competencies = [.. competencies],
    };

    /// <summary>A complete technical framework that can be published as it is.</summary>
    public static CreateCompetencyFrameworkCommand TeknisFramework(string code, Guid? ownerAgencyId) =>
        Framework(code, ownerAgencyId, TeknisTree());

    public static AddCompetencyCommand AddItem(Guid frameworkId, string code, Guid? parentId, CompetencyGroupKind? kind = null, int levels = 5) => new()
    {
        FrameworkId = frameworkId,
        ParentId = parentId,
        Code = code,
        Name = $"Kompetensi {code}",
        ItemType = CompetencyItemType.Competency,
        GroupKind = kind,
        Levels = Levels(levels, code),
    };

    /// <summary>An update that leaves the item as it is; tests change what they are about with <c>with</c>.</summary>
    public static UpdateCompetencyCommand UpdateOf(CompetencyDto item, string? ifMatch = null) => new()
    {
        Id = item.Id,
        IfMatch = ifMatch,
        ParentId = item.ParentId,
        Code = item.Code,
        Name = item.Name,
        AlternativeName = item.AlternativeName,
        Description = item.Description,
        ItemType = item.ItemType,
        GroupKind = item.GroupKind,
        SortOrder = item.SortOrder,
        Levels = [.. item.Levels.Select(l => new CompetencyLevelInput { Level = l.Level, Description = l.Description, Indicators = [.. l.Indicators] })],
    };

    /// <summary>An update that leaves the framework as it is; tests change what they are about with <c>with</c>.</summary>
    public static UpdateCompetencyFrameworkCommand UpdateOf(CompetencyFrameworkDto framework, string? ifMatch = null) => new()
    {
        Id = framework.Id,
        IfMatch = ifMatch,
        Name = framework.Name,
        AlternativeName = framework.AlternativeName,
        Description = framework.Description,
        Language = framework.Language,
        ProficiencyLevels = [.. framework.ProficiencyLevels.Select(l => new ProficiencyLevelInput { Level = l.Level, Name = l.Name, Description = l.Description })],
    };

    /// <summary>All nodes of a tree, parents before their children.</summary>
    public static IEnumerable<CompetencyNodeDto> Flatten(IEnumerable<CompetencyNodeDto> nodes) =>
        nodes.SelectMany(n => Flatten(n.Children).Prepend(n));
}
