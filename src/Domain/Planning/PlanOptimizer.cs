using System.Diagnostics;
using AsnCompetency.Domain.Common;

namespace AsnCompetency.Domain.Planning;

/// <summary>
/// Chooses the candidates of a development plan that together close the most weighted gap,
/// within the budget, each employee's available JP, each programme's capacity, and at most one
/// programme per employee and competency. Pure and deterministic: the same input always gives
/// the same selection.
/// </summary>
/// <remarks>
/// When at most <see cref="ExactCandidateLimit"/> candidates could be chosen at all, a depth-first
/// branch and bound proves the optimum; among selections of equal value it returns the one that
/// prefers candidates of higher value per rupiah, then of higher value, then earlier in the input.
/// With more candidates, or when the search visits more than <see cref="ExactNodeLimit"/> nodes,
/// a greedy heuristic answers instead and says so in <see cref="PlanSelection.Method"/>.
/// </remarks>
public static class PlanOptimizer
{
    /// <summary>
    /// The most candidates (positive value, each fitting the constraints on its own) the exact
    /// search takes on. The search's time is capped by <see cref="ExactNodeLimit"/> anyway; the
    /// limit keeps the cost of one node, which grows with the candidates, small enough that the
    /// cap stays well under a second.
    /// </summary>
    public const int ExactCandidateLimit = 40;

    /// <summary>Nodes the exact search may visit before it gives up and the greedy heuristic answers.</summary>
    public const int ExactNodeLimit = 1_000_000;

    // The reported bound is rounded up, never down, so that it stays a bound.
    private const int BoundDecimals = 10;

    /// <summary>Chooses the candidates with the highest total value that respect <paramref name="constraints"/>.</summary>
    /// <exception cref="DomainValidationException">The budget is negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A candidate's cost or JP, an available JP or a capacity is negative.</exception>
    /// <exception cref="ArgumentException">A candidate is null.</exception>
    public static PlanSelection Optimize(IReadOnlyList<PlanCandidate> candidates, PlanConstraints constraints)
    {
        Validate(candidates, constraints);
        var problem = new Problem(candidates, constraints);
        var order = problem.ChoosableInDensityOrder();

        Selection selection;
        var method = OptimizationMethod.Greedy;
        if (order.Length <= ExactCandidateLimit)
        {
            var search = new BranchAndBound(problem, order);
            if (search.Run())
            {
                selection = search.Best;
                method = OptimizationMethod.Exact;
            }
            else
            {
                // The interrupted search may already hold something better than the heuristic.
                var greedy = Greedy(problem, order);
                selection = search.Best.Value > greedy.Value ? search.Best : greedy;
            }
        }
        else
        {
            selection = Greedy(problem, order);
        }

        // Every selection here already has no room left: the greedy fills, and the search keeps a
        // selection only if the branch that also took a candidate still fitting it, searched
        // first, found nothing better. Filling again is cheap and makes sure that every candidate
        // left out has a reason.
        selection.Fill(order);

        var upperBound = method == OptimizationMethod.Exact
            ? selection.Value
            : decimal.Round(FractionalBound(problem, order), BoundDecimals, MidpointRounding.ToPositiveInfinity);
        return selection.ToResult(method, upperBound);
    }

    private static void Validate(IReadOnlyList<PlanCandidate> candidates, PlanConstraints constraints)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(constraints);
        ArgumentNullException.ThrowIfNull(constraints.AvailableJpByEmployee, nameof(constraints));
        ArgumentNullException.ThrowIfNull(constraints.CapacityByProgram, nameof(constraints));

        if (constraints.Budget < 0)
        {
            throw new DomainValidationException("budget", $"must not be negative; {constraints.Budget} was given.");
        }

        foreach (var (employeeId, jp) in constraints.AvailableJpByEmployee)
        {
            if (jp < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(constraints), jp, $"The available JP of employee {employeeId} must not be negative.");
            }
        }

        foreach (var (programId, capacity) in constraints.CapacityByProgram)
        {
            if (capacity < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(constraints), capacity, $"The capacity of programme {programId} must not be negative.");
            }
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i] ?? throw new ArgumentException($"candidates[{i}] is null.", nameof(candidates));
            if (candidate.Cost < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(candidates), candidate.Cost, $"The cost of candidates[{i}] must not be negative.");
            }

            if (candidate.Jp < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(candidates), candidate.Jp, $"The JP of candidates[{i}] must not be negative.");
            }
        }
    }

    /// <summary>
    /// Fills by density, then fills again starting from the single most valuable candidate and keeps
    /// the better: density alone can be arbitrarily bad (cheap small candidates crowding out one
    /// large one); with the budget as the only constraint, the better of the two is at least half
    /// the optimum.
    /// </summary>
    private static Selection Greedy(Problem problem, int[] order)
    {
        var byDensity = new Selection(problem);
        byDensity.Fill(order);
        if (order.Length == 0)
        {
            return byDensity;
        }

        var mostValuable = order[0];
        foreach (var candidate in order)
        {
            var difference = problem.Value[candidate] - problem.Value[mostValuable];
            if (difference > 0 || (difference == 0 && candidate < mostValuable))
            {
                mostValuable = candidate;
            }
        }

        var fromMostValuable = new Selection(problem);
        fromMostValuable.Add(mostValuable);
        fromMostValuable.Fill(order);
        return fromMostValuable.Value > byDensity.Value ? fromMostValuable : byDensity;
    }

    /// <summary>
    /// The optimum of the budget constraint alone with candidates taken fractionally: every
    /// candidate in density order while the budget lasts, then the share of the next that the
    /// rest of the budget buys. Dropping the other constraints only widens the choice, so no
    /// feasible selection is worth more.
    /// </summary>
    private static decimal FractionalBound(Problem problem, int[] order)
    {
        var value = 0m;
        var budgetLeft = problem.Budget;
        foreach (var candidate in order)
        {
            var cost = problem.Cost[candidate];
            if (cost > budgetLeft)
            {
                return value + Share(problem.Value[candidate], budgetLeft, cost);
            }

            value += problem.Value[candidate];
            budgetLeft -= cost;
        }

        return value;
    }

    // value × part / whole, multiplying first so that a quotient that is a finite decimal comes out
    // exact; part < whole, so dividing first cannot overflow when multiplying first would.
    private static decimal Share(decimal value, decimal part, decimal whole) =>
        part == 0 ? 0 : value <= decimal.MaxValue / part ? value * part / whole : value * (part / whole);

    /// <summary>The candidates indexed once, with the limits per employee and programme.</summary>
    private sealed class Problem
    {
        public Problem(IReadOnlyList<PlanCandidate> candidates, PlanConstraints constraints)
        {
            Candidates = candidates;
            Budget = constraints.Budget;
            var count = candidates.Count;
            Cost = new decimal[count];
            Value = new decimal[count];
            Jp = new int[count];
            Employee = new int[count];
            Program = new int[count];
            Pair = new int[count];

            var employees = new Dictionary<Guid, int>();
            var programs = new Dictionary<Guid, int>();
            var pairs = new Dictionary<(Guid, Guid), int>();
            var jpLimits = new List<long>();
            var capacities = new List<int>();
            for (var i = 0; i < count; i++)
            {
                var candidate = candidates[i];
                Cost[i] = candidate.Cost;
                Value[i] = candidate.Value;
                Jp[i] = candidate.Jp;

                if (!employees.TryGetValue(candidate.EmployeeId, out var employee))
                {
                    employee = employees[candidate.EmployeeId] = employees.Count;
                    jpLimits.Add(constraints.AvailableJpByEmployee.TryGetValue(candidate.EmployeeId, out var jp) ? jp : long.MaxValue);
                }

                if (!programs.TryGetValue(candidate.ProgramId, out var program))
                {
                    program = programs[candidate.ProgramId] = programs.Count;
                    capacities.Add(constraints.CapacityByProgram.TryGetValue(candidate.ProgramId, out var capacity) ? capacity : int.MaxValue);
                }

                if (!pairs.TryGetValue((candidate.EmployeeId, candidate.CompetencyId), out var pair))
                {
                    pair = pairs[(candidate.EmployeeId, candidate.CompetencyId)] = pairs.Count;
                }

                Employee[i] = employee;
                Program[i] = program;
                Pair[i] = pair;
            }

            JpLimit = [.. jpLimits];
            Capacity = [.. capacities];
            PairCount = pairs.Count;
        }

        public IReadOnlyList<PlanCandidate> Candidates { get; }

        public decimal Budget { get; }

        public decimal[] Cost { get; }

        public decimal[] Value { get; }

        public int[] Jp { get; }

        public int[] Employee { get; }

        public int[] Program { get; }

        public int[] Pair { get; }

        /// <summary>Per employee; long.MaxValue when unlimited, and long so that sums of int JP cannot overflow.</summary>
        public long[] JpLimit { get; }

        /// <summary>Per programme; int.MaxValue when unlimited.</summary>
        public int[] Capacity { get; }

        public int PairCount { get; }

        /// <summary>
        /// The candidates worth choosing that fit the constraints on their own, by value per rupiah
        /// (free ones first), then by value, then in input order.
        /// </summary>
        public int[] ChoosableInDensityOrder()
        {
            var choosable = Enumerable.Range(0, Cost.Length)
                .Where(i => Value[i] > 0 && Cost[i] <= Budget && Jp[i] <= JpLimit[Employee[i]] && Capacity[Program[i]] > 0)
                .ToArray();
            var density = new decimal[Cost.Length];
            foreach (var i in choosable)
            {
                density[i] = Cost[i] == 0 ? 0 : Value[i] / Cost[i];
            }

            Array.Sort(choosable, (a, b) =>
            {
                var free = (Cost[b] == 0).CompareTo(Cost[a] == 0);
                if (free != 0)
                {
                    return free;
                }

                var byDensity = density[b].CompareTo(density[a]);
                if (byDensity != 0)
                {
                    return byDensity;
                }

                var byValue = Value[b].CompareTo(Value[a]);
                return byValue != 0 ? byValue : a.CompareTo(b);
            });
            return choosable;
        }
    }

    /// <summary>A set of chosen candidates with what it leaves of each limit, changed one candidate at a time.</summary>
    private sealed class Selection
    {
        private readonly Problem _problem;
        private readonly bool[] _chosen;
        private readonly long[] _jpLeft;
        private readonly int[] _placesLeft;
        private readonly bool[] _pairTaken;

        public Selection(Problem problem)
        {
            _problem = problem;
            _chosen = new bool[problem.Cost.Length];
            _jpLeft = (long[])problem.JpLimit.Clone();
            _placesLeft = (int[])problem.Capacity.Clone();
            _pairTaken = new bool[problem.PairCount];
            BudgetLeft = problem.Budget;
        }

        private Selection(Selection other)
        {
            _problem = other._problem;
            _chosen = (bool[])other._chosen.Clone();
            _jpLeft = (long[])other._jpLeft.Clone();
            _placesLeft = (int[])other._placesLeft.Clone();
            _pairTaken = (bool[])other._pairTaken.Clone();
            BudgetLeft = other.BudgetLeft;
            Value = other.Value;
        }

        public decimal BudgetLeft { get; private set; }

        public decimal Value { get; private set; }

        public Selection Clone() => new(this);

        /// <summary>Whether the candidate fits every constraint but the budget.</summary>
        public bool FitsBesidesBudget(int candidate) =>
            !_pairTaken[_problem.Pair[candidate]]
            && _problem.Jp[candidate] <= _jpLeft[_problem.Employee[candidate]]
            && _placesLeft[_problem.Program[candidate]] > 0;

        /// <summary>The first constraint that keeps an unchosen candidate out; null when it fits.</summary>
        public LeftOutReason? Blocker(int candidate)
        {
            if (_pairTaken[_problem.Pair[candidate]])
            {
                return LeftOutReason.AlternativeChosen;
            }

            if (_problem.Jp[candidate] > _jpLeft[_problem.Employee[candidate]])
            {
                return LeftOutReason.PersonJpExhausted;
            }

            if (_placesLeft[_problem.Program[candidate]] == 0)
            {
                return LeftOutReason.ProgramFull;
            }

            return _problem.Cost[candidate] > BudgetLeft ? LeftOutReason.OverBudget : null;
        }

        public void Add(int candidate)
        {
            Debug.Assert(!_chosen[candidate] && Blocker(candidate) is null, "Only a candidate that fits is added.");
            _chosen[candidate] = true;
            _pairTaken[_problem.Pair[candidate]] = true;
            _jpLeft[_problem.Employee[candidate]] -= _problem.Jp[candidate];
            _placesLeft[_problem.Program[candidate]]--;
            BudgetLeft -= _problem.Cost[candidate];
            Value += _problem.Value[candidate];
        }

        public void Remove(int candidate)
        {
            Debug.Assert(_chosen[candidate], "Only a chosen candidate is removed.");
            _chosen[candidate] = false;
            _pairTaken[_problem.Pair[candidate]] = false;
            _jpLeft[_problem.Employee[candidate]] += _problem.Jp[candidate];
            _placesLeft[_problem.Program[candidate]]++;
            BudgetLeft += _problem.Cost[candidate];
            Value -= _problem.Value[candidate];
        }

        /// <summary>Adds, in the given order, every candidate that still fits.</summary>
        public void Fill(int[] order)
        {
            foreach (var candidate in order)
            {
                if (!_chosen[candidate] && Blocker(candidate) is null)
                {
                    Add(candidate);
                }
            }
        }

        public PlanSelection ToResult(OptimizationMethod method, decimal upperBound)
        {
            var chosen = new List<PlanCandidate>();
            var leftOut = new List<LeftOutCandidate>();
            var budgetUsed = 0m;
            for (var i = 0; i < _chosen.Length; i++)
            {
                var candidate = _problem.Candidates[i];
                if (_chosen[i])
                {
                    chosen.Add(candidate);
                    budgetUsed += candidate.Cost;
                }
                else
                {
                    // Fill leaves no candidate worth choosing that fits, so a blocker always exists.
                    var reason = candidate.Value <= 0
                        ? LeftOutReason.NoGapClosure
                        : Blocker(i) ?? throw new UnreachableException($"candidates[{i}] fits but was not chosen.");
                    leftOut.Add(new LeftOutCandidate(candidate, reason));
                }
            }

            return new PlanSelection(chosen, leftOut, budgetUsed, Value, method, upperBound);
        }
    }

    /// <summary>
    /// Depth-first over the candidates in density order, trying each in before out, and pruning a
    /// branch whose bound cannot beat the best selection so far. Only a strictly better selection
    /// replaces the best, so of equally good ones the first in this order wins.
    /// </summary>
    private sealed class BranchAndBound(Problem problem, int[] order)
    {
        private readonly Selection _current = new(problem);

        // Every total is a sum of values, so a whole multiple of their greatest common divisor: a
        // better selection is better by at least that much. Pruning against "best + step" rather
        // than "best" ends the search of many equal candidates, whose fractional bound otherwise
        // stays a fraction of one candidate above the best in every branch.
        private readonly decimal _step = order.Aggregate(0m, (step, candidate) => GreatestCommonDivisor(step, problem.Value[candidate]));

        private long _nodes;
        private bool _stopped;

        /// <summary>The best selection found; the optimum once <see cref="Run"/> returned true.</summary>
        public Selection Best { get; private set; } = new(problem);

        /// <summary>Searches; false when the node limit stopped the search before it proved the optimum.</summary>
        public bool Run()
        {
            Search(0);
            return !_stopped;
        }

        private void Search(int depth)
        {
            if (++_nodes > ExactNodeLimit)
            {
                _stopped = true;
                return;
            }

            if (depth == order.Length)
            {
                if (_current.Value > Best.Value)
                {
                    Best = _current.Clone();
                }

                return;
            }

            if (!CanBeatBest(depth))
            {
                return;
            }

            var candidate = order[depth];
            if (_current.Blocker(candidate) is null)
            {
                _current.Add(candidate);
                Search(depth + 1);
                _current.Remove(candidate);
                if (_stopped)
                {
                    return;
                }
            }

            Search(depth + 1);
        }

        /// <summary>
        /// Whether the fractional bound of this branch reaches the best value plus one step.
        /// Candidates already shut out by a chosen alternative, the employee's JP or a full
        /// programme stay out of every selection below this node, so leaving them out of the bound
        /// keeps it a bound, and a tighter one.
        /// </summary>
        private bool CanBeatBest(int depth)
        {
            var target = Best.Value + _step;
            var value = _current.Value;
            if (value >= target)
            {
                return true;
            }

            var budgetLeft = _current.BudgetLeft;
            for (var k = depth; k < order.Length; k++)
            {
                var candidate = order[k];
                if (!_current.FitsBesidesBudget(candidate))
                {
                    continue;
                }

                var cost = problem.Cost[candidate];
                if (cost > budgetLeft)
                {
                    return ShareReaches(problem.Value[candidate], budgetLeft, cost, target - value);
                }

                value += problem.Value[candidate];
                budgetLeft -= cost;
                if (value >= target)
                {
                    return true;
                }
            }

            return false;
        }

        // Whether value × part / whole ≥ gap, cross-multiplied so that amounts of any realistic
        // precision compare exactly: a rounded quotient could fall a hair short and prune the branch
        // that holds the optimum. Numbers too large to multiply are not pruned, which costs time but
        // never the optimum.
        private static bool ShareReaches(decimal value, decimal part, decimal whole, decimal gap)
        {
            try
            {
                return value * part >= gap * whole;
            }
            catch (OverflowException)
            {
                return true;
            }
        }

        // Euclid's algorithm; decimal remainders are exact, and the values have at most 28 decimals,
        // so it ends, at worst at 10^-28.
        private static decimal GreatestCommonDivisor(decimal a, decimal b)
        {
            while (b != 0)
            {
                (a, b) = (b, a % b);
            }

            return a;
        }
    }
}
