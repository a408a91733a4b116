using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Application.Common.Validation;
using AsnCompetency.Application.Training;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Evaluation;
using AsnCompetency.Domain.Identity;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ValidationException = AsnCompetency.Application.Common.Exceptions.ValidationException;

namespace AsnCompetency.Application.Evaluation;

/// <summary>
/// Records a community satisfaction survey (IKM) of a service unit for a period: the respondents'
/// answers (nine numbers 1–4 each) or, when tabulated elsewhere, the nine element averages and the
/// number of respondents.
/// </summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record CreateSatisfactionSurveyCommand : ICommand<SatisfactionSurveyDto>
{
    public Guid UnitId { get; init; }

    public string Title { get; init; } = "";

    public DateOnly PeriodStart { get; init; }

    public DateOnly PeriodEnd { get; init; }

    /// <summary>Each respondent's answers to the nine elements, in the order of PermenPANRB 14/2017 (null for an element skipped).</summary>
    public IReadOnlyList<IReadOnlyList<int?>>? Responses { get; init; }

    /// <summary>Instead of responses: the nine element averages (NRR, 1–4)…</summary>
    public IReadOnlyList<decimal>? ElementAverages { get; init; }

    /// <summary>…and how many people answered.</summary>
    public int? RespondentCount { get; init; }
}

/// <summary>A unit's surveys (the caller's agency's; all for national users), newest period first.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin, UserRole.Analyst, UserRole.Assessor)]
public sealed record GetSatisfactionSurveysQuery(Guid? UnitId = null, Guid? AgencyId = null, int? Year = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedList<SatisfactionSurveyDto>>, IPagedQuery;

[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin, UserRole.Analyst, UserRole.Assessor)]
public sealed record GetSatisfactionSurveyQuery(Guid Id) : IQuery<SatisfactionSurveyDto>;

/// <summary>
/// Kirkpatrick level 4: a unit's index before and after its staff's training in a session (the
/// last survey ending by the session's start against the first starting after its end).
/// </summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin, UserRole.Analyst, UserRole.Assessor)]
public sealed record GetSatisfactionComparisonQuery(Guid UnitId, Guid SessionId) : IQuery<SatisfactionComparisonDto>;

/// <summary>A community satisfaction survey (SKM) of a unit and its index (IKM).</summary>
/// <param name="Index">IKM on 1–4, the mean of the element averages.</param>
/// <param name="UnitIndex">IKM of the unit on 25–100, rounded to two decimals at the end.</param>
/// <param name="Grade">A sangat baik, B baik, C kurang baik, D tidak baik.</param>
public sealed record SatisfactionSurveyDto(
    Guid Id,
    Guid AgencyId,
    UnitReferenceDto Unit,
    string Title,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    int RespondentCount,
    bool FromAnswers,
    IReadOnlyList<SurveyElementDto> Elements,
    decimal Index,
    decimal UnitIndex,
    ServiceGrade Grade,
    string GradeLabel,
    string ETag) : IVersioned;

/// <summary>One of the nine elements of a satisfaction survey with its average answer.</summary>
/// <param name="Number">1 to 9.</param>
/// <param name="Average">NRR: the mean answer (1–4).</param>
public sealed record SurveyElementDto(int Number, string Name, decimal Average);

/// <summary>A unit's community satisfaction (IKM) before and after a training.</summary>
/// <param name="Difference">After − before on 25–100; null unless both surveys exist.</param>
public sealed record SatisfactionComparisonDto(Guid UnitId, Guid SessionId, DateOnly TrainingStart, DateOnly TrainingEnd, SatisfactionSurveyDto? Before, SatisfactionSurveyDto? After, decimal? Difference, string? Note);

public sealed class CreateSatisfactionSurveyCommandValidator : AbstractValidator<CreateSatisfactionSurveyCommand>
{
    public CreateSatisfactionSurveyCommandValidator()
    {
        RuleFor(c => c.UnitId).NotEmpty();
        RuleFor(c => c.Title).RequiredName();
        RuleFor(c => c.PeriodStart).NotEmpty();
        RuleFor(c => c.PeriodEnd).NotEmpty().GreaterThanOrEqualTo(c => c.PeriodStart).WithMessage("'periodEnd' must not be before 'periodStart'.");
        RuleFor(c => c.Responses).NotNull().When(c => c.ElementAverages is null).WithMessage("Give 'responses', or 'elementAverages' with 'respondentCount'.");
        RuleFor(c => c.Responses).Null().When(c => c.ElementAverages is not null).WithMessage("Give 'responses' or 'elementAverages', not both.");
        RuleFor(c => c.Responses).Must(r => r is null || r.Count <= SatisfactionSurvey.MaxRespondents)
            .WithMessage($"'responses' must hold at most {SatisfactionSurvey.MaxRespondents} respondents.");
        RuleForEach(c => c.Responses).NotNull();
        RuleFor(c => c.RespondentCount).NotNull().When(c => c.ElementAverages is not null).WithMessage("'respondentCount' is required with 'elementAverages'.");
    }
}

public sealed class GetSatisfactionSurveysQueryValidator : AbstractValidator<GetSatisfactionSurveysQuery>
{
    public GetSatisfactionSurveysQueryValidator()
    {
        this.ValidPaging();
        RuleFor(q => q.Year).InclusiveBetween(Tna.TnaFilters.MinYear, 2100);
    }
}

public sealed class SatisfactionSurveyHandlers(IApplicationDbContext db, ICurrentUser user) :
    ICommandHandler<CreateSatisfactionSurveyCommand, SatisfactionSurveyDto>,
    IQueryHandler<GetSatisfactionSurveysQuery, PagedList<SatisfactionSurveyDto>>,
    IQueryHandler<GetSatisfactionSurveyQuery, SatisfactionSurveyDto>,
    IQueryHandler<GetSatisfactionComparisonQuery, SatisfactionComparisonDto>
{
    /// <summary>The nine elements (unsur) of PermenPANRB 14/2017, in order.</summary>
    public static readonly IReadOnlyList<string> ElementNames =
    [
        "Persyaratan",
        "Sistem, mekanisme, dan prosedur",
        "Waktu penyelesaian",
        "Biaya/tarif",
        "Produk spesifikasi jenis pelayanan",
        "Kompetensi pelaksana",
        "Perilaku pelaksana",
        "Penanganan pengaduan, saran dan masukan",
        "Sarana dan prasarana",
    ];

    private static readonly Dictionary<ServiceGrade, string> GradeLabels = new()
    {
        [ServiceGrade.A] = "Sangat baik",
        [ServiceGrade.B] = "Baik",
        [ServiceGrade.C] = "Kurang baik",
        [ServiceGrade.D] = "Tidak baik",
    };

    public async ValueTask<SatisfactionSurveyDto> Handle(CreateSatisfactionSurveyCommand command, CancellationToken cancellationToken)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == command.UnitId, cancellationToken)
            ?? throw new ValidationException("unitId", $"There is no unit {command.UnitId}.");
        AccessPolicy.EnsureCanMaintain(user, unit.AgencyId, "this agency's satisfaction surveys");
        var survey = command.Responses is { } responses
            ? SatisfactionSurvey.FromResponses(unit.AgencyId, unit.Id, command.Title, command.PeriodStart, command.PeriodEnd, responses)
            : SatisfactionSurvey.FromAverages(unit.AgencyId, unit.Id, command.Title, command.PeriodStart, command.PeriodEnd, command.RespondentCount!.Value, command.ElementAverages!);
        db.SatisfactionSurveys.Add(survey);
        await db.SaveChangesAsync(cancellationToken);
        return (await ToDtosAsync([survey], cancellationToken))[0];
    }

    public async ValueTask<PagedList<SatisfactionSurveyDto>> Handle(GetSatisfactionSurveysQuery query, CancellationToken cancellationToken)
    {
        var surveys = db.SatisfactionSurveys.AsNoTracking();
        if (query.UnitId is { } unitId)
        {
            surveys = surveys.Where(s => s.UnitId == unitId);
        }

        if (query.AgencyId is { } agencyId)
        {
            surveys = surveys.Where(s => s.AgencyId == agencyId);
        }

        if (query.Year is { } year)
        {
            var (first, last) = CalendarYear.Of(year);
            surveys = surveys.Where(s => s.PeriodStart <= last && s.PeriodEnd >= first);
        }

        var page = await PagedList<SatisfactionSurvey>.CreateAsync(surveys.OrderByDescending(s => s.PeriodStart).ThenBy(s => s.Id), query.Page, query.PageSize, cancellationToken);
        return new PagedList<SatisfactionSurveyDto>(await ToDtosAsync(page.Items, cancellationToken), page.Page, page.PageSize, page.TotalCount);
    }

    public async ValueTask<SatisfactionSurveyDto> Handle(GetSatisfactionSurveyQuery query, CancellationToken cancellationToken)
    {
        var survey = await db.SatisfactionSurveys.AsNoTracking().FirstOrDefaultAsync(s => s.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("Satisfaction survey", query.Id);
        return (await ToDtosAsync([survey], cancellationToken))[0];
    }

    public async ValueTask<SatisfactionComparisonDto> Handle(GetSatisfactionComparisonQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Units.AnyAsync(u => u.Id == query.UnitId, cancellationToken))
        {
            throw new NotFoundException("Unit", query.UnitId);
        }

        var session = await db.TrainingSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == query.SessionId, cancellationToken)
            ?? throw new NotFoundException(TrainingQueries.SessionResource, query.SessionId);
        var surveys = db.SatisfactionSurveys.AsNoTracking().Where(s => s.UnitId == query.UnitId);
        var before = await surveys.Where(s => s.PeriodEnd <= session.StartDate).OrderByDescending(s => s.PeriodEnd).FirstOrDefaultAsync(cancellationToken);
        var after = await surveys.Where(s => s.PeriodStart >= session.EndDate).OrderBy(s => s.PeriodStart).FirstOrDefaultAsync(cancellationToken);
        var dtos = await ToDtosAsync([.. new[] { before, after }.OfType<SatisfactionSurvey>()], cancellationToken);
        var beforeDto = before is null ? null : dtos.First(d => d.Id == before.Id);
        var afterDto = after is null ? null : dtos.First(d => d.Id == after.Id);
        var note = (before, after) switch
        {
            (null, null) => "The unit has no survey before the training and none after it.",
            (null, _) => "The unit has no survey ending before the training started.",
            (_, null) => "The unit has no survey starting after the training ended (yet).",
            _ => null,
        };
        var difference = before is not null && after is not null ? Math.Round(after.UnitIndex - before.UnitIndex, 2, MidpointRounding.AwayFromZero) : (decimal?)null;
        return new SatisfactionComparisonDto(query.UnitId, session.Id, session.StartDate, session.EndDate, beforeDto, afterDto, difference, note);
    }

    private async Task<List<SatisfactionSurveyDto>> ToDtosAsync(IReadOnlyList<SatisfactionSurvey> surveys, CancellationToken cancellationToken)
    {
        var unitIds = surveys.Select(s => s.UnitId).Distinct().ToList();
        var units = await db.Units.IgnoreQueryFilters().AsNoTracking()
            .Where(u => unitIds.Contains(u.Id))
            .Select(u => new UnitReferenceDto(u.Id, u.Code, u.Name, u.Kind))
            .ToDictionaryAsync(u => u.Id, cancellationToken);
        return [.. surveys.Select(s => new SatisfactionSurveyDto(
            s.Id,
            s.AgencyId,
            units[s.UnitId],
            s.Title,
            s.PeriodStart,
            s.PeriodEnd,
            s.RespondentCount,
            s.FromAnswers,
            [.. s.ElementAverages.Select((average, u) => new SurveyElementDto(u + 1, ElementNames[u], Math.Round(average, 4, MidpointRounding.AwayFromZero)))],
            Math.Round(s.Index, 4, MidpointRounding.AwayFromZero),
            Math.Round(s.UnitIndex, 2, MidpointRounding.AwayFromZero),
            s.Grade,
            GradeLabels[s.Grade],
            $"\"{s.RowVersion}\""))];
    }
}
