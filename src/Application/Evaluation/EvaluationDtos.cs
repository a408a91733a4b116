using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.Training;
using AsnCompetency.Domain.Evaluation;

namespace AsnCompetency.Application.Evaluation;

/// <summary>A test or level measure used for a session's pre/post scores.</summary>
/// <param name="MinScore">0 for a test, 1 for a level.</param>
/// <param name="MaxScore">The test's maximum, or the highest level.</param>
/// <param name="CompetencyId">For a level instrument: the targeted competency it measures.</param>
public sealed record ScoreInstrumentDto(
    Guid Id, Guid SessionId, string Code, string Name, InstrumentKind Kind, decimal MinScore, decimal MaxScore, Guid? CompetencyId, string ETag) : IVersioned;

/// <summary>A session's scores: participants × instruments × phases.</summary>
public sealed record ScoreGridDto(Guid SessionId, IReadOnlyList<ScoreInstrumentDto> Instruments, IReadOnlyList<ScoreGridRowDto> Rows);

/// <summary>One participant's scores.</summary>
/// <param name="Scores">Every recorded score of the participant.</param>
public sealed record ScoreGridRowDto(Guid EnrollmentId, EnrolledEmployeeDto Employee, IReadOnlyList<ScoreCellDto> Scores);

/// <summary>One score: an instrument in a phase.</summary>
public sealed record ScoreCellDto(Guid InstrumentId, ScorePhase Phase, decimal Value);

/// <summary>How the session's training worked, per instrument (Kirkpatrick level 2, and level 3 with follow-up scores).</summary>
/// <param name="Participants">Participants holding a place whose scores the caller can see.</param>
public sealed record SessionEvaluationDto(Guid SessionId, string Code, ProgramReferenceDto Program, int Participants, IReadOnlyList<InstrumentEvaluationDto> Instruments);

/// <summary>The before/after comparison of one score instrument.</summary>
/// <param name="PrePost">Post against pre.</param>
/// <param name="PreFollowUp">Follow-up (months later, on the job) against pre; null without follow-up scores.</param>
public sealed record InstrumentEvaluationDto(ScoreInstrumentDto Instrument, PairedComparison PrePost, PairedComparison? PreFollowUp);

/// <summary>One statement of a reaction questionnaire.</summary>
/// <param name="Text">The statement.</param>
/// <param name="Category">What it is about (materi, pengajar, penyelenggaraan, sarana); optional.</param>
public sealed record ReactionItemDto(string Text, string? Category);

/// <summary>A session's reaction questionnaire: Likert statements.</summary>
/// <param name="ScalePoints">Answers run from 1 (sangat tidak setuju) to this (sangat setuju).</param>
public sealed record ReactionQuestionnaireDto(Guid Id, Guid SessionId, int ScalePoints, IReadOnlyList<ReactionItemDto> Items, string ETag) : IVersioned;

/// <summary>A session's reaction questionnaire (Kirkpatrick level 1) and its results.</summary>
/// <param name="Questionnaire">Null until one is set up.</param>
/// <param name="Answered">For a participant: whether they have answered. Null for other roles.</param>
/// <param name="Results">For organisers and analysts; null for a participant.</param>
public sealed record ReactionDto(Guid SessionId, ReactionQuestionnaireDto? Questionnaire, bool? Answered, ReactionResultsDto? Results);

/// <summary>The anonymised results of a reaction questionnaire.</summary>
/// <param name="Respondents">Responses the caller may see (their agency's participants and paper forms; all for national roles).</param>
/// <param name="Participants">Participants holding a place that the caller may see.</param>
/// <param name="ResponseRate">Respondents ÷ participants; null without participants. Paper forms can make it exceed 1.</param>
/// <param name="OverallMean">The mean of the statements' means (each statement weighs the same), on 1 to the scale's points.</param>
/// <param name="OverallPercent">The overall mean on 0–100: (mean − 1) ÷ (points − 1) × 100, to compare questionnaires of different scales.</param>
/// <param name="Comments">The respondents' comments, without names.</param>
public sealed record ReactionResultsDto(
    int Respondents,
    int Participants,
    double? ResponseRate,
    double? OverallMean,
    double? OverallPercent,
    IReadOnlyList<ReactionItemResultDto> Items,
    IReadOnlyList<string> Comments);

/// <summary>The answers to one statement.</summary>
/// <param name="Number">1-based position of the statement.</param>
/// <param name="AnswerCount">Respondents who answered the statement (skips excluded).</param>
/// <param name="Mean">Null with no answers.</param>
/// <param name="StandardDeviation">Sample SD; null with fewer than two answers.</param>
/// <param name="Distribution">How many answered 1, 2, … up to the scale's points.</param>
public sealed record ReactionItemResultDto(
    int Number, string Text, string? Category, int AnswerCount, double? Mean, double? StandardDeviation, IReadOnlyList<int> Distribution);

/// <summary>Confirms that an answer to the questionnaire was recorded.</summary>
public sealed record ReactionResponseReceiptDto(Guid Id, DateTimeOffset SubmittedAt);
