using AsnCompetency.Api.Infrastructure;
using AsnCompetency.Application.Training;
using AsnCompetency.Application.Training.Enrollments;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AsnCompetency.Api.Endpoints;

/// <summary>One employee's place in a session: drop, no-show, attendance, completion with JP, follow-ups.</summary>
public sealed class Enrollments : EndpointGroupBase
{
    public const string Path = EndpointMappingExtensions.ApiBase + "/enrollments";

    private static readonly int[] ChangeProblems =
    [
        StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed, StatusCodes.Status415UnsupportedMediaType,
    ];

    public override void Map(RouteGroupBuilder group)
    {
        group.MapGet(GetEnrollment, "{id:guid}")
            .WithSummary("Get an enrolment")
            .WithDescription("Status, waitlist position, attendance per meeting day, completion and follow-ups.")
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPost(DropEnrollment, "{id:guid}/drop")
            .WithSummary("Withdraw a participant")
            .WithDescription("Registered, attending or waitlisted → Dropped, with an optional reason. A place that frees up goes to the first person on the waitlist (listed in promoted).")
            .ProducesProblems(ChangeProblems);
        group.MapPost(MarkEnrollmentNoShow, "{id:guid}/no-show")
            .WithSummary("Record a no-show")
            .WithDescription("Registered → NoShow. The place goes to the first person on the waitlist.")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed);
        group.MapPut(RecordAttendance, "{id:guid}/attendance")
            .WithSummary("Record attendance")
            .WithDescription("Present or absent on meeting days of the session (a day recorded again is replaced). The first day present makes a registered participant Attending.")
            .ProducesProblems(ChangeProblems);
        group.MapPost(CompleteEnrollment, "{id:guid}/complete")
            .WithSummary("Complete a participant and credit JP")
            .WithDescription(
                "Needs attendance on at least the agency's minimum share of the meeting days (GET /tna/settings, minAttendanceShare); below it the answer is 409 with the rule. " +
                "Credits the programme's JP to the employee's ledger on completedOn (default the session's last day), with the certificate number. Repeating it changes nothing.")
            .ProducesProblems(ChangeProblems);
        group.MapGet(GetFollowUps, "{id:guid}/follow-ups")
            .WithSummary("List follow-up activities")
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPost(AddFollowUp, "{id:guid}/follow-ups")
            .WithSummary("Record a follow-up activity")
            .WithDescription("After completion: a periodic discussion, mentoring, coaching or workplace observation, with the date, mentor and notes.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status415UnsupportedMediaType);
    }

    public static async Task<Ok<EnrollmentDto>> GetEnrollment(ISender sender, HttpResponse response, Guid id, CancellationToken cancellationToken) =>
        response.OkWithETag(await sender.Send(new GetEnrollmentQuery(id), cancellationToken));

    public static async Task<Ok<EnrollmentReleaseDto>> DropEnrollment(
        ISender sender, HttpResponse response, Guid id, [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch, DropEnrollmentCommand? command, CancellationToken cancellationToken)
    {
        var result = await sender.Send((command ?? new DropEnrollmentCommand()).For(id, ifMatch), cancellationToken);
        response.Headers.ETag = result.Enrollment.ETag;
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<EnrollmentReleaseDto>> MarkEnrollmentNoShow(
        ISender sender, HttpResponse response, Guid id, [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new MarkNoShowCommand(id, ifMatch), cancellationToken);
        response.Headers.ETag = result.Enrollment.ETag;
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<EnrollmentDto>> RecordAttendance(ISender sender, HttpResponse response, Guid id, RecordAttendanceCommand command, CancellationToken cancellationToken) =>
        response.OkWithETag(await sender.Send(command.For(id), cancellationToken));

    public static async Task<Ok<EnrollmentDto>> CompleteEnrollment(
        ISender sender, HttpResponse response, Guid id, [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch, CompleteEnrollmentCommand? command, CancellationToken cancellationToken) =>
        response.OkWithETag(await sender.Send((command ?? new CompleteEnrollmentCommand()).For(id, ifMatch), cancellationToken));

    public static async Task<Ok<IReadOnlyList<FollowUpDto>>> GetFollowUps(ISender sender, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetFollowUpsQuery(id), cancellationToken));

    public static async Task<Created<FollowUpDto>> AddFollowUp(ISender sender, Guid id, AddFollowUpCommand command, CancellationToken cancellationToken)
    {
        var followUp = await sender.Send(command.For(id), cancellationToken);
        return TypedResults.Created($"{Path}/{id}/follow-ups", followUp);
    }
}
