using AsnCompetency.Domain.Frameworks;

namespace AsnCompetency.Application.CompetencyFrameworks.Commands;

/// <summary>One level of a proficiency scale as sent by a client.</summary>
public sealed record ProficiencyLevelInput
{
    /// <summary>Level number, 1 to 5; a scale numbers its levels 1..N without gaps.</summary>
    public int Level { get; init; }

    public string Name { get; init; } = "";

    public string? Description { get; init; }
}

/// <summary>The description and behavioural indicators of one level of a competency.</summary>
public sealed record CompetencyLevelInput
{
    /// <summary>Level number within the framework's scale (1 to 5).</summary>
    public int Level { get; init; }

    public string Description { get; init; } = "";

    /// <summary>Observable behaviours that show the level (indikator perilaku).</summary>
    public List<string> Indicators { get; init; } = [];
}

/// <summary>An item of the competency tree with the items below it, used when a framework is created whole.</summary>
public sealed record CompetencyTreeInput : CompetencyItemFields
{
    public List<CompetencyTreeInput> Children { get; init; } = [];
}

internal static class FrameworkInputMapping
{
    public static IReadOnlyList<ProficiencyLevelDefinition> ToDefinitions(this IEnumerable<ProficiencyLevelInput>? levels) =>
        [.. (levels ?? []).Select(l => new ProficiencyLevelDefinition(l.Level, l.Name ?? "", l.Description))];

    public static IReadOnlyList<CompetencyLevelDescriptor> ToDescriptors(this IEnumerable<CompetencyLevelInput>? levels) =>
        [.. (levels ?? []).Select(l => new CompetencyLevelDescriptor(
            l.Level,
            (l.Description ?? "").Trim(),
            [.. (l.Indicators ?? []).Select(i => i.Trim())]))];
}
