using AsnCompetency.Application.Common.Behaviours;
using AsnCompetency.Application.Common.Exceptions;
using AsnCompetency.Application.Common.Interfaces;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Application.Common.Security;
using AsnCompetency.Application.Common.Validation;
using AsnCompetency.Application.Tna;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Employees;
using AsnCompetency.Domain.Identity;
using AsnCompetency.Domain.Positions;
using AsnCompetency.Domain.Training;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AsnCompetency.Application.Training.LearningHours;

/// <summary>Where an employee stands against the yearly JP rule of their type.</summary>
public enum JpStatus
{
    /// <summary>A PNS at or above the yearly minimum.</summary>
    MeetsMinimum,

    /// <summary>A PNS below the yearly minimum.</summary>
    BelowMinimum,

    /// <summary>A PPPK within the yearly maximum.</summary>
    WithinMaximum,

    /// <summary>A PPPK above the yearly maximum.</summary>
    AboveMaximum,
}

/// <summary>An employee's JP ledger for one year: every completed activity, the total, and the 20 JP (PNS) / 24 JP (PPPK) status.</summary>
/// <param name="Year">The year (default the current one).</param>
[Authorize]
public sealed record GetLearningHoursQuery(Guid EmployeeId, int? Year = null) : IQuery<LearningHoursDto>, IPersonalDataQuery
{
    Guid IPersonalDataQuery.SubjectEmployeeId => EmployeeId;
}

/// <summary>An employee's JP ledger for a year and its status against the minimum or maximum.</summary>
/// <param name="MinimumJp">The PNS yearly minimum (null for PPPK).</param>
/// <param name="MaximumJp">The PPPK yearly maximum (null for PNS).</param>
/// <param name="Shortfall">JP still missing to reach the minimum (PNS).</param>
/// <param name="Excess">JP above the maximum (PPPK).</param>
public sealed record LearningHoursDto(
    Guid EmployeeId,
    string Nip,
    string FullName,
    EmployeeType EmployeeType,
    int Year,
    IReadOnlyList<LearningEntryDto> Entries,
    int TotalJp,
    int? MinimumJp,
    int? MaximumJp,
    JpStatus Status,
    int Shortfall,
    int Excess);

/// <summary>One completed development activity in an employee's JP ledger.</summary>
public sealed record LearningEntryDto(
    Guid Id,
    DateOnly Date,
    string Title,
    DevelopmentForm Form,
    DevelopmentCategory Category,
    int Jp,
    LearningSource Source,
    Guid? EnrollmentId,
    Guid? ProgramId,
    string? Provider,
    string? CertificateNumber);

/// <summary>Records a development activity done outside AsnCompetency (a seminar elsewhere, a certified course), with its JP.</summary>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin)]
public sealed record RecordExternalLearningCommand : ICommand<LearningEntryDto>
{
    public DateOnly Date { get; init; }

    public string Title { get; init; } = "";

    public DevelopmentForm Form { get; init; }

    public int Jp { get; init; }

    public string? Provider { get; init; }

    public string? CertificateNumber { get; init; }

    internal Guid EmployeeId { get; init; }

    public RecordExternalLearningCommand For(Guid employeeId) => this with { EmployeeId = employeeId };
}

/// <summary>How the compliance report groups people.</summary>
public enum ComplianceGrouping
{
    Unit,
    Agency,
}

/// <summary>
/// JP compliance of a year per unit (or agency): who is below the PNS minimum, PPPK above their
/// maximum, totals and shares. People are placed by the position they held at the end of the
/// year (today for the current year).
/// </summary>
/// <param name="UnitId">Only this unit and its sub-units.</param>
/// <param name="GroupBy">unit (default) or agency.</param>
/// <param name="PositionType">Only holders of this type of position.</param>
/// <param name="Limit">At most this many people in the shortfall list (default 200); the counts cover everyone.</param>
/// <param name="Year">The year (default the current one).</param>
[Authorize(UserRole.SystemAdmin, UserRole.AgencyAdmin, UserRole.Analyst)]
public sealed record GetJpComplianceQuery(
    int? Year = null,
    Guid? AgencyId = null,
    Guid? UnitId = null,
    PositionType? PositionType = null,
    string? GroupBy = null,
    int Limit = 200) : IQuery<JpComplianceDto>, ITnaFilter
{
    Guid? ITnaFilter.FrameworkId => null;
}

/// <summary>The year's learning hours (JP) against the minimum, per unit or agency.</summary>
/// <param name="Groups">Per unit (or agency), most people below the minimum first.</param>
/// <param name="Total">Everyone in the report.</param>
/// <param name="BelowMinimum">PNS below the minimum, fewest JP first.</param>
public sealed record JpComplianceDto(
    int Year,
    DateOnly AsOf,
    ComplianceGrouping GroupBy,
    IReadOnlyList<JpComplianceGroupDto> Groups,
    JpComplianceGroupDto Total,
    int BelowMinimumCount,
    IReadOnlyList<JpShortfallDto> BelowMinimum);

/// <summary>The JP compliance figures of one unit or agency.</summary>
/// <param name="PnsShareMeeting">Share (0–1) of PNS at or above the minimum; null without PNS.</param>
/// <param name="MeanJp">Mean JP per person of the year.</param>
public sealed record JpComplianceGroupDto(
    Guid? AgencyId,
    Guid? UnitId,
    string? Code,
    string? Name,
    int Headcount,
    int PnsCount,
    int PnsMeetingCount,
    int PnsBelowCount,
    decimal? PnsShareMeeting,
    int PppkCount,
    int PppkOverMaximumCount,
    int WithLearningCount,
    long TotalJp,
    decimal MeanJp);

/// <summary>A PNS below the year's JP minimum.</summary>
public sealed record JpShortfallDto(Guid EmployeeId, string Nip, string FullName, Guid AgencyId, Guid UnitId, string UnitName, int Jp, int MinimumJp, int Shortfall);

public sealed class GetLearningHoursQueryValidator : AbstractValidator<GetLearningHoursQuery>
{
    public GetLearningHoursQueryValidator() => RuleFor(q => q.Year).InclusiveBetween(TnaFilters.MinYear, 2100);
}

public sealed class RecordExternalLearningCommandValidator : AbstractValidator<RecordExternalLearningCommand>
{
    public RecordExternalLearningCommandValidator()
    {
        RuleFor(c => c.Date).NotEmpty().GreaterThanOrEqualTo(new DateOnly(TnaFilters.MinYear, 1, 1));
        RuleFor(c => c.Title).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("'title' must not be empty.").MaximumLength(FieldLengths.Name);
        RuleFor(c => c.Form).IsInEnum();
        RuleFor(c => c.Jp).InclusiveBetween(1, TrainingProgram.MaxJp);
        RuleFor(c => c.Provider).MaximumLength(FieldLengths.Name);
        RuleFor(c => c.CertificateNumber).MaximumLength(FieldLengths.Code * 2);
    }
}

public sealed class GetJpComplianceQueryValidator : AbstractValidator<GetJpComplianceQuery>
{
    public GetJpComplianceQueryValidator()
    {
        RuleFor(q => q.Year).InclusiveBetween(TnaFilters.MinYear, DateTime.UtcNow.Year + 1);
        RuleFor(q => q.AgencyId).NotEqual(Guid.Empty);
        RuleFor(q => q.UnitId).NotEqual(Guid.Empty);
        RuleFor(q => q.PositionType).IsInEnum();
        RuleFor(q => q.GroupBy).OneOf<GetJpComplianceQuery, ComplianceGrouping>();
        RuleFor(q => q.Limit).InclusiveBetween(0, 10_000);
    }
}

public sealed class LearningHoursHandlers(IApplicationDbContext db, ICurrentUser user, ILearningHoursReadStore store, TimeProvider clock) :
    IQueryHandler<GetLearningHoursQuery, LearningHoursDto>,
    ICommandHandler<RecordExternalLearningCommand, LearningEntryDto>,
    IQueryHandler<GetJpComplianceQuery, JpComplianceDto>
{
    public async ValueTask<LearningHoursDto> Handle(GetLearningHoursQuery query, CancellationToken cancellationToken)
    {
        var employee = await db.Employees.AsNoTracking().FirstOrDefaultAsync(e => e.Id == query.EmployeeId, cancellationToken)
            ?? throw new NotFoundException("Employee", query.EmployeeId);
        var year = query.Year ?? clock.GetLocalNow().Year;
        var (first, last) = CalendarYear.Of(year);
        var records = await db.LearningRecords.AsNoTracking()
            .Where(r => r.EmployeeId == employee.Id && r.Date >= first && r.Date <= last)
            .OrderBy(r => r.Date).ThenBy(r => r.Title)
            .ToListAsync(cancellationToken);
        var settings = await db.EffectiveSettingsAsync(employee.AgencyId, cancellationToken);
        var total = records.Sum(r => r.Jp);
        var isPns = employee.EmployeeType == EmployeeType.Pns;
        var status = isPns
            ? total >= settings.MinAnnualJpPns ? JpStatus.MeetsMinimum : JpStatus.BelowMinimum
            : total > settings.MaxAnnualJpPppk ? JpStatus.AboveMaximum : JpStatus.WithinMaximum;
        return new LearningHoursDto(
            employee.Id,
            employee.Nip,
            employee.FullName,
            employee.EmployeeType,
            year,
            [.. records.Select(ToDto)],
            total,
            isPns ? settings.MinAnnualJpPns : null,
            isPns ? null : settings.MaxAnnualJpPppk,
            status,
            isPns ? Math.Max(0, settings.MinAnnualJpPns - total) : 0,
            isPns ? 0 : Math.Max(0, total - settings.MaxAnnualJpPppk));
    }

    public async ValueTask<LearningEntryDto> Handle(RecordExternalLearningCommand command, CancellationToken cancellationToken)
    {
        var employee = await db.Employees.AsNoTracking().FirstOrDefaultAsync(e => e.Id == command.EmployeeId, cancellationToken)
            ?? throw new NotFoundException("Employee", command.EmployeeId);
        AccessPolicy.EnsureCanMaintain(user, employee.AgencyId, "this agency's learning records");
        if (command.Date > DateOnly.FromDateTime(clock.GetLocalNow().Date))
        {
            throw new Common.Exceptions.ValidationException("date", "must not be in the future: the ledger records activities that are done.");
        }

        var record = LearningRecord.External(employee.Id, employee.AgencyId, command.Date, command.Jp, command.Title, command.Form, command.Provider, command.CertificateNumber);
        db.LearningRecords.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(record);
    }

    public async ValueTask<JpComplianceDto> Handle(GetJpComplianceQuery query, CancellationToken cancellationToken)
    {
        var year = query.Year ?? clock.GetLocalNow().Year;
        var population = await (query with { Year = year }).ToPopulationAsync(db, clock, cancellationToken);
        var grouping = ValidationRules.ParseOr(query.GroupBy, ComplianceGrouping.Unit);
        var rows = await store.GetComplianceAsync(population, year, grouping == ComplianceGrouping.Agency, query.Limit, cancellationToken);
        var groups = rows.Groups.Where(g => g.AgencyId is not null || g.UnitId is not null).Select(ToDto)
            .OrderByDescending(g => g.PnsBelowCount).ThenBy(g => g.Name).ToList();
        var total = rows.Groups.FirstOrDefault(g => g.AgencyId is null && g.UnitId is null) is { } t
            ? ToDto(t)
            : new JpComplianceGroupDto(null, null, null, null, 0, 0, 0, 0, null, 0, 0, 0, 0, 0m);
        return new JpComplianceDto(
            year,
            population.AsOf,
            grouping,
            groups,
            total,
            rows.ShortfallCount,
            [.. rows.Shortfalls.Select(s => new JpShortfallDto(s.EmployeeId, s.Nip, s.FullName, s.AgencyId, s.UnitId, s.UnitName, s.Jp, s.MinimumJp, s.MinimumJp - s.Jp))]);
    }

    private static JpComplianceGroupDto ToDto(JpComplianceRow row) => new(
        row.AgencyId,
        row.UnitId,
        row.Code,
        row.Name,
        row.Headcount,
        row.PnsCount,
        row.PnsMeetingCount,
        row.PnsCount - row.PnsMeetingCount,
        row.PnsCount == 0 ? null : Math.Round((decimal)row.PnsMeetingCount / row.PnsCount, 4),
        row.PppkCount,
        row.PppkOverMaximumCount,
        row.WithLearningCount,
        row.TotalJp,
        row.Headcount == 0 ? 0m : Math.Round((decimal)row.TotalJp / row.Headcount, 2));

    private static LearningEntryDto ToDto(LearningRecord r) =>
        new(r.Id, r.Date, r.Title, r.Form, DevelopmentForms.CategoryOf(r.Form), r.Jp, r.Source, r.EnrollmentId, r.ProgramId, r.Provider, r.CertificateNumber);
}
