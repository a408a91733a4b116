using AsnCompetency.Application.Assessments;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Application.Training;
using AsnCompetency.Domain.Assessments;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Evaluation;
using AsnCompetency.Domain.Identity;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Evaluation;

/// <summary>
/// Records the post-training (or follow-up) levels of a competency-level instrument as
/// PostTraining assessments, so they become the participants' current levels by the agency's
/// rules. Participants already re-assessed from this instrument and phase are skipped, so it can
/// be run again after more scores arrive.
/// </summary>
/// <param name="Phase">Post (dated the session's last day) or FollowUp (dated the day the score was entered).</param>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin, UserRole.Assessor)]
public sealed record RecordReassessmentsCommand(Guid SessionId, Guid InstrumentId, ScorePhase Phase) : ICommand<ReassessmentResultDto>;

/// <summary>How many post-training assessments were recorded.</summary>
/// <param name="Recorded">Assessments recorded now.</param>
/// <param name="AlreadyRecorded">Participants re-assessed from this instrument and phase before.</param>
public sealed record ReassessmentResultDto(int Recorded, int AlreadyRecorded);

public sealed class RecordReassessmentsCommandValidator : AbstractValidator<RecordReassessmentsCommand>
{
    public RecordReassessmentsCommandValidator() =>
        RuleFor(c => c.Phase).IsInEnum().NotEqual(ScorePhase.Pre).WithMessage("'phase' must be Post or FollowUp: a re-assessment comes after training.");
}

public sealed class RecordReassessmentsCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RecordReassessmentsCommand, ReassessmentResultDto>
{
    public async ValueTask<ReassessmentResultDto> Handle(RecordReassessmentsCommand command, CancellationToken cancellationToken)
    {
        var session = await db.TrainingSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == command.SessionId, cancellationToken)
            ?? throw new NotFoundException(TrainingQueries.SessionResource, command.SessionId);
        var instrument = await db.ScoreInstruments.AsNoTracking().FirstOrDefaultAsync(i => i.Id == command.InstrumentId && i.SessionId == session.Id, cancellationToken)
            ?? throw new NotFoundException("Score instrument", command.InstrumentId);
        if (instrument.Kind != InstrumentKind.CompetencyLevel)
        {
            throw new BusinessRuleException($"{instrument.Code} is a test; only competency levels become assessments.", "instrumentId");
        }

        var marker = $"{instrument.Code} {command.Phase} score, session {session.Code} ({session.Id})";
        var scores = await (
            from s in db.Scores.AsNoTracking()
            where s.InstrumentId == instrument.Id && s.Phase == command.Phase
            join e in db.Enrollments on s.EnrollmentId equals e.Id
            where Domain.Training.Enrollment.PlaceHoldingStatuses.Contains(e.Status)

            // People who left, or moved to another agency, keep their history as it was.
            where db.Employees.Any(emp => emp.Id == e.EmployeeId && emp.IsActive && emp.AgencyId == e.AgencyId)
            select new { e.EmployeeId, s.Value, s.RecordedAt })
            .ToListAsync(cancellationToken);
        var employeeIds = scores.Select(s => s.EmployeeId).ToList();
        var done = await db.Assessments.AsNoTracking()
            .Where(a => employeeIds.Contains(a.EmployeeId) && a.CompetencyId == instrument.CompetencyId && a.EvidenceNote == marker)
            .Select(a => a.EmployeeId)
            .ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);

        // Post levels are dated the session's end, follow-up levels the day they were entered; never later than today.
        DateOnly AssessedOn(DateTimeOffset entered)
        {
            var date = command.Phase == ScorePhase.Post ? session.EndDate : DateOnly.FromDateTime(entered.UtcDateTime);
            return date < today ? date : today;
        }

        var inputs = scores
            .Where(s => !done.Contains(s.EmployeeId))
            .Select(s => new AssessmentInput
            {
                EmployeeId = s.EmployeeId,
                CompetencyId = instrument.CompetencyId!.Value,
                Level = (int)s.Value,
                Method = AssessmentMethod.PostTraining,
                AssessedOn = AssessedOn(s.RecordedAt),
                EvidenceNote = marker,
            })
            .ToList();
        var assessments = await new AssessmentRecorder(db, user, clock).BuildAsync(inputs, "scores", cancellationToken);
        db.Assessments.AddRange(assessments);
        await db.SaveChangesAsync(cancellationToken);
        return new ReassessmentResultDto(assessments.Count, done.Count);
    }
}
