using System.Text.Json;
using AsnCompetency.Application.Common.Models;
using AsnCompetency.Domain.Planning;

namespace AsnCompetency.Application.DevelopmentPlans;

/// <summary>A plan as listed.</summary>
public sealed record DevelopmentPlanSummaryDto(
    Guid Id,
    Guid AgencyId,
    int Year,
    string Title,
    PlanStatus Status,
    decimal? BudgetCeiling,
    int ItemCount,
    decimal TotalCost);

/// <summary>A development plan with its items and totals.</summary>
/// <param name="TotalCost">Σ planned cost of the items.</param>
/// <param name="BudgetRemaining">Ceiling − total cost; null without a ceiling.</param>
/// <param name="ParticipantCount">Σ participants of the items.</param>
public sealed record DevelopmentPlanDto(
    Guid Id,
    Guid AgencyId,
    int Year,
    string Title,
    PlanStatus Status,
    decimal? BudgetCeiling,
    decimal TotalCost,
    decimal? BudgetRemaining,
    int ParticipantCount,
    decimal ExpectedGapClosure,
    DateTimeOffset? SubmittedAt,
    Guid? SubmittedBy,
    DateTimeOffset? ApprovedAt,
    Guid? ApprovedBy,
    string? DecisionNote,
    IReadOnlyList<PlanItemDto> Items,
    string ETag) : IVersioned;

/// <summary>One item of a plan.</summary>
public sealed record PlanItemDto(
    Guid Id,
    PlanEmployeeDto? Employee,
    UnitReferenceDto? Unit,
    int ParticipantCount,
    PlanCompetencyDto Competency,
    PlanProgramDto? Program,
    int PlannedJp,
    decimal PlannedCost,
    int PlannedQuarter,
    decimal? ExpectedGapClosure,
    PlanItemSource Source,
    string? Note);

/// <summary>An employee as referenced from a plan item.</summary>
public sealed record PlanEmployeeDto(Guid Id, string Nip, string Name);

/// <summary>A competency as referenced from a plan item.</summary>
public sealed record PlanCompetencyDto(Guid Id, string Code, string Name);

/// <summary>A programme as referenced from a plan item.</summary>
public sealed record PlanProgramDto(Guid Id, string Code, string Title);

/// <summary>One entry of a plan's audit trail.</summary>
/// <param name="Detail">The change as JSON (item before/after, generation figures, notes).</param>
public sealed record PlanEventDto(Guid Id, PlanEventKind Kind, JsonElement Detail, Guid? UserId, string? UserName, DateTimeOffset At);
