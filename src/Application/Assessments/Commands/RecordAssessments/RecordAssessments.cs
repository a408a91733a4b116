using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Identity;
using FluentValidation;
using Mediator;

namespace AsnCompetency.Application.Assessments.Commands.RecordAssessments;

/// <summary>
/// Records many assessments (employees × competencies) in one transaction: all of them, or none
/// when any item fails, with every failing item named.
/// </summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin, UserRole.Assessor)]
public sealed record RecordAssessmentsCommand(IReadOnlyList<AssessmentInput> Items) : ICommand<AssessmentBatchResultDto>;

public sealed class RecordAssessmentsCommandValidator : AbstractValidator<RecordAssessmentsCommand>
{
    public const int MaxItems = 5_000;

    public RecordAssessmentsCommandValidator()
    {
        RuleFor(c => c.Items).NotEmpty()
            .Must(items => items.Count <= MaxItems).WithMessage($"'items' holds at most {MaxItems} assessments; use the file import for more.");
        RuleForEach(c => c.Items).Cascade(CascadeMode.Continue).NotNull().SetValidator(new AssessmentInputValidator());
        RuleFor(c => c.Items)
            .Must(items => items.Where(i => i is not null).GroupBy(i => (i.EmployeeId, i.CompetencyId, i.Method, i.AssessedOn)).All(g => g.Count() == 1))
            .When(c => c.Items is not null)
            .WithMessage("'items' lists the same employee, competency, method and date more than once.");
    }
}

public sealed class RecordAssessmentsCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RecordAssessmentsCommand, AssessmentBatchResultDto>
{
    public async ValueTask<AssessmentBatchResultDto> Handle(RecordAssessmentsCommand command, CancellationToken cancellationToken)
    {
        var assessments = await new AssessmentRecorder(db, user, clock).BuildAsync(command.Items, "items", cancellationToken);
        db.Assessments.AddRange(assessments);
        await db.SaveChangesAsync(cancellationToken);
        return new AssessmentBatchResultDto(assessments.Count, [.. assessments.Select(a => a.Id)]);
    }
}
