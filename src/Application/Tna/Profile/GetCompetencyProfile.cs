using AsnCompetency.Application.Common.Behaviours;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Domain.Assessments;
using AsnCompetency.Domain.Frameworks;
using AsnCompetency.Domain.Tna;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Tna.Profile;

/// <summary>
/// An employee's competency profile against a position's standard (SKJ): per competency the
/// required and current level and the gap, and the Job Person Match. An Employee sees only
/// their own.
/// </summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="PositionId">An intended position to measure against instead of the current one (career planning).</param>
/// <param name="AsOf">The day the current levels are taken on (default today).</param>
public sealed record GetCompetencyProfileQuery(Guid EmployeeId, Guid? PositionId = null, DateOnly? AsOf = null) : IQuery<CompetencyProfileDto>, IPersonalDataQuery
{
    Guid IPersonalDataQuery.SubjectEmployeeId => EmployeeId;
}

public sealed class GetCompetencyProfileQueryValidator : AbstractValidator<GetCompetencyProfileQuery>
{
    public GetCompetencyProfileQueryValidator()
    {
        RuleFor(q => q.PositionId).NotEqual(Guid.Empty);
        RuleFor(q => q.AsOf).GreaterThan(new DateOnly(1950, 1, 1));
    }
}

/// <summary>The competency profile of an employee against a position's standard.</summary>
/// <param name="IsIntendedPosition">True when measured against a position the employee does not hold.</param>
/// <param name="Items">One per competency of the standard, in the standard's order.</param>
/// <param name="OtherAssessed">Competencies with a current level that the standard does not require.</param>
/// <param name="EmployeeId">The employee.</param>
/// <param name="Nip">The employee's NIP.</param>
/// <param name="DisplayName">The employee's name with titles.</param>
/// <param name="Position">The position measured against; null when the employee holds none.</param>
/// <param name="AsOf">The day the levels were taken on.</param>
/// <param name="JobPersonMatch">How well the employee fits the position (JPM).</param>
/// <param name="Summary">Counts over the standard's competencies.</param>
public sealed record CompetencyProfileDto(
    Guid EmployeeId,
    string Nip,
    string DisplayName,
    PositionReferenceDto? Position,
    bool IsIntendedPosition,
    DateOnly AsOf,
    IReadOnlyList<ProfileItemDto> Items,
    JobPersonMatchDto JobPersonMatch,
    ProfileSummaryDto Summary,
    IReadOnlyList<ProfileLevelDto> OtherAssessed);

/// <summary>Met (current ≥ required), Gap (below), or NotAssessed (no counting assessment: unknown, not zero).</summary>
public enum RequirementStatus
{
    Met,
    Gap,
    NotAssessed,
}

/// <summary>One competency of the position's standard with the employee's level and gap.</summary>
/// <param name="Gap">Required − current, 0 when at or above; null when not assessed.</param>
/// <param name="Weight">The criticality of the competency in the standard.</param>
/// <param name="LevelMethod">How the current level was assessed.</param>
/// <param name="LevelAssessedOn">When the current level was assessed.</param>
/// <param name="AssessmentId">The assessment the current level comes from.</param>
/// <param name="CompetencyId">The competency.</param>
/// <param name="CompetencyCode">The competency's code in its framework.</param>
/// <param name="CompetencyName">The competency's name.</param>
/// <param name="GroupKind">Manajerial, SosialKultural or Teknis.</param>
/// <param name="FrameworkId">The framework version the competency belongs to.</param>
/// <param name="RequiredLevel">The level the standard (SKJ) requires.</param>
/// <param name="CurrentLevel">The level that counts today by the agency's rule; null when never assessed.</param>
/// <param name="Status">Met, Gap or NotAssessed.</param>
public sealed record ProfileItemDto(
    Guid CompetencyId,
    string CompetencyCode,
    string CompetencyName,
    CompetencyGroupKind GroupKind,
    Guid FrameworkId,
    int RequiredLevel,
    decimal Weight,
    int? CurrentLevel,
    int? Gap,
    RequirementStatus Status,
    AssessmentMethod? LevelMethod,
    DateOnly? LevelAssessedOn,
    Guid? AssessmentId);

/// <summary>A current level outside the standard.</summary>
/// <param name="CompetencyId">The competency.</param>
/// <param name="CompetencyCode">The competency's code.</param>
/// <param name="CompetencyName">The competency's name.</param>
/// <param name="Level">The current level.</param>
/// <param name="Method">How it was assessed.</param>
/// <param name="AssessedOn">When it was assessed.</param>
public sealed record ProfileLevelDto(Guid CompetencyId, string CompetencyCode, string CompetencyName, int Level, AssessmentMethod Method, DateOnly AssessedOn);

/// <summary>Job Person Match (JPM): how well the employee fits the position.</summary>
/// <param name="Value">Σ actual ÷ Σ required × 100 over the assessed competencies (rounded to 2 decimals); null when none is assessed.</param>
/// <param name="CappedValue">The same with each actual level capped at its required level.</param>
/// <param name="CategoryVariant">Which of the two decides the category (an agency setting).</param>
/// <param name="AssessedCount">Competencies of the standard that entered the sums; the others are not assessed.</param>
/// <param name="Category">Optimal (≥ optimalThreshold), CukupOptimal (≥ adequateThreshold) or KurangOptimal; null when nothing is assessed.</param>
/// <param name="RequiredCount">Competencies the standard requires.</param>
/// <param name="OptimalThreshold">The agency's threshold for Optimal (default 90).</param>
/// <param name="AdequateThreshold">The agency's threshold for Cukup Optimal (default 78).</param>
public sealed record JobPersonMatchDto(
    decimal? Value,
    decimal? CappedValue,
    JpmVariant CategoryVariant,
    JpmCategory? Category,
    int AssessedCount,
    int RequiredCount,
    decimal OptimalThreshold,
    decimal AdequateThreshold);

/// <summary>Counts over the competencies of the standard.</summary>
/// <param name="RequiredCount">Competencies the standard requires.</param>
/// <param name="AssessedCount">Of those, the ones with a current level.</param>
/// <param name="MetCount">Assessed at or above the required level.</param>
/// <param name="GapCount">Assessed below the required level.</param>
/// <param name="NotAssessedCount">Without a current level (unknown, not zero).</param>
/// <param name="TotalGap">Sum of the gaps of the assessed competencies.</param>
public sealed record ProfileSummaryDto(int RequiredCount, int AssessedCount, int MetCount, int GapCount, int NotAssessedCount, int TotalGap);

public sealed class GetCompetencyProfileQueryHandler(IApplicationDbContext db, ITnaReadStore store, TimeProvider clock)
    : IQueryHandler<GetCompetencyProfileQuery, CompetencyProfileDto>
{
    public async ValueTask<CompetencyProfileDto> Handle(GetCompetencyProfileQuery query, CancellationToken cancellationToken)
    {
        var employee = await db.Employees.AsNoTracking().FirstOrDefaultAsync(e => e.Id == query.EmployeeId, cancellationToken)
            ?? throw new NotFoundException("Employee", query.EmployeeId);
        var asOf = query.AsOf ?? DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var positionId = query.PositionId ?? employee.PositionId;
        PositionReferenceDto? position = null;
        if (positionId is { } id)
        {
            position = await db.Positions.AsNoTracking().Where(p => p.Id == id)
                .Select(p => new PositionReferenceDto(p.Id, p.Code, p.Name, p.Type))
                .FirstOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Position", id);
        }

        var standards = positionId is null
            ? []
            : await (from s in db.PositionStandards.AsNoTracking()
                     join c in db.Competencies on s.CompetencyId equals c.Id
                     where s.PositionId == positionId
                     orderby c.GroupKind, c.Code
                     select new { s.CompetencyId, c.Code, c.Name, c.GroupKind, s.FrameworkId, s.RequiredLevel, s.Weight })
                .ToListAsync(cancellationToken);
        var levels = (await store.GetCurrentLevelsAsync(employee.Id, asOf, cancellationToken)).ToDictionary(l => l.CompetencyId);
        var settings = await db.EffectiveSettingsAsync(employee.AgencyId, cancellationToken);

        var items = standards.Select(s =>
        {
            var level = levels.GetValueOrDefault(s.CompetencyId);
            int? gap = level is null ? null : Math.Max(s.RequiredLevel - level.Level, 0);
            var status = level is null ? RequirementStatus.NotAssessed : gap > 0 ? RequirementStatus.Gap : RequirementStatus.Met;
            return new ProfileItemDto(
                s.CompetencyId, s.Code, s.Name, s.GroupKind, s.FrameworkId, s.RequiredLevel, s.Weight,
                level?.Level, gap, status, level?.Method, level?.AssessedOn, level?.AssessmentId);
        }).ToList();

        var jpm = JobPersonMatch.Compute(items.Select(i => (i.RequiredLevel, i.CurrentLevel)), settings);
        var required = items.Select(i => i.CompetencyId).ToHashSet();
        var otherIds = levels.Keys.Where(k => !required.Contains(k)).ToList();
        var otherNames = await db.Competencies.AsNoTracking().Where(c => otherIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => new { c.Code, c.Name }, cancellationToken);
        var others = otherIds.Where(otherNames.ContainsKey)
            .Select(k => new ProfileLevelDto(k, otherNames[k].Code, otherNames[k].Name, levels[k].Level, levels[k].Method, levels[k].AssessedOn))
            .OrderBy(o => o.CompetencyCode, StringComparer.Ordinal)
            .ToList();

        return new CompetencyProfileDto(
            employee.Id,
            employee.Nip,
            employee.DisplayName,
            position,
            query.PositionId is not null && query.PositionId != employee.PositionId,
            asOf,
            items,
            new JobPersonMatchDto(jpm.Value, jpm.CappedValue, jpm.CategoryVariant, jpm.Category, jpm.AssessedCount, jpm.RequiredCount, settings.JpmOptimalThreshold, settings.JpmAdequateThreshold),
            new ProfileSummaryDto(
                items.Count,
                items.Count(i => i.Status != RequirementStatus.NotAssessed),
                items.Count(i => i.Status == RequirementStatus.Met),
                items.Count(i => i.Status == RequirementStatus.Gap),
                items.Count(i => i.Status == RequirementStatus.NotAssessed),
                items.Sum(i => i.Gap ?? 0)),
            others);
    }
}
