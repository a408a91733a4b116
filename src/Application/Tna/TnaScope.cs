using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Units;
using AsnCompetency.Domain.Positions;
using AsnCompetency.Domain.Tna;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Tna;

/// <summary>The filters every training-needs report accepts.</summary>
public interface ITnaFilter
{
    Guid? AgencyId { get; }

    Guid? UnitId { get; }

    Guid? FrameworkId { get; }

    PositionType? PositionType { get; }

    /// <summary>The year whose end (or today, for the current year) is the as-of date.</summary>
    int? Year { get; }
}

internal static class TnaFilters
{
    public const int MinYear = 2000;

    /// <summary>Shape rules shared by the report queries' validators.</summary>
    public static void ValidTnaFilter<T>(this AbstractValidator<T> validator)
        where T : ITnaFilter
    {
        validator.RuleFor(q => q.PositionType).IsInEnum();
        validator.RuleFor(q => q.Year).InclusiveBetween(MinYear, DateTime.UtcNow.Year + 1);
        validator.RuleFor(q => q.AgencyId).NotEqual(Guid.Empty);
        validator.RuleFor(q => q.UnitId).NotEqual(Guid.Empty);
        validator.RuleFor(q => q.FrameworkId).NotEqual(Guid.Empty);
    }

    /// <summary>The as-of date of a report: the end of the year asked for, or today when that is earlier.</summary>
    public static DateOnly AsOf(int? year, TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        return year is { } y && new DateOnly(y, 12, 31) < today ? new DateOnly(y, 12, 31) : today;
    }

    /// <summary>
    /// Turns the filters into the population of the analysis. A unit or framework the caller
    /// cannot see answers 404 rather than an empty report, so a typo is not mistaken for "no gaps".
    /// </summary>
    public static async Task<TnaPopulation> ToPopulationAsync(
        this ITnaFilter filter, IApplicationDbContext db, TimeProvider clock, CancellationToken cancellationToken, Guid? competencyId = null)
    {
        if (filter.AgencyId is { } agencyId && !await db.Agencies.AnyAsync(a => a.Id == agencyId, cancellationToken))
        {
            throw new NotFoundException("Agency", agencyId);
        }

        string? prefix = null;
        if (filter.UnitId is { } unitId)
        {
            if (!await db.Units.AnyAsync(u => u.Id == unitId, cancellationToken))
            {
                throw new NotFoundException("Unit", unitId);
            }

            prefix = await db.SubtreePrefixAsync(unitId, cancellationToken);
        }

        if (filter.FrameworkId is { } frameworkId && !await db.CompetencyFrameworks.AnyAsync(f => f.Id == frameworkId, cancellationToken))
        {
            throw new NotFoundException("CompetencyFramework", frameworkId);
        }

        return new TnaPopulation(AsOf(filter.Year, clock), filter.AgencyId, prefix, filter.FrameworkId, filter.PositionType, competencyId);
    }
}

internal static class TnaSettingsLookup
{
    /// <summary>The rules that apply to an agency: its own settings, or the national defaults.</summary>
    public static async Task<TnaSettings> EffectiveSettingsAsync(this IApplicationDbContext db, Guid? agencyId, CancellationToken cancellationToken)
    {
        var candidates = await db.TnaSettings.AsNoTracking()
            .Where(s => s.AgencyId == null || s.AgencyId == agencyId)
            .ToListAsync(cancellationToken);
        return candidates.FirstOrDefault(s => s.AgencyId == agencyId && agencyId != null)
            ?? candidates.FirstOrDefault(s => s.AgencyId == null)
            ?? TnaSettings.NationalDefaults();
    }
}
