using AsnCompetency.Application.Common.Concurrency;
using AsnCompetency.Domain.Frameworks;
using Riok.Mapperly.Abstractions;

namespace AsnCompetency.Application.CompetencyFrameworks;

/// <summary>Entity to DTO mappings of the framework feature (source-generated).</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target, EnumMappingStrategy = EnumMappingStrategy.ByName)]
public static partial class CompetencyFrameworkMapper
{
    [MapProperty(nameof(CompetencyFramework.RowVersion), nameof(CompetencyFrameworkDto.ETag), Use = nameof(FormatETag))]
    public static partial CompetencyFrameworkDto ToDto(this CompetencyFramework framework, int groupCount, int competencyCount);

    [MapProperty(nameof(Competency.RowVersion), nameof(CompetencyDto.ETag), Use = nameof(FormatETag))]
    public static partial CompetencyDto ToDto(this Competency competency);

    [MapperIgnoreTarget(nameof(CompetencyNodeDto.Children))]
    [MapProperty(nameof(Competency.RowVersion), nameof(CompetencyNodeDto.ETag), Use = nameof(FormatETag))]
    public static partial CompetencyNodeDto ToNode(this Competency competency);

    public static partial ProficiencyLevelDto ToDto(this ProficiencyLevelDefinition level);

    public static partial CompetencyLevelDto ToDto(this CompetencyLevelDescriptor level);

    /// <summary>Builds the nested tree from a framework's flat items.</summary>
    public static IReadOnlyList<CompetencyNodeDto> ToTree(IEnumerable<Competency> competencies)
    {
        var byParent = competencies.ToLookup(c => c.ParentId);
        return Children(null);

        IReadOnlyList<CompetencyNodeDto> Children(Guid? parentId) =>
            [.. byParent[parentId]
                .OrderBy(c => c.SortOrder)
                .ThenBy(c => c.Code, StringComparer.Ordinal)
                .Select(c => c.ToNode() with { Children = Children(c.Id) })];
    }

    public static CompetencyFrameworkDto ToDto(this CompetencyFramework framework) =>
        framework.ToDto(
            framework.Competencies.Count(c => c.IsGroup),
            framework.Competencies.Count(c => !c.IsGroup));

    private static string FormatETag(uint rowVersion) => EntityTag.Format(rowVersion);
}
