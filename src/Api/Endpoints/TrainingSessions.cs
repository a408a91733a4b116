using AsnCompetency.Api.Infrastructure;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.Evaluation;
using AsnCompetency.Application.Training;
using AsnCompetency.Application.Training.Enrollments;
using AsnCompetency.Application.Training.Sessions;
using AsnCompetency.Domain.Training;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AsnCompetency.Api.Endpoints;

/// <summary>Sessions (angkatan) of programmes: schedule, status, enrolment with waitlist, attendance sheet.</summary>
public sealed class TrainingSessions : EndpointGroupBase
{
    public const string Path = EndpointMappingExtensions.ApiBase + "/training-sessions";

    private static readonly int[] ChangeProblems =
    [
        StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed, StatusCodes.Status415UnsupportedMediaType,
    ];

    public override void Map(RouteGroupBuilder group)
    {
        group.MapGet(GetTrainingSessions)
            .WithSummary("List training sessions")
            .WithDescription("National sessions and the caller's agency's, soonest first, with places taken and the waitlist length.")
            .ProducesProblems(StatusCodes.Status400BadRequest);
        group.MapPost(CreateTrainingSession)
            .WithSummary("Schedule a session of a programme")
            .WithDescription("Dates, meeting days (default every day from start to end), place or online link, organiser and capacity. It starts Planned.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status415UnsupportedMediaType);
        group.MapGet(GetTrainingSession, "{id:guid}")
            .WithSummary("Get a training session")
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPut(UpdateTrainingSession, "{id:guid}")
            .WithSummary("Change a session")
            .WithDescription("Until it completes or is cancelled. Capacity cannot drop below the places taken; a larger one promotes the waitlist. New days are checked against participants' other sessions.")
            .ProducesProblems(ChangeProblems);
        group.MapPost(OpenTrainingSession, "{id:guid}/open")
            .WithSummary("Open a session for enrolment")
            .WithDescription("Planned → Open.")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);
        group.MapPost(StartTrainingSession, "{id:guid}/start")
            .WithSummary("Start a session")
            .WithDescription("Open → Running: enrolment closes.")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);
        group.MapPost(CompleteTrainingSession, "{id:guid}/complete")
            .WithSummary("Complete a session")
            .WithDescription(
                "Running → Completed. Unless completeParticipants is false, every participant whose attendance meets the minimum is completed and credited JP, " +
                "those present on no day become no-shows, the waitlist closes, and those below the minimum are listed for an admin to decide.")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);
        group.MapPost(CancelTrainingSession, "{id:guid}/cancel")
            .WithSummary("Cancel a session")
            .WithDescription("With the reason. Every registered, attending or waitlisted person is dropped, freeing their days.")
            .ProducesProblems(ChangeProblems);
        group.MapGet(GetSessionEnrollments, "{id:guid}/enrollments")
            .WithSummary("List a session's enrolments")
            .WithDescription("In enrolment order; the waitlist moves up in this order. Each with status, waitlist position, attendance and completion.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        group.MapPost(EnrolInSession, "{id:guid}/enrollments")
            .WithSummary("Enrol an employee")
            .WithDescription(
                "A place while there is one, else the waitlist. employeeId, or planItemId of an approved development plan's item (with employeeId for an item planned for a unit's staff). " +
                "Refused (409) when the employee is booked in another session on any of the same days; the message names that session.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status415UnsupportedMediaType);
        group.MapPost(EnrolBatchInSession, "{id:guid}/enrollments/batch")
            .WithSummary("Enrol several employees")
            .WithDescription("In the order given, all or none: places first, then the waitlist.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status415UnsupportedMediaType);
        group.MapGet(GetAttendanceSheet, "{id:guid}/attendance")
            .WithSummary("Get the attendance sheet")
            .WithDescription("Participants × meeting days: present, absent or not recorded, with each one's share against the minimum.")
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPut(RecordAttendanceSheet, "{id:guid}/attendance")
            .WithSummary("Record the attendance sheet")
            .WithDescription("Many cells (enrolment, date, present) in one request: all of them, or none when one is wrong. Answers the updated sheet.")
            .ProducesProblems(ChangeProblems);
        group.MapGet(GetScoreInstruments, "{id:guid}/instruments")
            .WithSummary("List the session's score instruments")
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPost(CreateScoreInstrument, "{id:guid}/instruments")
            .WithSummary("Add a score instrument")
            .WithDescription("A test with its maximum score (kind Test, maxScore), or the level 1–5 of a competency the programme targets (kind CompetencyLevel, competencyId).")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status415UnsupportedMediaType);
        group.MapGet(GetScoreGrid, "{id:guid}/scores")
            .WithSummary("Get the score grid")
            .WithDescription("Every participant holding a place with their scores per instrument and phase (Pre, Post, FollowUp).")
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPut(RecordScores, "{id:guid}/scores")
            .WithSummary("Record scores")
            .WithDescription("Cells of the grid (enrollmentId, instrumentId, phase, value; a null value removes the score) in one request: all of them, or none when one is wrong. Scores outside the instrument's scale are refused. Answers the updated grid.")
            .ProducesProblems(ChangeProblems);
        group.MapPost(RecordReassessments, "{id:guid}/instruments/{instrumentId:guid}/reassessments")
            .WithSummary("Record competency levels as post-training assessments")
            .WithDescription(
                "For a competency-level instrument: every participant's Post (or phase=FollowUp) level becomes a PostTraining assessment, which updates their current level by the agency's rules. " +
                "Participants already re-assessed from this instrument and phase are skipped.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        group.MapGet(GetSessionEvaluation, "{id:guid}/evaluation")
            .WithSummary("Evaluate the session's training")
            .WithDescription(
                "Per instrument, post against pre (and follow-up against pre): participants paired and excluded with reasons, means and SDs, the mean difference with its 95% CI, " +
                "paired t, df, two-sided p, Cohen's d_z and d_av, the Wilcoxon signed-rank p, Hake's normalised gain as the mean of individual gains and as the gain of the averages, " +
                "its category and effectiveness band, and the distribution of individual gains. Statistics that cannot be computed are null with the reason in testNote.")
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapGet(GetReaction, "{id:guid}/reaction")
            .WithSummary("Get the reaction questionnaire and its results")
            .WithDescription(
                "Kirkpatrick level 1. The questionnaire (Likert scale and statements; null until set up) and, for admins, assessors and analysts, the results of the " +
                "responses they may see: respondents, response rate, per statement the answer count, mean, SD and distribution, the overall mean (statements weigh the same) " +
                "and on 0–100, and the comments without names. A participant gets the questionnaire and whether they have answered.")
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPut(ConfigureReaction, "{id:guid}/reaction")
            .WithSummary("Set up the reaction questionnaire")
            .WithDescription("The Likert scale (3–10 points, default 4) and the statements (default: the usual eight on materials, teachers, organisation, facilities and use). Changes are refused (409) once someone has answered. If-Match with the questionnaire's ETag when changing it.")
            .ProducesProblems(ChangeProblems);
        group.MapPost(SubmitReactionResponse, "{id:guid}/reaction/responses")
            .WithSummary("Answer the reaction questionnaire")
            .WithDescription(
                "One answer per statement (1 to the scale's points, null to skip) and an optional comment, once the session has begun. A participant answers for themselves, once (409 after that); " +
                "the session's admins and assessors type in paper forms, anonymously. Answers are shown only anonymised.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status415UnsupportedMediaType);
    }

    public static async Task<Ok<PagedList<TrainingSessionSummaryDto>>> GetTrainingSessions(ISender sender, [AsParameters] GetTrainingSessionsQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    public static async Task<Created<TrainingSessionDto>> CreateTrainingSession(ISender sender, HttpResponse response, CreateTrainingSessionCommand command, CancellationToken cancellationToken)
    {
        var session = await sender.Send(command, cancellationToken);
        return response.CreatedWithETag($"{Path}/{session.Id}", session);
    }

    public static async Task<Ok<TrainingSessionDto>> GetTrainingSession(ISender sender, HttpResponse response, Guid id, CancellationToken cancellationToken) =>
        response.OkWithETag(await sender.Send(new GetTrainingSessionQuery(id), cancellationToken));

    public static async Task<Ok<TrainingSessionDto>> UpdateTrainingSession(
        ISender sender, HttpResponse response, Guid id, [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch, UpdateTrainingSessionCommand command, CancellationToken cancellationToken) =>
        response.OkWithETag(await sender.Send(command.For(id, ifMatch), cancellationToken));

    public static async Task<Ok<TrainingSessionDto>> OpenTrainingSession(
        ISender sender, HttpResponse response, Guid id, [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch, CancellationToken cancellationToken) =>
        response.OkWithETag(await sender.Send(new ChangeTrainingSessionStatusCommand(id, SessionTransition.Open, null, ifMatch), cancellationToken));

    public static async Task<Ok<TrainingSessionDto>> StartTrainingSession(
        ISender sender, HttpResponse response, Guid id, [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch, CancellationToken cancellationToken) =>
        response.OkWithETag(await sender.Send(new ChangeTrainingSessionStatusCommand(id, SessionTransition.Start, null, ifMatch), cancellationToken));

    public static async Task<Ok<SessionCompletionDto>> CompleteTrainingSession(
        ISender sender, HttpResponse response, Guid id, [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch, CompleteTrainingSessionCommand? command, CancellationToken cancellationToken)
    {
        var result = await sender.Send((command ?? new CompleteTrainingSessionCommand()).For(id, ifMatch), cancellationToken);
        response.Headers.ETag = result.Session.ETag;
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<TrainingSessionDto>> CancelTrainingSession(
        ISender sender, HttpResponse response, Guid id, [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch, CancelSessionRequest request, CancellationToken cancellationToken) =>
        response.OkWithETag(await sender.Send(new ChangeTrainingSessionStatusCommand(id, SessionTransition.Cancel, request.Reason, ifMatch), cancellationToken));

    /// <param name="status">Only enrolments in this status.</param>
    /// <param name="page">1-based page number.</param>
    /// <param name="pageSize">Items per page, 1 to 500.</param>
    public static async Task<Ok<PagedList<EnrollmentDto>>> GetSessionEnrollments(
        ISender sender, Guid id, [FromQuery] EnrollmentStatus? status, [FromQuery] int? page, [FromQuery] int? pageSize, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetSessionEnrollmentsQuery(id, status, page ?? 1, pageSize ?? Paging.DefaultPageSize), cancellationToken));

    public static async Task<Created<EnrollmentDto>> EnrolInSession(ISender sender, HttpResponse response, Guid id, EnrolCommand command, CancellationToken cancellationToken)
    {
        var enrollment = await sender.Send(command.For(id), cancellationToken);
        return response.CreatedWithETag($"{Enrollments.Path}/{enrollment.Id}", enrollment);
    }

    public static async Task<Ok<EnrollmentBatchResultDto>> EnrolBatchInSession(ISender sender, Guid id, EnrolBatchCommand command, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command.For(id), cancellationToken));

    public static async Task<Ok<AttendanceSheetDto>> GetAttendanceSheet(ISender sender, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetAttendanceSheetQuery(id), cancellationToken));

    public static async Task<Ok<AttendanceSheetDto>> RecordAttendanceSheet(ISender sender, Guid id, RecordAttendanceSheetCommand command, CancellationToken cancellationToken)
    {
        await sender.Send(command.For(id), cancellationToken);
        return TypedResults.Ok(await sender.Send(new GetAttendanceSheetQuery(id), cancellationToken));
    }

    public static async Task<Ok<IReadOnlyList<ScoreInstrumentDto>>> GetScoreInstruments(ISender sender, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetScoreInstrumentsQuery(id), cancellationToken));

    public static async Task<Created<ScoreInstrumentDto>> CreateScoreInstrument(ISender sender, Guid id, CreateScoreInstrumentCommand command, CancellationToken cancellationToken)
    {
        var instrument = await sender.Send(command.For(id), cancellationToken);
        return TypedResults.Created($"{Path}/{id}/instruments", instrument);
    }

    public static async Task<Ok<ScoreGridDto>> GetScoreGrid(ISender sender, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetScoreGridQuery(id), cancellationToken));

    public static async Task<Ok<ScoreGridDto>> RecordScores(ISender sender, Guid id, RecordScoresCommand command, CancellationToken cancellationToken)
    {
        await sender.Send(command.For(id), cancellationToken);
        return TypedResults.Ok(await sender.Send(new GetScoreGridQuery(id), cancellationToken));
    }

    /// <param name="phase">Post (default) or FollowUp.</param>
    public static async Task<Ok<ReassessmentResultDto>> RecordReassessments(
        ISender sender, Guid id, Guid instrumentId, [FromQuery] Domain.Evaluation.ScorePhase? phase, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new RecordReassessmentsCommand(id, instrumentId, phase ?? Domain.Evaluation.ScorePhase.Post), cancellationToken));

    public static async Task<Ok<SessionEvaluationDto>> GetSessionEvaluation(ISender sender, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetSessionEvaluationQuery(id), cancellationToken));

    public static async Task<Ok<ReactionDto>> GetReaction(ISender sender, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetReactionQuery(id), cancellationToken));

    public static async Task<Ok<ReactionQuestionnaireDto>> ConfigureReaction(
        ISender sender, HttpResponse response, Guid id, [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch, ConfigureReactionQuestionnaireCommand command, CancellationToken cancellationToken) =>
        response.OkWithETag(await sender.Send(command.For(id, ifMatch), cancellationToken));

    public static async Task<Created<ReactionResponseReceiptDto>> SubmitReactionResponse(ISender sender, Guid id, SubmitReactionResponseCommand command, CancellationToken cancellationToken) =>
        TypedResults.Created($"{Path}/{id}/reaction", await sender.Send(command.For(id), cancellationToken));
}

/// <summary>Why a session is cancelled.</summary>
/// <param name="Reason">Why the session is cancelled; participants see it on their dropped enrolment.</param>
public sealed record CancelSessionRequest(string? Reason);
