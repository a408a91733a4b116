using System.Diagnostics;
using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Planning;

namespace AsnCompetency.Domain.UnitTests.Planning;

/// <summary>
/// The plan optimiser: the best total value within the budget, each employee's JP, each
/// programme's capacity and one programme per employee and competency, checked against a brute
/// force over all subsets; a greedy answer above <see cref="PlanOptimizer.ExactCandidateLimit"/>
/// candidates; a reason for every candidate left out.
/// </summary>
public sealed class PlanOptimizerTests
{
    private const decimal Rp = 250_000m;

    private static Guid Employee(int n) => Id(1, n);

    private static Guid Competency(int n) => Id(2, n);

    private static Guid Program(int n) => Id(3, n);

    private static Guid Id(int kind, int n) => Guid.Parse($"0195a1c2-0000-7000-800{kind}-{n:D12}");

    private static PlanCandidate Candidate(int employee, int competency, int program, decimal cost, decimal value, int jp = 0) =>
        new(Employee(employee), Competency(competency), Program(program), cost, jp, value);

    private static PlanConstraints Limits(decimal budget, Dictionary<int, int>? jpByEmployee = null, Dictionary<int, int>? capacityByProgram = null) =>
        new(
            budget,
            (jpByEmployee ?? []).ToDictionary(e => Employee(e.Key), e => e.Value),
            (capacityByProgram ?? []).ToDictionary(p => Program(p.Key), p => p.Value));

    private static IEnumerable<TestCaseData> HandMadeCases()
    {
        // By value per rupiah the 7 goes first and leaves no room for the two 5s.
        yield return new TestCaseData(
            new[] { Candidate(1, 1, 1, 6, 7), Candidate(2, 1, 1, 5, 5), Candidate(3, 1, 1, 5, 5) },
            Limits(10),
            10m).SetName("Optimize_DensityTrap_MatchesBruteForce");

        // The cheaper programme for employee 1's competency 1 is denser, but the dearer one with competency 2 is worth more.
        yield return new TestCaseData(
            new[] { Candidate(1, 1, 1, 3, 4), Candidate(1, 1, 2, 5, 6), Candidate(1, 2, 1, 4, 3) },
            Limits(9),
            9m).SetName("Optimize_AlternativeProgrammes_MatchesBruteForce");

        // Employee 1 has 40 JP: 24 + 16 fits, 24 + 24 does not; employee 2 is not listed, so has no limit.
        yield return new TestCaseData(
            new[] { Candidate(1, 1, 1, 100, 5, jp: 24), Candidate(1, 2, 2, 100, 4, jp: 24), Candidate(1, 3, 3, 100, 3, jp: 16), Candidate(2, 1, 1, 100, 1, jp: 500) },
            Limits(1000, jpByEmployee: new() { [1] = 40 }),
            9m).SetName("Optimize_PersonJpLimit_MatchesBruteForce");

        // Programme 1 takes two; employee 3 moves to programme 2, employee 4 has no alternative.
        yield return new TestCaseData(
            new[] { Candidate(1, 1, 1, 1, 5), Candidate(2, 1, 1, 1, 4), Candidate(3, 1, 1, 1, 3), Candidate(4, 1, 1, 1, 2), Candidate(3, 1, 2, 1, 2.5m) },
            Limits(100, capacityByProgram: new() { [1] = 2 }),
            11.5m).SetName("Optimize_ProgrammeCapacity_MatchesBruteForce");

        // Free candidates always fit the budget; those that close no gap never count.
        yield return new TestCaseData(
            new[] { Candidate(1, 1, 1, 0, 1.5m), Candidate(1, 2, 1, 0, 0), Candidate(2, 1, 2, 7, 8), Candidate(2, 2, 2, 4, 4), Candidate(3, 1, 3, 4, 4.5m), Candidate(3, 2, 3, 3, -1) },
            Limits(8, capacityByProgram: new() { [2] = 1 }),
            10m).SetName("Optimize_FreeAndWorthlessCandidates_MatchesBruteForce");

        // Everything binds at once: the best takes employee 1's cheaper alternative so that
        // programme 1's two places go to employees 2 and 3.
        yield return new TestCaseData(
            new[]
            {
                Candidate(1, 1, 1, 3, 6, jp: 20), Candidate(1, 1, 2, 2, 5, jp: 10), Candidate(1, 2, 2, 2, 3, jp: 20),
                Candidate(2, 1, 1, 4, 7, jp: 20), Candidate(2, 2, 3, 1, 1, jp: 5), Candidate(3, 1, 2, 3, 4, jp: 30),
                Candidate(3, 2, 1, 2, 4, jp: 10),
            },
            Limits(9, jpByEmployee: new() { [1] = 30, [3] = 30 }, capacityByProgram: new() { [1] = 2, [2] = 1 }),
            17m).SetName("Optimize_AllConstraintsBinding_MatchesBruteForce");
    }

    [TestCaseSource(nameof(HandMadeCases))]
    public void Optimize_HandMadeCase_MatchesBruteForce(PlanCandidate[] candidates, PlanConstraints constraints, decimal expected)
    {
        BruteForceOptimum(candidates, constraints).ShouldBe(expected, "the brute force itself");

        var selection = PlanOptimizer.Optimize(candidates, constraints);

        selection.Method.ShouldBe(OptimizationMethod.Exact);
        selection.TotalValue.ShouldBe(expected);
        selection.UpperBound.ShouldBe(expected);
        AssertConsistent(selection, candidates, constraints);
    }

    [Test]
    public void Optimize_RandomSmallInstances_MatchesBruteForceAndRespectsEveryConstraint()
    {
        var random = new Random(20261123);
        for (var instance = 0; instance < 200; instance++)
        {
            var (candidates, constraints) = RandomInstance(random, random.Next(8, 15));

            var selection = PlanOptimizer.Optimize(candidates, constraints);

            var context = $"instance {instance}";
            selection.Method.ShouldBe(OptimizationMethod.Exact, context);
            selection.TotalValue.ShouldBe(BruteForceOptimum(candidates, constraints), context);
            selection.UpperBound.ShouldBe(selection.TotalValue, context);
            AssertConsistent(selection, candidates, constraints);
            PlanOptimizer.Optimize(candidates, constraints).Chosen.ShouldBe(selection.Chosen, context + ": the same input gives the same selection");
        }
    }

    [Test]
    public void Optimize_RaisingTheBudget_NeverLowersTheValue()
    {
        var random = new Random(7);
        for (var instance = 0; instance < 10; instance++)
        {
            var (candidates, constraints) = RandomInstance(random, 14);
            var previous = 0m;
            for (var budget = 0m; budget <= candidates.Sum(c => c.Cost) + Rp; budget += Rp / 2)
            {
                var selection = PlanOptimizer.Optimize(candidates, constraints with { Budget = budget });

                selection.Method.ShouldBe(OptimizationMethod.Exact);
                selection.TotalValue.ShouldBeGreaterThanOrEqualTo(previous, $"instance {instance}, budget {budget}");
                selection.BudgetUsed.ShouldBeLessThanOrEqualTo(budget);
                previous = selection.TotalValue;
            }
        }
    }

    [Test]
    public void Optimize_RandomLargeInstances_GreedyIsFeasibleWithinItsBoundAndAtLeastTheBestSingleCandidate()
    {
        var random = new Random(424242);
        for (var instance = 0; instance < 30; instance++)
        {
            var (candidates, constraints) = RandomInstance(random, random.Next(60, 200), employees: 30, minBudgetPercent: 5);
            var bestSingle = candidates
                .Where(c => c.Value > 0 && c.Cost <= constraints.Budget && c.Jp <= AvailableJp(constraints, c) && Capacity(constraints, c) > 0)
                .Select(c => c.Value)
                .DefaultIfEmpty(0m)
                .Max();

            var selection = PlanOptimizer.Optimize(candidates, constraints);

            var context = $"instance {instance}";
            selection.Method.ShouldBe(OptimizationMethod.Greedy, context);
            selection.TotalValue.ShouldBeLessThanOrEqualTo(selection.UpperBound, context);
            selection.TotalValue.ShouldBeGreaterThanOrEqualTo(bestSingle, context);
            AssertConsistent(selection, candidates, constraints);
        }
    }

    [Test]
    public void Optimize_ManySmallCandidatesCrowdOutOneLarge_GreedyKeepsTheLargeOne()
    {
        // By value per rupiah the 41 small ones fill 41 of the 100 and leave no room for the large
        // one, which alone is worth more: the greedy compares with the best single candidate.
        var large = Candidate(99, 1, 2, 100, 100);
        var candidates = Enumerable.Range(1, PlanOptimizer.ExactCandidateLimit + 1).Select(e => Candidate(e, 1, 1, 1, 2)).Append(large).ToArray();

        var selection = PlanOptimizer.Optimize(candidates, Limits(100));

        selection.Method.ShouldBe(OptimizationMethod.Greedy);
        selection.Chosen.ShouldBe([large]);
        selection.TotalValue.ShouldBe(100m);
        selection.UpperBound.ShouldBe(82m + 59m);
        selection.LeftOut.ShouldAllBe(l => l.Reason == LeftOutReason.OverBudget);
    }

    [Test]
    public void Optimize_AtTheExactCandidateLimit_IsExactAndOneMoreIsGreedy()
    {
        var atLimit = Enumerable.Range(1, PlanOptimizer.ExactCandidateLimit).Select(e => Candidate(e, 1, 1, 10, 1 + (e % 7))).ToList();
        var worthless = Enumerable.Range(1, 5).Select(e => Candidate(e, 2, 1, 0, 0));

        PlanOptimizer.Optimize([.. atLimit, .. worthless], Limits(200)).Method.ShouldBe(OptimizationMethod.Exact, "candidates that close no gap do not count");
        PlanOptimizer.Optimize([.. atLimit, Candidate(99, 1, 1, 10, 1)], Limits(200)).Method.ShouldBe(OptimizationMethod.Greedy);
    }

    [Test]
    public void Optimize_SearchBeyondTheNodeLimit_FallsBackToGreedyWithinTheBound()
    {
        // n candidates costing n(n+1) + j (j = 1..n), each worth its cost, and a budget that any
        // (n-1)/2 of them fit and no more do, with room to spare: the fractional bound stays at the
        // budget, above the best, in branch after branch, and proving the optimum means visiting
        // most subsets of (n-1)/2 candidates.
        var n = PlanOptimizer.ExactCandidateLimit;
        var candidates = Enumerable.Range(1, n).Select(j => Candidate(j, 1, 1, (n * (n + 1)) + j, (n * (n + 1)) + j)).ToArray();
        var budget = (n * (n + 1) * ((n - 1) / 2)) + (n * (n - 1) / 2);
        var mostValuable = candidates.OrderByDescending(c => c.Value).Take((n - 1) / 2).Sum(c => c.Value);

        var watch = Stopwatch.StartNew();
        var selection = PlanOptimizer.Optimize(candidates, Limits(budget));
        watch.Stop();

        TestContext.Out.WriteLine($"{n} candidates, node limit {PlanOptimizer.ExactNodeLimit}: {watch.ElapsedMilliseconds} ms");
        selection.Method.ShouldBe(OptimizationMethod.Greedy);
        selection.UpperBound.ShouldBe(budget);
        selection.TotalValue.ShouldBe(mostValuable, "the optimum: the most valuable candidates that fit");
        AssertConsistent(selection, candidates, Limits(budget));
    }

    [Test]
    public void Optimize_SearchStoppedByTheNodeLimit_KeepsItsBestWhenBetterThanTheGreedy()
    {
        // Each candidate is worth its cost, every cost is even and the budget odd: no selection
        // spends it all, so the fractional bound keeps branches open until the node limit; by then
        // the search holds a fuller selection than filling by value gives.
        var candidates = Enumerable.Range(0, PlanOptimizer.ExactCandidateLimit)
            .Select(i => 2m * (1000 + (i * 7919 % 1000)))
            .Select((cost, i) => Candidate(i + 1, 1, 1, cost, cost))
            .ToArray();
        var budget = Math.Floor(candidates.Sum(c => c.Cost) / 2) + 1;
        budget += 1 - (budget % 2);
        var filledByValue = candidates.OrderByDescending(c => c.Value).Aggregate(0m, (total, c) => total + c.Cost <= budget ? total + c.Cost : total);

        var selection = PlanOptimizer.Optimize(candidates, Limits(budget));

        selection.Method.ShouldBe(OptimizationMethod.Greedy);
        selection.TotalValue.ShouldBeGreaterThan(filledByValue);
        selection.TotalValue.ShouldBeLessThan(budget);
        AssertConsistent(selection, candidates, Limits(budget));
    }

    [Test]
    public void Optimize_EqualCandidates_ChoosesTheFirstInInputOrder()
    {
        var candidates = new[] { Candidate(1, 1, 1, 5, 3), Candidate(2, 1, 1, 5, 3), Candidate(3, 1, 1, 5, 3) };

        var selection = PlanOptimizer.Optimize(candidates, Limits(10));

        selection.Chosen.ShouldBe([candidates[0], candidates[1]]);
    }

    [Test]
    public void Optimize_ChosenCandidates_KeepTheInputOrder()
    {
        var candidates = new[] { Candidate(1, 1, 1, 10, 1), Candidate(2, 1, 1, 1, 5), Candidate(3, 1, 1, 0, 2), Candidate(4, 1, 1, 4, 4) };

        var selection = PlanOptimizer.Optimize(candidates, Limits(100));

        selection.Chosen.ShouldBe(candidates);
        selection.BudgetUsed.ShouldBe(15m);
        selection.TotalValue.ShouldBe(12m);
    }

    [Test]
    public void Optimize_AnotherProgrammeForTheSameGapChosen_LeavesOutAsAlternativeChosen()
    {
        var better = Candidate(1, 1, 1, 100, 5);
        var alternative = Candidate(1, 1, 2, 50, 4);

        var selection = PlanOptimizer.Optimize([better, alternative], Limits(1000));

        selection.Chosen.ShouldBe([better]);
        selection.LeftOut.ShouldBe([new LeftOutCandidate(alternative, LeftOutReason.AlternativeChosen)]);
    }

    [Test]
    public void Optimize_EmployeeOutOfJp_LeavesOutAsPersonJpExhausted()
    {
        var first = Candidate(1, 1, 1, 100, 5, jp: 24);
        var second = Candidate(1, 2, 2, 100, 4, jp: 24);
        var tooLongAlone = Candidate(1, 3, 3, 1, 9, jp: 31);

        var selection = PlanOptimizer.Optimize([first, second, tooLongAlone], Limits(1000, jpByEmployee: new() { [1] = 30 }));

        selection.Chosen.ShouldBe([first]);
        selection.LeftOut.ShouldBe([
            new LeftOutCandidate(second, LeftOutReason.PersonJpExhausted),
            new LeftOutCandidate(tooLongAlone, LeftOutReason.PersonJpExhausted)]);
    }

    [Test]
    public void Optimize_ProgrammeFull_LeavesOutAsProgramFull()
    {
        var first = Candidate(1, 1, 1, 100, 5);
        var second = Candidate(2, 1, 1, 100, 4);
        var closed = Candidate(3, 1, 2, 1, 9);

        var selection = PlanOptimizer.Optimize([first, second, closed], Limits(1000, capacityByProgram: new() { [1] = 1, [2] = 0 }));

        selection.Chosen.ShouldBe([first]);
        selection.LeftOut.ShouldBe([new LeftOutCandidate(second, LeftOutReason.ProgramFull), new LeftOutCandidate(closed, LeftOutReason.ProgramFull)]);
    }

    [Test]
    public void Optimize_BudgetSpent_LeavesOutAsOverBudget()
    {
        var first = Candidate(1, 1, 1, 80, 5);
        var second = Candidate(2, 1, 1, 80, 4);
        var tooDearAlone = Candidate(3, 1, 1, 101, 50);

        var selection = PlanOptimizer.Optimize([first, second, tooDearAlone], Limits(100));

        selection.Chosen.ShouldBe([first]);
        selection.BudgetUsed.ShouldBe(80m);
        selection.LeftOut.ShouldBe([new LeftOutCandidate(second, LeftOutReason.OverBudget), new LeftOutCandidate(tooDearAlone, LeftOutReason.OverBudget)]);
    }

    [Test]
    public void Optimize_NoGapToClose_LeavesOutAsNoGapClosureEvenWhenItFits()
    {
        var zero = Candidate(1, 1, 1, 0, 0);
        var negative = Candidate(2, 1, 1, 0, -1);

        var selection = PlanOptimizer.Optimize([zero, negative], Limits(1000));

        selection.Chosen.ShouldBeEmpty();
        selection.TotalValue.ShouldBe(0m);
        selection.LeftOut.ShouldBe([new LeftOutCandidate(zero, LeftOutReason.NoGapClosure), new LeftOutCandidate(negative, LeftOutReason.NoGapClosure)]);
    }

    [Test]
    public void Optimize_SeveralReasonsApply_GivesTheFirst()
    {
        var chosen = Candidate(1, 1, 1, 10, 5, jp: 10);
        var blockedEverywhere = Candidate(1, 1, 1, 10, 4, jp: 10);

        var selection = PlanOptimizer.Optimize([chosen, blockedEverywhere], Limits(15, jpByEmployee: new() { [1] = 15 }, capacityByProgram: new() { [1] = 1 }));

        selection.LeftOut.ShouldBe([new LeftOutCandidate(blockedEverywhere, LeftOutReason.AlternativeChosen)]);
    }

    [Test]
    public void Optimize_ZeroBudget_ChoosesOnlyFreeCandidates()
    {
        var free = Candidate(1, 1, 1, 0, 2);
        var freeWithoutGap = Candidate(1, 2, 1, 0, 0);
        var paid = Candidate(2, 1, 1, 1, 9);

        var selection = PlanOptimizer.Optimize([free, freeWithoutGap, paid], Limits(0));

        selection.Method.ShouldBe(OptimizationMethod.Exact);
        selection.Chosen.ShouldBe([free]);
        selection.BudgetUsed.ShouldBe(0m);
        selection.TotalValue.ShouldBe(2m);
        selection.LeftOut.ShouldBe([new LeftOutCandidate(freeWithoutGap, LeftOutReason.NoGapClosure), new LeftOutCandidate(paid, LeftOutReason.OverBudget)]);
    }

    [Test]
    public void Optimize_NoCandidates_ChoosesNothing()
    {
        var selection = PlanOptimizer.Optimize([], Limits(1000));

        selection.Chosen.ShouldBeEmpty();
        selection.LeftOut.ShouldBeEmpty();
        selection.BudgetUsed.ShouldBe(0m);
        selection.TotalValue.ShouldBe(0m);
        selection.UpperBound.ShouldBe(0m);
        selection.Method.ShouldBe(OptimizationMethod.Exact);
    }

    [Test]
    public void Optimize_NegativeBudget_ThrowsForBudget()
    {
        var error = Should.Throw<DomainValidationException>(() => PlanOptimizer.Optimize([Candidate(1, 1, 1, 1, 1)], Limits(-1)));

        error.Field.ShouldBe("budget");
    }

    [Test]
    public void Optimize_NegativeCost_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => PlanOptimizer.Optimize([Candidate(1, 1, 1, -1, 1)], Limits(10)))
            .Message.ShouldContain("candidates[0]");

    [Test]
    public void Optimize_NegativeJp_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => PlanOptimizer.Optimize([Candidate(1, 1, 1, 1, 1), Candidate(2, 1, 1, 1, 1, jp: -8)], Limits(10)))
            .Message.ShouldContain("candidates[1]");

    [Test]
    public void Optimize_NegativeAvailableJp_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => PlanOptimizer.Optimize([Candidate(1, 1, 1, 1, 1)], Limits(10, jpByEmployee: new() { [2] = -1 })));

    [Test]
    public void Optimize_NegativeCapacity_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => PlanOptimizer.Optimize([Candidate(1, 1, 1, 1, 1)], Limits(10, capacityByProgram: new() { [1] = -1 })));

    /// <summary>
    /// By default 4 employees, 3 competencies and 4 programmes, so alternatives, shared programmes
    /// and shared JP are common; some candidates free, some worthless, some limits absent, some
    /// zero; a budget of up to 60% of the total cost.
    /// </summary>
    private static (PlanCandidate[] Candidates, PlanConstraints Constraints) RandomInstance(Random random, int count, int employees = 4, int minBudgetPercent = 0)
    {
        var candidates = Enumerable.Range(0, count)
            .Select(_ => Candidate(random.Next(1, employees + 1), random.Next(1, 4), random.Next(1, 5), random.Next(0, 11) * Rp, random.Next(-2, 40) / 4m, random.Next(0, 5) * 8))
            .ToArray();
        var totalCost = candidates.Sum(c => c.Cost);
        var budget = Math.Round(totalCost * random.Next(minBudgetPercent, 61) / 100 / Rp) * Rp;
        var jp = Enumerable.Range(1, employees).Where(_ => random.Next(10) < 6).ToDictionary(e => e, _ => random.Next(0, 60));
        var capacity = Enumerable.Range(1, 4).Where(_ => random.Next(10) < 5).ToDictionary(p => p, _ => random.Next(0, 4));
        return (candidates, Limits(budget, jp, capacity));
    }

    private static int AvailableJp(PlanConstraints constraints, PlanCandidate candidate) =>
        constraints.AvailableJpByEmployee.TryGetValue(candidate.EmployeeId, out var jp) ? jp : int.MaxValue;

    private static int Capacity(PlanConstraints constraints, PlanCandidate candidate) =>
        constraints.CapacityByProgram.TryGetValue(candidate.ProgramId, out var capacity) ? capacity : int.MaxValue;

    /// <summary>The best total value over every subset of the candidates that respects the four constraints.</summary>
    private static decimal BruteForceOptimum(IReadOnlyList<PlanCandidate> candidates, PlanConstraints constraints)
    {
        var best = 0m;
        var jpUsed = new Dictionary<Guid, long>();
        var placesUsed = new Dictionary<Guid, int>();
        var gapsTaken = new HashSet<(Guid, Guid)>();
        for (var subset = 0; subset < 1 << candidates.Count; subset++)
        {
            jpUsed.Clear();
            placesUsed.Clear();
            gapsTaken.Clear();
            var cost = 0m;
            var value = 0m;
            var feasible = true;
            for (var i = 0; i < candidates.Count && feasible; i++)
            {
                if ((subset & (1 << i)) == 0)
                {
                    continue;
                }

                var c = candidates[i];
                cost += c.Cost;
                value += c.Value;
                jpUsed[c.EmployeeId] = jpUsed.GetValueOrDefault(c.EmployeeId) + c.Jp;
                placesUsed[c.ProgramId] = placesUsed.GetValueOrDefault(c.ProgramId) + 1;
                feasible = c.Value > 0
                    && cost <= constraints.Budget
                    && jpUsed[c.EmployeeId] <= AvailableJp(constraints, c)
                    && placesUsed[c.ProgramId] <= Capacity(constraints, c)
                    && gapsTaken.Add((c.EmployeeId, c.CompetencyId));
            }

            if (feasible && value > best)
            {
                best = value;
            }
        }

        return best;
    }

    /// <summary>
    /// The selection respects every constraint, its totals add up, chosen and left out together
    /// are the input in order, and each left-out candidate carries the first reason that applies.
    /// </summary>
    private static void AssertConsistent(PlanSelection selection, IReadOnlyList<PlanCandidate> candidates, PlanConstraints constraints)
    {
        var chosen = selection.Chosen;
        chosen.Sum(c => c.Cost).ShouldBe(selection.BudgetUsed);
        chosen.Sum(c => c.Value).ShouldBe(selection.TotalValue);
        selection.BudgetUsed.ShouldBeLessThanOrEqualTo(constraints.Budget);
        chosen.ShouldAllBe(c => c.Value > 0);
        foreach (var employee in chosen.GroupBy(c => c.EmployeeId))
        {
            employee.Sum(c => (long)c.Jp).ShouldBeLessThanOrEqualTo(AvailableJp(constraints, employee.First()), $"JP of employee {employee.Key}");
        }

        foreach (var program in chosen.GroupBy(c => c.ProgramId))
        {
            program.Count().ShouldBeLessThanOrEqualTo(Capacity(constraints, program.First()), $"places of programme {program.Key}");
        }

        chosen.GroupBy(c => (c.EmployeeId, c.CompetencyId)).ShouldAllBe(gap => gap.Count() == 1);

        var leftOut = selection.LeftOut.Select(l => l.Candidate).ToList();
        var inputOrder = candidates.Select((c, i) => (c, i)).ToList();
        IndexesIn(chosen, inputOrder).ShouldBeInOrder(SortDirection.Ascending);
        IndexesIn(leftOut, inputOrder).ShouldBeInOrder(SortDirection.Ascending);
        IndexesIn(chosen, inputOrder).Concat(IndexesIn(leftOut, inputOrder)).Order().ShouldBe(Enumerable.Range(0, candidates.Count));

        foreach (var (candidate, reason) in selection.LeftOut)
        {
            FirstReason(candidate, chosen, constraints).ShouldBe(reason, $"{candidate}");
        }
    }

    private static List<int> IndexesIn(IEnumerable<PlanCandidate> subset, List<(PlanCandidate Candidate, int Index)> inputOrder) =>
        [.. subset.Select(c => inputOrder.First(x => ReferenceEquals(x.Candidate, c)).Index)];

    private static LeftOutReason? FirstReason(PlanCandidate candidate, IReadOnlyList<PlanCandidate> chosen, PlanConstraints constraints)
    {
        if (candidate.Value <= 0)
        {
            return LeftOutReason.NoGapClosure;
        }

        if (chosen.Any(c => c.EmployeeId == candidate.EmployeeId && c.CompetencyId == candidate.CompetencyId))
        {
            return LeftOutReason.AlternativeChosen;
        }

        if (chosen.Where(c => c.EmployeeId == candidate.EmployeeId).Sum(c => (long)c.Jp) + candidate.Jp > AvailableJp(constraints, candidate))
        {
            return LeftOutReason.PersonJpExhausted;
        }

        if (chosen.Count(c => c.ProgramId == candidate.ProgramId) >= Capacity(constraints, candidate))
        {
            return LeftOutReason.ProgramFull;
        }

        return chosen.Sum(c => c.Cost) + candidate.Cost > constraints.Budget ? LeftOutReason.OverBudget : null;
    }
}
