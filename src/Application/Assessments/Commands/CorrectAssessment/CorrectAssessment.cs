using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Assessments;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Identity;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Assessments.Commands.CorrectAssessment;

/// <summary>
/// Corrects an assessment: records a new one for the same employee and competency that
/// supersedes it, with the reason. The original stays in the history; it no longer counts.
/// </summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin, UserRole.Assessor, UserRole.Employee)]
public sealed record CorrectAssessmentCommand : ICommand<AssessmentDto>
{
    internal Guid AssessmentId { get; init; }

    public int Level { get; init; }

    public AssessmentMethod Method { get; init; }

    public DateOnly AssessedOn { get; init; }

    public string? AssessorName { get; init; }

    public string? EvidenceNote { get; init; }

    public string? EvidenceUrl { get; init; }

    /// <summary>Why the original was wrong (required).</summary>
    public string Reason { get; init; } = "";

    public CorrectAssessmentCommand WithAssessment(Guid id) => this with { AssessmentId = id };
}

public sealed class CorrectAssessmentCommandValidator : AbstractValidator<CorrectAssessmentCommand>
{
    public CorrectAssessmentCommandValidator()
    {
        RuleFor(c => c.Level).InclusiveBetween(1, AssessmentInputValidator.MaxLevel);
        RuleFor(c => c.Method).IsInEnum();
        RuleFor(c => c.AssessedOn).NotEmpty().GreaterThan(new DateOnly(1950, 1, 1));
        RuleFor(c => c.AssessorName).MaximumLength(FieldLengths.Name);
        RuleFor(c => c.EvidenceNote).MaximumLength(FieldLengths.Description);
        RuleFor(c => c.EvidenceUrl).MaximumLength(2000)
            .Must(AssessmentInputValidator.BeHttpUrl).When(c => !string.IsNullOrWhiteSpace(c.EvidenceUrl))
            .WithMessage("'evidenceUrl' must be an absolute http or https address.");
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(FieldLengths.Note);
    }
}

public sealed class CorrectAssessmentCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CorrectAssessmentCommand, AssessmentDto>
{
    public async ValueTask<AssessmentDto> Handle(CorrectAssessmentCommand command, CancellationToken cancellationToken)
    {
        var original = await db.Assessments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == command.AssessmentId, cancellationToken)
            ?? throw new NotFoundException(AssessmentQueries.Resource, command.AssessmentId);
        if (await db.Assessments.AnyAsync(a => a.SupersedesId == original.Id, cancellationToken))
        {
            throw new BusinessRuleException("This assessment has already been corrected; correct the correction instead.");
        }

        if (user.Role == UserRole.Employee && original.Method != AssessmentMethod.Self)
        {
            throw new ForbiddenAccessException("An Employee may correct only their own self-assessments.");
        }

        // The new facts pass the same checks as a new assessment (rights, framework, level range).
        var input = new AssessmentInput
        {
            EmployeeId = original.EmployeeId,
            CompetencyId = original.CompetencyId,
            Level = command.Level,
            Method = command.Method,
            AssessedOn = command.AssessedOn,
            AssessorName = command.AssessorName,
            EvidenceNote = command.EvidenceNote,
            EvidenceUrl = command.EvidenceUrl,
        };
        var correction = (await new AssessmentRecorder(db, user, clock)
            .BuildAsync([input], pathPrefix: null, cancellationToken, (original, command.Reason)))[0];
        db.Assessments.Add(correction);
        await db.SaveChangesAsync(cancellationToken);
        return await db.GetDtoAsync(correction.Id, cancellationToken);
    }
}
