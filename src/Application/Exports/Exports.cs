using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Application.Tna;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Positions;
using FluentValidation;
using Mediator;

namespace AsnCompetency.Application.Exports;

/// <summary>A table to stream: its column names and its rows, read from the database as they are written.</summary>
/// <summary>An export's query; its agency filter tells whose data the audit log says was exported.</summary>
public interface IExportQuery : IQuery<ExportTable>
{
    Guid? AgencyId { get; }
}

public sealed record ExportTable(string Name, IReadOnlyList<string> Columns, IAsyncEnumerable<object?[]> Rows);

/// <summary>Set-based exports in SQL, limited to the caller's scope, streamed row by row.</summary>
public interface IExportReadStore
{
    IAsyncEnumerable<object?[]> ScoresAsync(ScoreExportFilter filter, CancellationToken cancellationToken);

    IAsyncEnumerable<object?[]> GapsAsync(TnaPopulation population, CancellationToken cancellationToken);

    IAsyncEnumerable<object?[]> LearningHoursAsync(TnaPopulation population, int year, CancellationToken cancellationToken);
}

public sealed record ScoreExportFilter(Guid? AgencyId, Guid? ProgramId, Guid? SessionId, int? Year, Guid? CompetencyId);

/// <summary>
/// Pre/post scores in tidy long format: one row per participant × instrument, with ids and names,
/// pre, post, follow-up, gain and normalised gain (docs/exports.md lists the columns).
/// </summary>
/// <param name="Year">Only sessions that start in this year.</param>
/// <param name="CompetencyId">Only level instruments of this competency.</param>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin, UserRole.Analyst)]
public sealed record ExportScoresQuery(Guid? AgencyId = null, Guid? ProgramId = null, Guid? SessionId = null, int? Year = null, Guid? CompetencyId = null) : IExportQuery;

/// <summary>Per employee × required competency: required level, current level and gap (the training-needs population and rules).</summary>
/// <param name="Year">As at the end of this year (default today).</param>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin, UserRole.Analyst)]
public sealed record ExportGapsQuery(Guid? AgencyId = null, Guid? UnitId = null, Guid? FrameworkId = null, PositionType? PositionType = null, int? Year = null)
    : IExportQuery, ITnaFilter;

/// <summary>Per employee: the year's JP and the status against the 20 JP minimum (PNS) or 24 JP maximum (PPPK).</summary>
/// <param name="Year">The year (default the current one).</param>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin, UserRole.Analyst)]
public sealed record ExportLearningHoursQuery(Guid? AgencyId = null, Guid? UnitId = null, PositionType? PositionType = null, int? Year = null)
    : IExportQuery, ITnaFilter
{
    Guid? ITnaFilter.FrameworkId => null;
}

public sealed class ExportScoresQueryValidator : AbstractValidator<ExportScoresQuery>
{
    public ExportScoresQueryValidator()
    {
        RuleFor(q => q.Year).InclusiveBetween(TnaFilters.MinYear, 2100);
        RuleFor(q => q.AgencyId).NotEqual(Guid.Empty);
        RuleFor(q => q.ProgramId).NotEqual(Guid.Empty);
        RuleFor(q => q.SessionId).NotEqual(Guid.Empty);
        RuleFor(q => q.CompetencyId).NotEqual(Guid.Empty);
    }
}

public sealed class ExportGapsQueryValidator : AbstractValidator<ExportGapsQuery>
{
    public ExportGapsQueryValidator() => this.ValidTnaFilter();
}

public sealed class ExportLearningHoursQueryValidator : AbstractValidator<ExportLearningHoursQuery>
{
    public ExportLearningHoursQueryValidator() => this.ValidTnaFilter();
}

public sealed class ExportHandlers(IApplicationDbContext db, IExportReadStore store, TimeProvider clock) :
    IQueryHandler<ExportScoresQuery, ExportTable>,
    IQueryHandler<ExportGapsQuery, ExportTable>,
    IQueryHandler<ExportLearningHoursQuery, ExportTable>
{
    public static readonly IReadOnlyList<string> ScoreColumns =
    [
        "agency_id", "agency_code", "agency_name", "unit_id", "unit_code", "unit_name", "employee_id", "nip", "employee_name",
        "program_id", "program_code", "program_title", "session_id", "session_code", "session_start", "session_end",
        "instrument_id", "instrument_code", "instrument_name", "instrument_kind", "competency_id", "min_score", "max_score",
        "pre", "post", "follow_up", "gain", "normalised_gain",
    ];

    public static readonly IReadOnlyList<string> GapColumns =
    [
        "agency_id", "agency_code", "unit_id", "unit_code", "unit_name", "employee_id", "nip", "employee_name", "employee_type",
        "position_id", "position_type", "competency_id", "competency_code", "competency_name", "required_level", "current_level", "gap", "weight",
    ];

    public static readonly IReadOnlyList<string> LearningHourColumns =
    [
        "agency_id", "agency_code", "unit_id", "unit_code", "unit_name", "employee_id", "nip", "employee_name", "employee_type",
        "year", "jp", "minimum_jp", "maximum_jp", "status", "shortfall",
    ];

    public ValueTask<ExportTable> Handle(ExportScoresQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new ExportTable(
            "scores", ScoreColumns, store.ScoresAsync(new ScoreExportFilter(query.AgencyId, query.ProgramId, query.SessionId, query.Year, query.CompetencyId), cancellationToken)));

    public async ValueTask<ExportTable> Handle(ExportGapsQuery query, CancellationToken cancellationToken) =>
        new("gaps", GapColumns, store.GapsAsync(await query.ToPopulationAsync(db, clock, cancellationToken), cancellationToken));

    public async ValueTask<ExportTable> Handle(ExportLearningHoursQuery query, CancellationToken cancellationToken)
    {
        var year = query.Year ?? clock.GetLocalNow().Year;
        var population = await (query with { Year = year }).ToPopulationAsync(db, clock, cancellationToken);
        return new ExportTable("learning-hours", LearningHourColumns, store.LearningHoursAsync(population, year, cancellationToken));
    }
}

/// <summary>File formats of an export.</summary>
public enum ExportFormat
{
    Csv,
    Xlsx,
}

/// <param name="Semicolon">Separate CSV cells with ';' (Excel in locales with a decimal comma) instead of ','.</param>
/// <param name="ByteOrderMark">Start a CSV file with the UTF-8 byte order mark, which Excel needs to read UTF-8.</param>
public sealed record ExportOptions(ExportFormat Format, bool Semicolon = false, bool ByteOrderMark = false);

/// <summary>How far an export got: rows written so far, readable even when the export fails half-way.</summary>
public sealed class ExportProgress
{
    public long Rows { get; set; }
}

/// <summary>Writes an export table to a stream as it is read, counting the data rows in the progress it is given.</summary>
public interface IExportWriter
{
    /// <param name="beforeFirstByte">Runs once the first row has been read (or the table is known to be empty), before anything is written: the last moment to set headers or fail with a problem.</param>
    Task WriteAsync(ExportTable table, ExportOptions options, Stream output, ExportProgress progress, Action beforeFirstByte, CancellationToken cancellationToken);
}
