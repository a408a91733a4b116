using System.Text;
using AsnCompetency.Api.Infrastructure;
using AsnCompetency.Application.Assessments;
using AsnCompetency.Application.Assessments.Queries.GetAssessments;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.Employees;
using AsnCompetency.Application.Employees.Commands.AssignEmployeePosition;
using AsnCompetency.Application.Employees.Commands.CreateEmployee;
using AsnCompetency.Application.Employees.Commands.UpdateEmployee;
using AsnCompetency.Application.Employees.Import;
using AsnCompetency.Application.Employees.Queries.GetEmployee;
using AsnCompetency.Application.Employees.Queries.GetEmployeeAssignments;
using AsnCompetency.Application.Employees.Queries.GetEmployees;
using AsnCompetency.Application.Tna.Profile;
using AsnCompetency.Application.Training;
using AsnCompetency.Application.Training.Enrollments;
using AsnCompetency.Application.Training.LearningHours;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace AsnCompetency.Api.Endpoints;

/// <summary>Employees (pegawai ASN), their position history, and bulk import.</summary>
public sealed class Employees : EndpointGroupBase
{
    public const string Path = EndpointMappingExtensions.ApiBase + "/employees";

    /// <summary>Uploads larger than this answer 413; 100,000 rows take about 15 MB.</summary>
    public const long MaxImportBytes = 100L * 1024 * 1024;

    public override void Map(RouteGroupBuilder group)
    {
        group.MapGet(GetEmployees)
            .WithSummary("List employees")
            .WithDescription("Filter by agency, unit (with its sub-units), position type, grade, employee type, status and name or NIP; sorted and paged. An Employee user sees only their own record.")
            .ProducesProblems(StatusCodes.Status400BadRequest);
        group.MapPost(CreateEmployee)
            .WithSummary("Register an employee")
            .WithDescription("The NIP is checked part by part; birth date, gender and employee type are read from it. A duplicate NIP answers 409.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict, StatusCodes.Status415UnsupportedMediaType);
        group.MapGet(GetEmployee, "{id:guid}")
            .WithSummary("Get an employee")
            .WithDescription("With agency, grade, current position and unit. The ETag header carries the version for If-Match.")
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPut(UpdateEmployee, "{id:guid}")
            .WithSummary("Change an employee")
            .WithDescription("Changes the employee's data (a corrected NIP included); positions change through the assignments endpoint.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed, StatusCodes.Status415UnsupportedMediaType);
        group.MapGet(GetEmployeeAssignments, "{id:guid}/assignments")
            .WithSummary("Get the employee's position history")
            .ProducesProblems(StatusCodes.Status404NotFound);
        group.MapPost(AssignEmployeePosition, "{id:guid}/assignments")
            .WithSummary("Move the employee to another position")
            .WithDescription("From the start date; the current position ends the day before and stays in the history.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed, StatusCodes.Status415UnsupportedMediaType);
        group.MapGet(GetEmployeeAssessments, "{id:guid}/assessments")
            .WithSummary("Get the employee's assessment history")
            .WithDescription("Every assessment, newest first, corrections and the assessments they superseded included (includeSuperseded=false hides the latter).")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        group.MapGet(GetCompetencyProfile, "{id:guid}/competency-profile")
            .WithSummary("Get the employee's competency profile")
            .WithDescription(
                "Per competency of the position's standard (SKJ): required level, current level (by the agency's current-level rule), gap, and the date and method of the level; " +
                "and the Job Person Match with its category. positionId measures against an intended position; asOf takes the levels of an earlier day.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        group.MapGet(GetLearningHours, "{id:guid}/learning-hours")
            .WithSummary("Get the employee's JP ledger for a year")
            .WithDescription("Every completed development activity with its JP, the year's total, and the status against the 20 JP minimum (PNS) or 24 JP maximum (PPPK) as the agency has set them.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        group.MapPost(RecordExternalLearning, "{id:guid}/learning-hours")
            .WithSummary("Record an activity done outside the system")
            .WithDescription("A seminar elsewhere, a certified course: its date, title, form, JP, provider and certificate go into the ledger.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status415UnsupportedMediaType);
        group.MapGet(GetEmployeeEnrollments, "{id:guid}/enrollments")
            .WithSummary("Get the employee's training history")
            .WithDescription("Every enrolment, newest session first, with status, attendance, completion, JP credited and follow-up activities.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        group.MapPost(ImportEmployees, "import")
            .RequireRateLimiting(RateLimiting.ImportPolicy)
            .WithSummary("Import employees from CSV or XLSX")
            .WithDescription(
                "multipart/form-data with the file in 'file'. All or nothing: with errors the answer is 422 listing every failing row, " +
                "column and message, and nothing is written. dryRun=true only checks. mode=upsert updates employees whose NIP is already " +
                "registered in the agency. CSV in UTF-8 (BOM optional) separated by ',' or ';'. Columns: GET /employees/import/template.")
            .Accepts<IFormFile>("multipart/form-data")
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxImportBytes))
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status429TooManyRequests);
        group.MapGet(GetEmployeeImportTemplate, "import/template")
            .WithSummary("Download the import template")
            .WithDescription("A CSV with the import columns and two example rows.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
    }

    public static async Task<Ok<PagedList<EmployeeSummaryDto>>> GetEmployees(ISender sender, [AsParameters] GetEmployeesQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(query, cancellationToken));

    public static async Task<Created<EmployeeDto>> CreateEmployee(ISender sender, HttpResponse response, CreateEmployeeCommand command, CancellationToken cancellationToken)
    {
        var employee = await sender.Send(command, cancellationToken);
        return response.CreatedWithETag($"{Path}/{employee.Id}", employee);
    }

    public static async Task<Ok<EmployeeDto>> GetEmployee(ISender sender, HttpResponse response, Guid id, CancellationToken cancellationToken)
    {
        return response.OkWithETag(await sender.Send(new GetEmployeeQuery(id), cancellationToken));
    }

    public static async Task<Ok<EmployeeDto>> UpdateEmployee(
        ISender sender,
        HttpResponse response,
        Guid id,
        [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch,
        UpdateEmployeeCommand command,
        CancellationToken cancellationToken)
    {
        return response.OkWithETag(await sender.Send(command with { Id = id, IfMatch = ifMatch }, cancellationToken));
    }

    public static async Task<Ok<IReadOnlyList<PositionAssignmentDto>>> GetEmployeeAssignments(ISender sender, Guid id, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetEmployeeAssignmentsQuery(id), cancellationToken));

    public static async Task<Ok<EmployeeDto>> AssignEmployeePosition(
        ISender sender,
        HttpResponse response,
        Guid id,
        [FromHeader(Name = ConditionalRequests.IfMatchHeader)] string? ifMatch,
        AssignEmployeePositionCommand command,
        CancellationToken cancellationToken) =>
        response.OkWithETag(await sender.Send(command with { EmployeeId = id, IfMatch = ifMatch }, cancellationToken));

    /// <param name="includeSuperseded">Also list assessments a correction replaced (default true).</param>
    /// <param name="page">1-based page number.</param>
    /// <param name="pageSize">Items per page, 1 to 500.</param>
    public static async Task<Ok<PagedList<AssessmentDto>>> GetEmployeeAssessments(
        ISender sender, Guid id, [FromQuery] bool? includeSuperseded, [FromQuery] int? page, [FromQuery] int? pageSize, CancellationToken cancellationToken)
    {
        var query = new GetEmployeeAssessmentsQuery(id, includeSuperseded ?? true, page ?? 1, pageSize ?? Paging.DefaultPageSize);
        return TypedResults.Ok(await sender.Send(query, cancellationToken));
    }

    /// <param name="positionId">An intended position to measure against (default: the current one).</param>
    /// <param name="asOf">The day the levels are taken on (default today).</param>
    public static async Task<Ok<CompetencyProfileDto>> GetCompetencyProfile(
        ISender sender, Guid id, [FromQuery] Guid? positionId, [FromQuery] DateOnly? asOf, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetCompetencyProfileQuery(id, positionId, asOf), cancellationToken));

    /// <param name="year">The year (default the current one).</param>
    public static async Task<Ok<LearningHoursDto>> GetLearningHours(ISender sender, Guid id, [FromQuery] int? year, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetLearningHoursQuery(id, year), cancellationToken));

    public static async Task<Created<LearningEntryDto>> RecordExternalLearning(ISender sender, Guid id, RecordExternalLearningCommand command, CancellationToken cancellationToken)
    {
        var entry = await sender.Send(command.For(id), cancellationToken);
        return TypedResults.Created($"{Path}/{id}/learning-hours", entry);
    }

    /// <param name="year">Only sessions that meet in this year.</param>
    public static async Task<Ok<IReadOnlyList<EnrollmentDto>>> GetEmployeeEnrollments(ISender sender, Guid id, [FromQuery] int? year, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetEmployeeEnrollmentsQuery(id, year), cancellationToken));

    /// <param name="file">The CSV or XLSX file.</param>
    /// <param name="dryRun">Check only; write nothing.</param>
    /// <param name="mode">Insert (default) or Upsert, in any letter case.</param>
    /// <param name="agencyId">The agency; defaults to the caller's own (required for national users).</param>
    public static async Task<Ok<EmployeeImportResultDto>> ImportEmployees(
        ISender sender,
        IFormFile file,
        [FromQuery] bool? dryRun,
        [FromQuery] string? mode,
        [FromQuery] Guid? agencyId,
        CancellationToken cancellationToken)
    {
        var importMode = ImportMode.Insert;
        if (mode is not null && (!Enum.TryParse(mode, ignoreCase: true, out importMode) || !Enum.IsDefined(importMode)))
        {
            throw new ValidationException("mode", $"'mode' must be Insert or Upsert; \"{mode}\" is not.");
        }

        await using var content = file.OpenReadStream();
        var command = new ImportEmployeesCommand(content, file.FileName, agencyId, dryRun ?? false, importMode);
        return TypedResults.Ok(await sender.Send(command, cancellationToken));
    }

    public static FileContentHttpResult GetEmployeeImportTemplate() =>
        ImportTemplate.Csv(
            EmployeeImportColumns.All.Select(c => c.Name),
            "employee-import-template.csv",
            "198609262015051001,Budi Santoso,,S.Kom.,PNS,III/b,,,1986-09-26,L,budi.santoso@example.go.id,081234567890",
            "199203142023212005,Maria Fanggidae,,S.E.,PPPK,IX,,,,P,,");
}
