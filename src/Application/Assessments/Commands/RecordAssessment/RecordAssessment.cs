using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Domain.Identity;
using FluentValidation;
using Mediator;

namespace AsnCompetency.Application.Assessments.Commands.RecordAssessment;

/// <summary>Records one assessment. An Employee may record a self-assessment of their own competencies.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin, UserRole.Assessor, UserRole.Employee)]
public sealed record RecordAssessmentCommand : AssessmentInput, ICommand<AssessmentDto>;

public sealed class RecordAssessmentCommandValidator : AbstractValidator<RecordAssessmentCommand>
{
    public RecordAssessmentCommandValidator() => Include(new AssessmentInputValidator());
}

public sealed class RecordAssessmentCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RecordAssessmentCommand, AssessmentDto>
{
    public async ValueTask<AssessmentDto> Handle(RecordAssessmentCommand command, CancellationToken cancellationToken)
    {
        var assessments = await new AssessmentRecorder(db, user, clock).BuildAsync([command], pathPrefix: null, cancellationToken);
        db.Assessments.AddRange(assessments);
        await db.SaveChangesAsync(cancellationToken);
        return await db.GetDtoAsync(assessments[0].Id, cancellationToken);
    }
}
