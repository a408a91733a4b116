namespace AsnCompetency.Domain.Planning;

/// <summary>
/// One way to close one competency gap of one employee: a programme, what it costs, the JP it
/// takes and the weighted gap closure it achieves. Two candidates for the same employee and
/// competency are alternatives; a plan takes at most one of them.
/// </summary>
/// <param name="Cost">Cost in rupiah; zero or more.</param>
/// <param name="Jp">Learning hours (jam pelajaran) the employee spends; zero or more.</param>
/// <param name="Value">Weighted gap closure; a candidate with zero or less is never chosen.</param>
public sealed record PlanCandidate(Guid EmployeeId, Guid CompetencyId, Guid ProgramId, decimal Cost, int Jp, decimal Value);

/// <summary>The limits a plan must respect.</summary>
/// <param name="Budget">Ceiling on the total cost in rupiah; zero or more.</param>
/// <param name="AvailableJpByEmployee">JP each employee can still spend this year; an employee not listed has no limit.</param>
/// <param name="CapacityByProgram">Participants each programme can take; a programme not listed has no limit.</param>
public sealed record PlanConstraints(
    decimal Budget,
    IReadOnlyDictionary<Guid, int> AvailableJpByEmployee,
    IReadOnlyDictionary<Guid, int> CapacityByProgram);

/// <summary>How a selection was found, and so how far it can be trusted.</summary>
public enum OptimizationMethod
{
    /// <summary>A complete search: no selection within the constraints has a higher total value.</summary>
    Exact,

    /// <summary>
    /// A heuristic, used when there are too many candidates or the exact search took too long:
    /// the selection respects the constraints, but a better one may exist (see <see cref="PlanSelection.UpperBound"/>).
    /// </summary>
    Greedy,
}

/// <summary>Why a candidate is not in the plan: the first of these that stops it joining the final selection.</summary>
public enum LeftOutReason
{
    /// <summary>Another programme was chosen for the same employee and competency.</summary>
    AlternativeChosen,

    /// <summary>The candidate's JP do not fit into what the employee has left.</summary>
    PersonJpExhausted,

    /// <summary>The programme has no place left.</summary>
    ProgramFull,

    /// <summary>The candidate's cost does not fit into what is left of the budget.</summary>
    OverBudget,

    /// <summary>The candidate closes no gap (value zero or less), so it is never chosen.</summary>
    NoGapClosure,
}

/// <summary>A candidate that is not in the plan, and why.</summary>
public sealed record LeftOutCandidate(PlanCandidate Candidate, LeftOutReason Reason);

/// <summary>The candidates chosen for the plan, those left out, and how good the choice is.</summary>
/// <param name="Chosen">The chosen candidates, in input order.</param>
/// <param name="LeftOut">Every other candidate with its reason, in input order.</param>
/// <param name="BudgetUsed">Total cost of the chosen candidates; never more than the budget.</param>
/// <param name="TotalValue">Total value of the chosen candidates.</param>
/// <param name="Method">Whether the selection is proven optimal (<see cref="OptimizationMethod.Exact"/>) or not.</param>
/// <param name="UpperBound">
/// No selection within the constraints has a total value above this, so
/// <c>TotalValue / UpperBound</c> is a guaranteed quality of the plan. For an exact selection it
/// equals <see cref="TotalValue"/>; otherwise it is the bound of the budget constraint alone with
/// candidates taken fractionally (the other constraints relaxed), rounded up to 10 decimals.
/// </param>
public sealed record PlanSelection(
    IReadOnlyList<PlanCandidate> Chosen,
    IReadOnlyList<LeftOutCandidate> LeftOut,
    decimal BudgetUsed,
    decimal TotalValue,
    OptimizationMethod Method,
    decimal UpperBound);
