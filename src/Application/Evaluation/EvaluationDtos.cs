using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.Training;
using AsnCompetency.Domain.Evaluation;

namespace AsnCompetency.Application.Evaluation;

/// <param name="MinScore">0 for a test, 1 for a level.</param>
/// <param name="MaxScore">The test's maximum, or the highest level.</param>
/// <param name="CompetencyId">For a level instrument: the targeted competency it measures.</param>
public sealed record ScoreInstrumentDto(
    Guid Id, Guid SessionId, string Code, string Name, InstrumentKind Kind, decimal MinScore, decimal MaxScore, Guid? CompetencyId, string ETag) : IVersioned;

/// <summary>A session's scores: participants × instruments × phases.</summary>
public sealed record ScoreGridDto(Guid SessionId, IReadOnlyList<ScoreInstrumentDto> Instruments, IReadOnlyList<ScoreGridRowDto> Rows);

/// <param name="Scores">Every recorded score of the participant.</param>
public sealed record ScoreGridRowDto(Guid EnrollmentId, EnrolledEmployeeDto Employee, IReadOnlyList<ScoreCellDto> Scores);

public sealed record ScoreCellDto(Guid InstrumentId, ScorePhase Phase, decimal Value);

/// <summary>How the session's training worked, per instrument (Kirkpatrick level 2, and level 3 with follow-up scores).</summary>
/// <param name="Participants">Participants holding a place whose scores the caller can see.</param>
public sealed record SessionEvaluationDto(Guid SessionId, string Code, ProgramReferenceDto Program, int Participants, IReadOnlyList<InstrumentEvaluationDto> Instruments);

/// <param name="PrePost">Post against pre.</param>
/// <param name="PreFollowUp">Follow-up (months later, on the job) against pre; null without follow-up scores.</param>
public sealed record InstrumentEvaluationDto(ScoreInstrumentDto Instrument, PairedComparison PrePost, PairedComparison? PreFollowUp);
