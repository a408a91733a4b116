using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Frameworks;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Positions;
using FluentValidation;
using Mediator;

namespace AsnCompetency.Application.Tna.Gaps;

/// <summary>
/// Competency gaps aggregated per group: by unit, agency, region, competency or position type,
/// or a combination such as unit × competency for a heatmap. People never assessed are counted
/// on their own, never as zero and never as meeting the standard.
/// </summary>
/// <param name="GroupBy">Comma-separated dimensions: unit, agency, region, competency, positionType (at most three).</param>
/// <param name="AgencyId">Only this agency (national users).</param>
/// <param name="UnitId">Only this unit and the units below it.</param>
/// <param name="FrameworkId">Only requirements of this framework's competencies.</param>
/// <param name="PositionType">Only holders of positions of this type.</param>
/// <param name="CompetencyId">Only this competency.</param>
/// <param name="Year">As at the end of this year (positions held and assessments counting then); default today.</param>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin, UserRole.Analyst)]
public sealed record GetGapsQuery(
    string? GroupBy = null,
    Guid? AgencyId = null,
    Guid? UnitId = null,
    Guid? FrameworkId = null,
    PositionType? PositionType = null,
    Guid? CompetencyId = null,
    int? Year = null) : IQuery<GapReportDto>, ITnaFilter
{
    public const int MaxDimensions = 3;

    public static readonly IReadOnlyDictionary<string, GapDimension> Dimensions = new Dictionary<string, GapDimension>(StringComparer.OrdinalIgnoreCase)
    {
        ["unit"] = GapDimension.Unit,
        ["agency"] = GapDimension.Agency,
        ["region"] = GapDimension.Region,
        ["competency"] = GapDimension.Competency,
        ["positionType"] = GapDimension.PositionType,
    };

    internal IReadOnlyList<GapDimension> ParsedGroupBy() =>
        string.IsNullOrWhiteSpace(GroupBy)
            ? [GapDimension.Unit]
            : [.. GroupBy.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(d => Dimensions[d]).Distinct()];
}

public sealed class GetGapsQueryValidator : AbstractValidator<GetGapsQuery>
{
    public GetGapsQueryValidator()
    {
        this.ValidTnaFilter();
        RuleFor(q => q.CompetencyId).NotEqual(Guid.Empty);
        RuleFor(q => q.GroupBy)
            .Must(g => g!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 and <= GetGapsQuery.MaxDimensions } parts
                && parts.All(GetGapsQuery.Dimensions.ContainsKey))
            .When(q => q.GroupBy is not null)
            .WithMessage($"'groupBy' lists one to {GetGapsQuery.MaxDimensions} of: {string.Join(", ", GetGapsQuery.Dimensions.Keys)}, separated by commas.");
    }
}

/// <summary>Gap figures per group and for the whole population.</summary>
/// <param name="AsOf">The day positions and current levels were taken on.</param>
/// <param name="GroupBy">The dimensions of the groups.</param>
/// <param name="Groups">One per group, in the order of the groupBy dimensions.</param>
/// <param name="Total">The same figures for everyone in scope.</param>
public sealed record GapReportDto(DateOnly AsOf, IReadOnlyList<string> GroupBy, IReadOnlyList<GapGroupDto> Groups, GapGroupDto Total);

/// <summary>The gap figures of one group; key fields of dimensions not grouped by are null.</summary>
/// <param name="Headcount">People whose position requires at least one competency in scope.</param>
/// <param name="NeverAssessedCount">People without a current level for any required competency (unknown: not counted as zero or as meeting).</param>
/// <param name="PartlyAssessedCount">People assessed in some but not all required competencies.</param>
/// <param name="FullyAssessedCount">People assessed in every required competency.</param>
/// <param name="WithGapCount">People below the required level in at least one assessed competency.</param>
/// <param name="MeetingStandardCount">Fully assessed people at or above every required level.</param>
/// <param name="ShareMeetingStandard">MeetingStandardCount ÷ FullyAssessedCount (0–1); null when nobody is fully assessed.</param>
/// <param name="MeanGap">Mean gap (0 when at or above) over assessed requirements; null when none is assessed.</param>
/// <param name="AssessedRequirementCount">Requirements (person × competency) with a current level.</param>
/// <param name="RequirementCount">Requirements (person × competency) in the group.</param>
/// <param name="AgencyId">The agency (grouped by agency or unit).</param>
/// <param name="AgencyCode">The agency's code.</param>
/// <param name="AgencyName">The agency's name.</param>
/// <param name="Region">The region (grouped by region or agency).</param>
/// <param name="UnitId">The unit (grouped by unit).</param>
/// <param name="UnitCode">The unit's code.</param>
/// <param name="UnitName">The unit's name.</param>
/// <param name="PositionType">The position type (grouped by positionType).</param>
/// <param name="CompetencyId">The competency (grouped by competency).</param>
/// <param name="CompetencyCode">The competency's code.</param>
/// <param name="CompetencyName">The competency's name.</param>
/// <param name="CompetencyGroupKind">The competency's group: Manajerial, SosialKultural or Teknis.</param>
/// <param name="GapTotal">Sum of the gaps over assessed requirements.</param>
public sealed record GapGroupDto(
    Guid? AgencyId,
    string? AgencyCode,
    string? AgencyName,
    string? Region,
    Guid? UnitId,
    string? UnitCode,
    string? UnitName,
    PositionType? PositionType,
    Guid? CompetencyId,
    string? CompetencyCode,
    string? CompetencyName,
    CompetencyGroupKind? CompetencyGroupKind,
    int Headcount,
    int NeverAssessedCount,
    int PartlyAssessedCount,
    int FullyAssessedCount,
    int WithGapCount,
    int MeetingStandardCount,
    decimal? ShareMeetingStandard,
    decimal? MeanGap,
    long GapTotal,
    long AssessedRequirementCount,
    long RequirementCount)
{
    internal static GapGroupDto From(GapGroupRow row) => new(
        row.Key.AgencyId,
        row.Key.AgencyCode,
        row.Key.AgencyName,
        row.Key.Region,
        row.Key.UnitId,
        row.Key.UnitCode,
        row.Key.UnitName,
        row.Key.PositionType,
        row.Key.CompetencyId,
        row.Key.CompetencyCode,
        row.Key.CompetencyName,
        row.Key.CompetencyGroupKind,
        row.Headcount,
        row.NeverAssessedCount,
        row.PartlyAssessedCount,
        row.FullyAssessedCount,
        row.WithGapCount,
        row.MeetingStandardCount,
        row.FullyAssessedCount == 0 ? null : Math.Round((decimal)row.MeetingStandardCount / row.FullyAssessedCount, 4),
        row.AssessedRequirementCount == 0 ? null : Math.Round((decimal)row.GapTotal / row.AssessedRequirementCount, 4),
        row.GapTotal,
        row.AssessedRequirementCount,
        row.RequirementCount);
}

public sealed class GetGapsQueryHandler(IApplicationDbContext db, ITnaReadStore store, TimeProvider clock) : IQueryHandler<GetGapsQuery, GapReportDto>
{
    public async ValueTask<GapReportDto> Handle(GetGapsQuery query, CancellationToken cancellationToken)
    {
        var population = await query.ToPopulationAsync(db, clock, cancellationToken, query.CompetencyId);
        var dimensions = query.ParsedGroupBy();
        var rows = await store.GetGapsAsync(population, dimensions, cancellationToken);
        var names = GetGapsQuery.Dimensions.ToDictionary(d => d.Value, d => d.Key);
        return new GapReportDto(population.AsOf, [.. dimensions.Select(d => names[d])], [.. rows.Groups.Select(GapGroupDto.From)], GapGroupDto.From(rows.Total));
    }
}
