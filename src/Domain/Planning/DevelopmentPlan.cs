using AsnCompetency.Domain.Common;

namespace AsnCompetency.Domain.Planning;

/// <summary>Where a development plan is in its approval.</summary>
public enum PlanStatus
{
    /// <summary>Being drafted by the PyB (the agency's BKPSDM); items can change.</summary>
    Draft,

    /// <summary>Submitted to the PPK for approval; items are frozen until approved or returned.</summary>
    Submitted,

    /// <summary>Approved by the PPK; the plan is final and cannot change.</summary>
    Approved,
}

/// <summary>How an item came into the plan.</summary>
public enum PlanItemSource
{
    Manual,
    Generated,
}

/// <summary>
/// The annual competency development plan (Rencana Pengembangan Kompetensi) of one agency:
/// who is to develop which competency through which programme, at what cost and in which
/// quarter. Drafted, submitted, and approved; an approved plan is immutable.
/// </summary>
public sealed class DevelopmentPlan : AuditableEntity, IHasRowVersion
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    private readonly List<DevelopmentPlanItem> _items = [];

    private DevelopmentPlan()
    {
        Title = "";
    }

    public Guid AgencyId { get; private set; }

    public int Year { get; private set; }

    public string Title { get; private set; }

    /// <summary>The budget ceiling in rupiah; generation stays within it.</summary>
    public decimal? BudgetCeiling { get; private set; }

    public PlanStatus Status { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public Guid? SubmittedBy { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public Guid? ApprovedBy { get; private set; }

    /// <summary>The note of the last return to draft or of the approval.</summary>
    public string? DecisionNote { get; private set; }

    public IReadOnlyCollection<DevelopmentPlanItem> Items => _items;

    /// <summary>Counts changes to the plan and its items, so the ETag covers the items.</summary>
    public int Revision { get; private set; }

    public uint RowVersion { get; private set; }

    public static DevelopmentPlan Create(Guid agencyId, int year, string title, decimal? budgetCeiling)
    {
        var plan = new DevelopmentPlan { AgencyId = agencyId, Status = PlanStatus.Draft };
        plan.SetYear(year);
        plan.Update(title, budgetCeiling);
        return plan;
    }

    public void Update(string title, decimal? budgetCeiling)
    {
        EnsureDraft();
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainValidationException("title", "is required.");
        }

        if (budgetCeiling is < 0)
        {
            throw new DomainValidationException("budgetCeiling", "must not be negative.");
        }

        Title = title.Trim();
        BudgetCeiling = budgetCeiling;
        Revision++;
    }

    public DevelopmentPlanItem AddItem(PlanItemDetails details, PlanItemSource source)
    {
        EnsureDraft();
        var item = new DevelopmentPlanItem(Id, source);
        item.Apply(details);
        _items.Add(item);
        Revision++;
        return item;
    }

    public DevelopmentPlanItem UpdateItem(Guid itemId, PlanItemDetails details)
    {
        EnsureDraft();
        var item = FindItem(itemId);
        item.Apply(details);
        Revision++;
        return item;
    }

    public DevelopmentPlanItem RemoveItem(Guid itemId)
    {
        EnsureDraft();
        var item = FindItem(itemId);
        _items.Remove(item);
        Revision++;
        return item;
    }

    /// <summary>Drops the generated items (hand-made ones stay) before a new generation.</summary>
    public int RemoveGeneratedItems()
    {
        EnsureDraft();
        var removed = _items.RemoveAll(i => i.Source == PlanItemSource.Generated);
        Revision++;
        return removed;
    }

    /// <summary>
    /// The budget generation may spend: the one asked for, or the ceiling; never above the ceiling.
    /// </summary>
    public decimal GenerationBudget(decimal? requested)
    {
        var budget = requested ?? BudgetCeiling
            ?? throw new DomainValidationException("budget", "is required when the plan has no budget ceiling.");
        if (budget > BudgetCeiling)
        {
            throw new DomainValidationException("budget", $"must not exceed the plan's budget ceiling (Rp {BudgetCeiling:N0}); raise the ceiling first.");
        }

        return budget;
    }

    public void Submit(Guid? userId, DateTimeOffset now)
    {
        EnsureDraft();
        if (_items.Count == 0)
        {
            throw new BusinessRuleException("A plan without items cannot be submitted.");
        }

        Status = PlanStatus.Submitted;
        SubmittedAt = now;
        SubmittedBy = userId;
        Revision++;
    }

    /// <summary>The PPK sends the plan back to the PyB with a reason.</summary>
    public void ReturnToDraft(string reason)
    {
        if (Status != PlanStatus.Submitted)
        {
            throw new BusinessRuleException($"Only a submitted plan can be returned; this one is {Status}.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainValidationException("reason", "is required: say what must change.");
        }

        Status = PlanStatus.Draft;
        DecisionNote = reason.Trim();
        Revision++;
    }

    public void Approve(Guid? userId, DateTimeOffset now, string? note)
    {
        if (Status != PlanStatus.Submitted)
        {
            throw new BusinessRuleException($"Only a submitted plan can be approved; this one is {Status}.");
        }

        Status = PlanStatus.Approved;
        ApprovedAt = now;
        ApprovedBy = userId;
        DecisionNote = Text.OrNull(note);
        Revision++;
    }

    public void EnsureDraft()
    {
        if (Status != PlanStatus.Draft)
        {
            throw new BusinessRuleException(Status == PlanStatus.Approved
                ? "The plan is approved and can no longer change."
                : "The plan is submitted for approval; it can change only after it is returned to draft.");
        }
    }

    private void SetYear(int year)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new DomainValidationException("year", $"must be between {MinYear} and {MaxYear}.");
        }

        Year = year;
    }

    private DevelopmentPlanItem FindItem(Guid itemId) =>
        _items.FirstOrDefault(i => i.Id == itemId)
        ?? throw new DomainValidationException("itemId", $"The plan has no item {itemId}.");
}

/// <summary>
/// One line of the plan: an employee (or a group of a unit's staff) to develop a competency,
/// through a programme when one is chosen.
/// </summary>
public sealed class DevelopmentPlanItem : Entity
{
    private DevelopmentPlanItem()
    {
    }

    internal DevelopmentPlanItem(Guid planId, PlanItemSource source)
    {
        PlanId = planId;
        Source = source;
    }

    public Guid PlanId { get; private set; }

    /// <summary>The one person this item is for; null for a group item.</summary>
    public Guid? EmployeeId { get; private set; }

    /// <summary>For a group item: the unit whose staff take part.</summary>
    public Guid? UnitId { get; private set; }

    /// <summary>1 for a person; the planned number of participants for a group.</summary>
    public int ParticipantCount { get; private set; }

    public Guid CompetencyId { get; private set; }

    public Guid? ProgramId { get; private set; }

    /// <summary>JP per participant.</summary>
    public int PlannedJp { get; private set; }

    /// <summary>Total cost of the item in rupiah (all participants).</summary>
    public decimal PlannedCost { get; private set; }

    /// <summary>1 to 4.</summary>
    public int PlannedQuarter { get; private set; }

    /// <summary>The weighted gap closure expected from the item, as generation computed it.</summary>
    public decimal? ExpectedGapClosure { get; private set; }

    public PlanItemSource Source { get; private set; }

    public string? Note { get; private set; }

    internal void Apply(PlanItemDetails details)
    {
        if (details.EmployeeId is null == details.UnitId is null)
        {
            throw new DomainValidationException("employeeId", "give either employeeId (one person) or unitId (a group of the unit's staff), not both.");
        }

        var participants = details.EmployeeId is null ? details.ParticipantCount ?? 0 : details.ParticipantCount ?? 1;
        if (details.EmployeeId is not null && participants != 1)
        {
            throw new DomainValidationException("participantCount", "is 1 for an item about one employee.");
        }

        if (participants < 1)
        {
            throw new DomainValidationException("participantCount", "a group item needs at least 1 participant.");
        }

        if (details.PlannedJp < 0)
        {
            throw new DomainValidationException("plannedJp", "must not be negative.");
        }

        if (details.PlannedCost < 0)
        {
            throw new DomainValidationException("plannedCost", "must not be negative.");
        }

        if (details.PlannedQuarter is < 1 or > 4)
        {
            throw new DomainValidationException("plannedQuarter", "must be 1, 2, 3 or 4.");
        }

        EmployeeId = details.EmployeeId;
        UnitId = details.UnitId;
        ParticipantCount = participants;
        CompetencyId = details.CompetencyId;
        ProgramId = details.ProgramId;
        PlannedJp = details.PlannedJp;
        PlannedCost = details.PlannedCost;
        PlannedQuarter = details.PlannedQuarter;
        ExpectedGapClosure = details.ExpectedGapClosure;
        Note = Text.OrNull(details.Note);
    }
}

/// <summary>The fields of a plan item; the caller has checked that the ids exist in the plan's agency.</summary>
public sealed record PlanItemDetails(
    Guid? EmployeeId,
    Guid? UnitId,
    int? ParticipantCount,
    Guid CompetencyId,
    Guid? ProgramId,
    int PlannedJp,
    decimal PlannedCost,
    int PlannedQuarter,
    decimal? ExpectedGapClosure,
    string? Note);

/// <summary>What happened to a plan, when, and by whom: the plan's audit trail.</summary>
public enum PlanEventKind
{
    Created,
    Updated,
    ItemAdded,
    ItemChanged,
    ItemRemoved,
    Generated,
    Submitted,
    Returned,
    Approved,
}

/// <summary>One entry of a plan's audit trail; never changed.</summary>
public sealed class DevelopmentPlanEvent : Entity
{
    private DevelopmentPlanEvent()
    {
        Detail = "";
    }

    public DevelopmentPlanEvent(Guid planId, PlanEventKind kind, string detail, Guid? userId, DateTimeOffset at)
    {
        PlanId = planId;
        Kind = kind;
        Detail = detail;
        UserId = userId;
        At = at;
    }

    public Guid PlanId { get; private set; }

    public PlanEventKind Kind { get; private set; }

    /// <summary>A JSON document with the change: the item before and after, the generation's figures, the note.</summary>
    public string Detail { get; private set; }

    public Guid? UserId { get; private set; }

    public DateTimeOffset At { get; private set; }
}
