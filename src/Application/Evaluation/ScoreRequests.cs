using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Application.Common.Validation;
using AsnCompetency.Application.Training;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Evaluation;
using AsnCompetency.Domain.Frameworks;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Training;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ValidationException = AsnCompetency.Application.Common.Exceptions.ValidationException;

namespace AsnCompetency.Application.Evaluation;

/// <summary>Adds a score instrument to a session: a test with its maximum, or the level of a competency the programme targets.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record CreateScoreInstrumentCommand : ICommand<ScoreInstrumentDto>
{
    /// <summary>Unique within the session, e.g. TEST or M.01.</summary>
    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    public InstrumentKind Kind { get; init; }

    /// <summary>A test's maximum score (e.g. 100).</summary>
    public decimal? MaxScore { get; init; }

    /// <summary>For a competency level: a competency the session's programme targets.</summary>
    public Guid? CompetencyId { get; init; }

    internal Guid SessionId { get; init; }

    public CreateScoreInstrumentCommand For(Guid sessionId) => this with { SessionId = sessionId };
}

/// <summary>One cell of the score grid. A null value removes the score.</summary>
public sealed record ScoreEntry(Guid EnrollmentId, Guid InstrumentId, ScorePhase Phase, decimal? Value);

/// <summary>Records scores of a session as a grid: every entry, or none when one is wrong.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin, UserRole.Assessor)]
public sealed record RecordScoresCommand : ICommand<int>
{
    public const int MaxEntries = 50_000;

    public IReadOnlyList<ScoreEntry> Entries { get; init; } = [];

    internal Guid SessionId { get; init; }

    public RecordScoresCommand For(Guid sessionId) => this with { SessionId = sessionId };
}

public sealed class CreateScoreInstrumentCommandValidator : AbstractValidator<CreateScoreInstrumentCommand>
{
    public CreateScoreInstrumentCommandValidator()
    {
        RuleFor(c => c.Code).ValidCode();
        RuleFor(c => c.Name).RequiredName();
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.MaxScore).NotNull().When(c => c.Kind == InstrumentKind.Test).WithMessage("'maxScore' is required for a test.");
        RuleFor(c => c.MaxScore).GreaterThanOrEqualTo(0.001m).LessThanOrEqualTo(ScoreInstrument.MaxTestScore).PrecisionScale(9, 3, ignoreTrailingZeros: true);
        RuleFor(c => c.CompetencyId).NotNull().When(c => c.Kind == InstrumentKind.CompetencyLevel).WithMessage("'competencyId' is required for a competency level.");
        RuleFor(c => c.CompetencyId).NotEqual(Guid.Empty);
    }
}

public sealed class RecordScoresCommandValidator : AbstractValidator<RecordScoresCommand>
{
    public RecordScoresCommandValidator()
    {
        RuleFor(c => c.Entries).NotNull().NotEmpty()
            .Must(e => e is null || e.Count <= RecordScoresCommand.MaxEntries).WithMessage($"'entries' must hold at most {RecordScoresCommand.MaxEntries} cells.")
            .Must(e => e is null || e.Where(x => x is not null).Select(x => (x.EnrollmentId, x.InstrumentId, x.Phase)).Distinct().Count() == e.Count(x => x is not null))
            .WithMessage("'entries' must name each participant, instrument and phase once.");
        RuleForEach(c => c.Entries).NotNull().ChildRules(entry =>
        {
            entry.RuleFor(e => e.EnrollmentId).NotEmpty();
            entry.RuleFor(e => e.InstrumentId).NotEmpty();
            entry.RuleFor(e => e.Phase).IsInEnum();
            entry.RuleFor(e => e.Value).InclusiveBetween(-1_000_000m, 1_000_000m).PrecisionScale(9, 3, ignoreTrailingZeros: true);
        });
    }
}

public sealed class ScoreHandlers(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) :
    ICommandHandler<CreateScoreInstrumentCommand, ScoreInstrumentDto>,
    ICommandHandler<RecordScoresCommand, int>
{
    public async ValueTask<ScoreInstrumentDto> Handle(CreateScoreInstrumentCommand command, CancellationToken cancellationToken)
    {
        var session = await db.TrainingSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == command.SessionId, cancellationToken)
            ?? throw new NotFoundException(TrainingQueries.SessionResource, command.SessionId);
        AccessPolicy.EnsureCanMaintain(user, session.AgencyId, "this training session's instruments");
        var code = command.Code.Trim().ToUpperInvariant();
        if (await db.ScoreInstruments.AnyAsync(i => i.SessionId == session.Id && i.Code == code, cancellationToken))
        {
            throw new BusinessRuleException($"Session {session.Code} already has an instrument {code}.", "code");
        }

        ScoreInstrument instrument;
        if (command.Kind == InstrumentKind.Test)
        {
            instrument = ScoreInstrument.Test(session.Id, code, command.Name, command.MaxScore!.Value);
        }
        else
        {
            var competencyId = command.CompetencyId!.Value;
            if (!await db.TrainingProgramTargets.AnyAsync(t => t.ProgramId == session.ProgramId && t.CompetencyId == competencyId, cancellationToken))
            {
                throw new ValidationException("competencyId", "The session's programme does not target this competency.");
            }

            // The level scale is the competency's framework's (2 to 5 levels).
            var framework = await db.CompetencyFrameworks.AsNoTracking()
                .FirstAsync(f => db.Competencies.Any(c => c.Id == competencyId && c.FrameworkId == f.Id), cancellationToken);
            instrument = ScoreInstrument.Level(session.Id, code, command.Name, competencyId, framework.LevelCount);
        }

        db.ScoreInstruments.Add(instrument);
        await db.SaveChangesAsync(cancellationToken);
        return EvaluationQueries.ToDto(instrument);
    }

    public async ValueTask<int> Handle(RecordScoresCommand command, CancellationToken cancellationToken)
    {
        var session = await db.TrainingSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == command.SessionId, cancellationToken)
            ?? throw new NotFoundException(TrainingQueries.SessionResource, command.SessionId);
        var instruments = await db.ScoreInstruments.Where(i => i.SessionId == session.Id).ToDictionaryAsync(i => i.Id, cancellationToken);
        var enrollmentIds = command.Entries.Select(e => e.EnrollmentId).Distinct().ToList();
        var enrollments = await db.Enrollments.AsNoTracking()
            .Where(e => e.SessionId == session.Id && enrollmentIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => e.Status, cancellationToken);
        var existing = (await db.Scores
            .Where(s => enrollmentIds.Contains(s.EnrollmentId) && instruments.Keys.Contains(s.InstrumentId))
            .ToListAsync(cancellationToken))
            .ToDictionary(s => (s.EnrollmentId, s.InstrumentId, s.Phase));
        var now = clock.GetUtcNow();
        for (var i = 0; i < command.Entries.Count; i++)
        {
            var entry = command.Entries[i];
            if (!enrollments.TryGetValue(entry.EnrollmentId, out var status))
            {
                throw new ValidationException($"entries[{i}].enrollmentId", $"There is no participant {entry.EnrollmentId} in session {session.Code}.");
            }

            if (!Enrollment.HoldsPlaceIn(status))
            {
                throw new ValidationException($"entries[{i}].enrollmentId", $"This enrolment is {status}: only participants holding a place are scored.");
            }

            if (!instruments.TryGetValue(entry.InstrumentId, out var instrument))
            {
                throw new ValidationException($"entries[{i}].instrumentId", $"There is no instrument {entry.InstrumentId} in session {session.Code}.");
            }

            var key = (entry.EnrollmentId, entry.InstrumentId, entry.Phase);
            if (entry.Value is not { } value)
            {
                if (existing.Remove(key, out var removed))
                {
                    db.Scores.Remove(removed);
                }
            }
            else if (existing.TryGetValue(key, out var score))
            {
                score.Change(instrument, value, now, user.UserId, $"entries[{i}].value");
            }
            else
            {
                instrument.EnsureOnScale(value, $"entries[{i}].value");
                var added = new ParticipantScore(instrument, entry.EnrollmentId, entry.Phase, value, now, user.UserId);
                existing[key] = added;
                db.Scores.Add(added);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return command.Entries.Count;
    }
}
