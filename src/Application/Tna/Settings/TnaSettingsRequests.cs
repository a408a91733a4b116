using AsnCompetency.Application.Common.Concurrency;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Assessments;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Tna;
using AsnCompetency.Domain.Training;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Tna.Settings;

/// <summary>The training-needs rules that apply to an agency (default: the caller's; national defaults for a national user).</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin, UserRole.Analyst, UserRole.Assessor)]
public sealed record GetTnaSettingsQuery(Guid? AgencyId = null) : IQuery<TnaSettingsDto>;

public sealed class GetTnaSettingsQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetTnaSettingsQuery, TnaSettingsDto>
{
    public async ValueTask<TnaSettingsDto> Handle(GetTnaSettingsQuery query, CancellationToken cancellationToken)
    {
        var agencyId = query.AgencyId ?? user.AgencyId;
        if (agencyId is { } id && !await db.Agencies.AnyAsync(a => a.Id == id, cancellationToken))
        {
            throw new NotFoundException("Agency", id);
        }

        return TnaSettingsDto.From(await db.EffectiveSettingsAsync(agencyId, cancellationToken), agencyId);
    }
}

/// <summary>
/// Sets an agency's training-needs rules (an AgencyAdmin for their agency, a SystemAdmin for any),
/// or, without an agency, the national defaults (SystemAdmin). The first change of an agency
/// that used the national defaults gives it its own copy. If-Match guards against overwriting a
/// concurrent change.
/// </summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record UpdateTnaSettingsCommand : ICommand<TnaSettingsDto>
{
    /// <summary>The agency; omit for the national defaults (an AgencyAdmin always changes their own agency's).</summary>
    public Guid? AgencyId { get; init; }

    public CurrentLevelRule CurrentLevelRule { get; init; }

    public IReadOnlyList<AssessmentMethod> MethodPriority { get; init; } = [];

    public int? ValidityMonths { get; init; }

    public decimal JpmOptimalThreshold { get; init; }

    public decimal JpmAdequateThreshold { get; init; }

    public JpmVariant JpmCategoryVariant { get; init; }

    public decimal GapWeight { get; init; }

    public decimal CriticalityWeight { get; init; }

    public decimal PeopleWeight { get; init; }

    public decimal RecencyWeight { get; init; }

    public int RecencyHorizonMonths { get; init; }

    public int MinAnnualJpPns { get; init; }

    public int MaxAnnualJpPns { get; init; }

    public int MaxAnnualJpPppk { get; init; }

    /// <summary>Share of meeting days (0–1) needed to complete a session; omit to keep the current value.</summary>
    public decimal? MinAttendanceShare { get; init; }

    /// <summary>The whole JP conversion table of non-classroom forms; omit to keep the current table.</summary>
    public IReadOnlyList<JpConversionRate>? JpConversions { get; init; }

    internal string? IfMatch { get; init; }

    public UpdateTnaSettingsCommand WithIfMatch(string? ifMatch) => this with { IfMatch = ifMatch };

    /// <param name="current">The values now in force: fields the request omits keep them.</param>
    internal TnaSettingsValues ToValues(TnaSettingsValues current) => new(
        CurrentLevelRule,
        MethodPriority,
        ValidityMonths,
        JpmOptimalThreshold,
        JpmAdequateThreshold,
        JpmCategoryVariant,
        GapWeight,
        CriticalityWeight,
        PeopleWeight,
        RecencyWeight,
        RecencyHorizonMonths,
        MinAnnualJpPns,
        MaxAnnualJpPns,
        MaxAnnualJpPppk,
        MinAttendanceShare ?? current.MinAttendanceShare,
        JpConversions ?? current.JpConversions);
}

public sealed class UpdateTnaSettingsCommandValidator : AbstractValidator<UpdateTnaSettingsCommand>
{
    public UpdateTnaSettingsCommandValidator()
    {
        RuleFor(c => c.AgencyId).NotEqual(Guid.Empty);
        RuleFor(c => c.CurrentLevelRule).IsInEnum();
        RuleFor(c => c.JpmCategoryVariant).IsInEnum();
        RuleFor(c => c.MethodPriority).NotNull();
        RuleForEach(c => c.MethodPriority).IsInEnum();
        RuleForEach(c => c.JpConversions).NotNull().ChildRules(rate => rate.RuleFor(r => r.Form).IsInEnum());
    }
}

public sealed class UpdateTnaSettingsCommandHandler(IApplicationDbContext db, ICurrentUser user) : ICommandHandler<UpdateTnaSettingsCommand, TnaSettingsDto>
{
    public async ValueTask<TnaSettingsDto> Handle(UpdateTnaSettingsCommand command, CancellationToken cancellationToken)
    {
        var agencyId = user.Role == UserRole.AgencyAdmin ? command.AgencyId ?? user.AgencyId : command.AgencyId;
        AccessPolicy.EnsureCanMaintain(user, agencyId, "the training-needs settings");
        if (agencyId is { } id && !await db.Agencies.AnyAsync(a => a.Id == id, cancellationToken))
        {
            throw new NotFoundException("Agency", id);
        }

        var settings = await db.TnaSettings.FirstOrDefaultAsync(s => s.AgencyId == agencyId, cancellationToken);
        if (settings is null)
        {
            // The agency follows the national defaults until now: the ETag it saw was theirs.
            var defaults = await db.EffectiveSettingsAsync(null, cancellationToken);
            EntityTag.EnsureMatches(defaults, command.IfMatch, "the training-needs settings");
            settings = TnaSettings.ForAgency(agencyId!.Value, defaults);
            db.TnaSettings.Add(settings);
        }
        else
        {
            EntityTag.EnsureMatches(settings, command.IfMatch, "the training-needs settings");
        }

        settings.Apply(command.ToValues(settings.ToValues()));
        await db.SaveChangesAsync(cancellationToken);
        return TnaSettingsDto.From(settings, agencyId);
    }
}
