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
        var items = competencies.ToList();
        var byParent = items.ToLookup(c => c.ParentId);
        var incoming = items.SelectMany(c => c.RelatedCompetencyIds.Select(target => (Target: target, Source: c.Id))).ToLookup(x => x.Target, x => x.Source);
        return Children(null);

        IReadOnlyList<CompetencyNodeDto> Children(Guid? parentId) =>
            [.. byParent[parentId]
                .OrderBy(c => c.SortOrder)
                .ThenBy(c => c.Code, StringComparer.Ordinal)
                .Select(c => c.ToNode() with
                {
                    RelatedCompetencyIds = [.. c.RelatedCompetencyIds.Concat(incoming[c.Id]).Distinct()],
                    Children = Children(c.Id),
                })];
    }

    /// <summary>The item with its relations in both directions, as its framework knows them.</summary>
    public static CompetencyDto ToDto(this Competency competency, CompetencyFramework framework) =>
        competency.ToDto() with { RelatedCompetencyIds = framework.RelatedOf(competency.Id) };

    public static CompetencyFrameworkDto ToDto(this CompetencyFramework framework) =>
        framework.ToDto(
            framework.Competencies.Count(c => c.IsGroup),
            framework.Competencies.Count(c => !c.IsGroup));

    private static string FormatETag(uint rowVersion) => EntityTag.Format(rowVersion);
}
