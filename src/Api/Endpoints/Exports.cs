using AsnCompetency.Api.Infrastructure;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Exports;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace AsnCompetency.Api.Endpoints;

/// <summary>Exports for analysts: streamed CSV or XLSX, each recorded in the audit log.</summary>
public sealed class Exports : EndpointGroupBase
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public override void Map(RouteGroupBuilder group)
    {
        group.MapGet(ExportScores, "scores")
            .WithSummary("Export pre/post scores")
            .WithDescription(
                "Tidy long format, one row per participant × instrument: ids and names of agency, unit, employee (NIP), programme, session and instrument, its scale, " +
                "pre, post, follow-up, gain and normalised gain. Columns and options: docs/evaluation.md (Exports for analysts). format=csv (default) or xlsx; CSV options separator=semicolon and bom=true.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: XlsxType)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        group.MapGet(ExportGaps, "gaps")
            .WithSummary("Export competency gaps")
            .WithDescription("One row per employee × required competency: required level, current level (by the agency's rule) and gap; empty when never assessed.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: XlsxType)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
        group.MapGet(ExportLearningHours, "learning-hours")
            .WithSummary("Export the year's learning hours")
            .WithDescription("One row per employee: the year's JP and the status against the 20 JP minimum (PNS) or 24 JP maximum (PPPK).")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: XlsxType)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);
    }

    /// <param name="format">csv (default) or xlsx.</param>
    /// <param name="separator">CSV only: comma (default) or semicolon.</param>
    /// <param name="bom">CSV only: start with the UTF-8 byte order mark (for Excel).</param>
    public static Task ExportScores(
        ISender sender, IExportWriter writer, IAuditLog audit, HttpContext context, [AsParameters] ExportScoresQuery query,
        [FromQuery] string? format, [FromQuery] string? separator, [FromQuery] bool? bom, CancellationToken cancellationToken) =>
        StreamAsync(sender, writer, audit, context, query, query, format, separator, bom, cancellationToken);

    /// <param name="format">csv (default) or xlsx.</param>
    /// <param name="separator">CSV only: comma (default) or semicolon.</param>
    /// <param name="bom">CSV only: start with the UTF-8 byte order mark (for Excel).</param>
    public static Task ExportGaps(
        ISender sender, IExportWriter writer, IAuditLog audit, HttpContext context, [AsParameters] ExportGapsQuery query,
        [FromQuery] string? format, [FromQuery] string? separator, [FromQuery] bool? bom, CancellationToken cancellationToken) =>
        StreamAsync(sender, writer, audit, context, query, query, format, separator, bom, cancellationToken);

    /// <param name="format">csv (default) or xlsx.</param>
    /// <param name="separator">CSV only: comma (default) or semicolon.</param>
    /// <param name="bom">CSV only: start with the UTF-8 byte order mark (for Excel).</param>
    public static Task ExportLearningHours(
        ISender sender, IExportWriter writer, IAuditLog audit, HttpContext context, [AsParameters] ExportLearningHoursQuery query,
        [FromQuery] string? format, [FromQuery] string? separator, [FromQuery] bool? bom, CancellationToken cancellationToken) =>
        StreamAsync(sender, writer, audit, context, query, query, format, separator, bom, cancellationToken);

    /// <summary>Checks the options and the query before the first byte, then streams, then records who exported what.</summary>
    private static async Task StreamAsync(
        ISender sender, IExportWriter writer, IAuditLog audit, HttpContext context, IExportQuery query, object filters,
        string? format, string? separator, bool? bom, CancellationToken cancellationToken)
    {
        var options = Options(format, separator, bom);
        var table = await sender.Send(query, cancellationToken);
        var extension = options.Format == ExportFormat.Csv ? "csv" : "xlsx";
        var progress = new ExportProgress();
        var outcome = "Failed";
        try
        {
            await writer.WriteAsync(
                table,
                options,
                context.Response.Body,
                progress,
                () =>
                {
                    context.Response.ContentType = options.Format == ExportFormat.Csv ? "text/csv; charset=utf-8" : XlsxType;
                    context.Response.Headers.ContentDisposition = $"attachment; filename=\"{table.Name}-{DateTime.UtcNow:yyyyMMdd-HHmmss}.{extension}\"";
                },
                cancellationToken);
            outcome = "Completed";
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            outcome = "Cancelled";
            throw;
        }
        finally
        {
            // Whatever left the building is on record, even an export the client abandoned half-way.
            await audit.RecordAsync(
                AuditActions.Export, table.Name, new { format = extension, filters, rows = progress.Rows, outcome }, CancellationToken.None, query.AgencyId is { } agency ? new AuditSubject(agency) : null);
        }
    }

    private static ExportOptions Options(string? format, string? separator, bool? bom)
    {
        var chosen = format?.ToLowerInvariant() switch
        {
            null or "csv" => ExportFormat.Csv,
            "xlsx" => ExportFormat.Xlsx,
            _ => throw new ValidationException("format", $"'format' must be csv or xlsx; \"{format}\" is not."),
        };
        var semicolon = separator?.ToLowerInvariant() switch
        {
            null or "comma" or "," => false,
            "semicolon" or ";" => true,
            _ => throw new ValidationException("separator", $"'separator' must be comma or semicolon; \"{separator}\" is not."),
        };
        return new ExportOptions(chosen, semicolon, bom ?? false);
    }
}
