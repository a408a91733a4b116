using AsnCompetency.Api.Infrastructure;
using AsnCompetency.Application.Auth.Queries.GetCurrentUser;
using AsnCompetency.Application.Privacy;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AsnCompetency.Api.Endpoints;

/// <summary>The signed-in user, and an employee's rights over their own data (UU PDP 27/2022).</summary>
public sealed class Me : EndpointGroupBase
{
    public override void Map(RouteGroupBuilder group)
    {
        group.MapGet(GetCurrentUser)
            .WithSummary("Who am I")
            .WithDescription("The signed-in user's name, role and agency.");
        group.MapGet(GetMyData, "data")
            .RefusesApiClients()
            .WithSummary("Download all my data")
            .WithDescription(
                "For a user linked to an employee record: everything the system holds about them — account, employee record, positions, assessments (with corrections), " +
                "trainings, learning hours, scores and correction requests — as one JSON document to keep. Recorded in the audit log.")
            .ProducesProblems(StatusCodes.Status403Forbidden);
        group.MapGet(GetMyCorrectionRequests, "correction-requests")
            .RefusesApiClients()
            .WithSummary("List my correction requests")
            .ProducesProblems(StatusCodes.Status403Forbidden);
        group.MapPost(FileCorrectionRequest, "correction-requests")
            .WithSummary("Ask for my data to be corrected")
            .WithDescription("Topic (PersonalDetails, Position, Assessment, Training, LearningHours, Scores, Other) and what is wrong; the agency's admin answers it.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status415UnsupportedMediaType);
    }

    public static async Task<Ok<CurrentUserDto>> GetCurrentUser(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetCurrentUserQuery(), cancellationToken));

    public static async Task<Ok<MyDataDto>> GetMyData(ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var data = await sender.Send(new GetMyDataQuery(), cancellationToken);
        response.Headers.ContentDisposition = $"attachment; filename=\"data-saya-{data.Employee.Nip}.json\"";
        return TypedResults.Ok(data);
    }

    public static async Task<Ok<IReadOnlyList<CorrectionRequestDto>>> GetMyCorrectionRequests(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetMyCorrectionRequestsQuery(), cancellationToken));

    public static async Task<Created<CorrectionRequestDto>> FileCorrectionRequest(ISender sender, FileCorrectionRequestCommand command, CancellationToken cancellationToken) =>
        TypedResults.Created($"{EndpointMappingExtensions.ApiBase}/me/correction-requests", await sender.Send(command, cancellationToken));
}
