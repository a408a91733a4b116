using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Application.Common.Validation;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Training;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Training.Programs;

/// <summary>The programmes open to the caller's agency (national ones and its own), by code.</summary>
/// <param name="Search">Part of the code, title or provider.</param>
/// <param name="AgencyId">Only this agency's own programmes.</param>
/// <param name="NationalOnly">Only national programmes.</param>
/// <param name="Form">Only this form of development.</param>
/// <param name="Category">Only this route: Education, Classroom or NonClassroom.</param>
/// <param name="CompetencyId">Only programmes that develop this competency.</param>
/// <param name="IsActive">Only active (true) or withdrawn (false) programmes.</param>
[Authorize]
public sealed record GetTrainingProgramsQuery(
    string? Search = null,
    Guid? AgencyId = null,
    bool? NationalOnly = null,
    DevelopmentForm? Form = null,
    DevelopmentCategory? Category = null,
    Guid? CompetencyId = null,
    bool? IsActive = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize) : IQuery<PagedList<TrainingProgramSummaryDto>>, IPagedQuery;

[Authorize]
public sealed record GetTrainingProgramQuery(Guid Id) : IQuery<TrainingProgramDto>;

public sealed class GetTrainingProgramsQueryValidator : AbstractValidator<GetTrainingProgramsQuery>
{
    public GetTrainingProgramsQueryValidator()
    {
        this.ValidPaging();
        RuleFor(q => q.Search).MaximumLength(FieldLengths.Name);
        RuleFor(q => q.Form).IsInEnum();
        RuleFor(q => q.Category).IsInEnum();
        RuleFor(q => q.AgencyId).NotEqual(Guid.Empty);
        RuleFor(q => q.CompetencyId).NotEqual(Guid.Empty);
    }
}

public sealed class TrainingProgramReadHandlers(IApplicationDbContext db) :
    IQueryHandler<GetTrainingProgramsQuery, PagedList<TrainingProgramSummaryDto>>,
    IQueryHandler<GetTrainingProgramQuery, TrainingProgramDto>
{
    public async ValueTask<PagedList<TrainingProgramSummaryDto>> Handle(GetTrainingProgramsQuery query, CancellationToken cancellationToken)
    {
        var programs = db.TrainingPrograms.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var text = query.Search.Trim().ToLower();
            programs = programs.Where(p => p.Code.ToLower().Contains(text) || p.Title.ToLower().Contains(text) || (p.ProviderName ?? "").ToLower().Contains(text));
        }

        if (query.AgencyId is { } agencyId)
        {
            programs = programs.Where(p => p.AgencyId == agencyId);
        }

        if (query.NationalOnly == true)
        {
            programs = programs.Where(p => p.AgencyId == null);
        }

        if (query.Form is { } form)
        {
            programs = programs.Where(p => p.Form == form);
        }

        if (query.Category is { } category)
        {
            var forms = Enum.GetValues<DevelopmentForm>().Where(f => DevelopmentForms.CategoryOf(f) == category).ToList();
            programs = programs.Where(p => forms.Contains(p.Form));
        }

        if (query.CompetencyId is { } competencyId)
        {
            programs = programs.Where(p => p.Targets.Any(t => t.CompetencyId == competencyId));
        }

        if (query.IsActive is { } active)
        {
            programs = programs.Where(p => p.IsActive == active);
        }

        var summaries = programs
            .OrderBy(p => p.Code).ThenBy(p => p.AgencyId).ThenBy(p => p.Id)
            .Select(p => new TrainingProgramSummaryDto(
                p.Id, p.AgencyId, p.Code, p.Title, p.Form, p.DeliveryMode, p.ProviderName, p.Jp, p.CostPerParticipant, p.IsActive,
                p.Targets.Count,
                db.TrainingSessions.Count(s => s.ProgramId == p.Id)));
        return await PagedList<TrainingProgramSummaryDto>.CreateAsync(summaries, query.Page, query.PageSize, cancellationToken);
    }

    public async ValueTask<TrainingProgramDto> Handle(GetTrainingProgramQuery query, CancellationToken cancellationToken) =>
        await db.GetProgramDtoAsync(query.Id, cancellationToken);
}
