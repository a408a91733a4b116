using System.Text.Json;
using static AsnCompetency.Api.IntegrationTests.OrganisationBuilder;

namespace AsnCompetency.Api.IntegrationTests.DevelopmentPlans;

/// <summary>A person of the scenario: PNS or PPPK, with a current level per competency of the standard.</summary>
public sealed record ModelPerson(string Key, bool Pppk, IReadOnlyDictionary<string, int> Levels);

/// <summary>A programme of the scenario; <see cref="National"/> false means LAMSEL's own.</summary>
public sealed record ModelProgram(string Code, int Jp, decimal Cost, int? Capacity, bool National, IReadOnlyDictionary<string, int> Targets);

/// <summary>One (person, competency, programme) the plan could contain, with its cost, JP and weighted gap closure.</summary>
public sealed record ModelCandidate(string Person, string Competency, string Program, decimal Cost, int Jp, decimal Value)
{
    public (string Person, string Competency, string Program) Key => (Person, Competency, Program);
}

/// <summary>What hand-made items already take: budget, each person's JP, each programme's places, and the (person, competency) pairs they plan.</summary>
public sealed record ModelTaken(decimal Cost, IReadOnlyDictionary<string, int> Jp, IReadOnlyDictionary<string, int> Places, IReadOnlySet<(string Person, string Competency)> Pairs)
{
    public static readonly ModelTaken Nothing = new(0m, new Dictionary<string, int>(), new Dictionary<string, int>(), new HashSet<(string, string)>());
}

/// <summary>
/// Five LAMSEL staff with gaps in one position's standard, three national programmes, one of
/// LAMSEL's own and one of KUPANG-ALAK's (never a candidate for LAMSEL), built through the API;
/// and the same facts as a model from which a test computes, independently of the product, the
/// candidates and, by brute force over every subset, the best gap closure a budget allows.
/// </summary>
public sealed class GenerationScenario
{
    public const int MaxJpPns = 40;
    public const int MaxJpPppk = 24;

    /// <summary>The position's SKJ: required level and weight.</summary>
    public static readonly IReadOnlyDictionary<string, (int Required, decimal Weight)> Standard = new Dictionary<string, (int, decimal)>
    {
        ["M.01"] = (4, 3m),
        ["M.02"] = (3, 2m),
        ["SK.01"] = (3, 1m),
    };

    public static readonly IReadOnlyList<ModelPerson> People =
    [
        new("P1", Pppk: false, Levels(m01: 2, m02: 2, sk01: 2)),
        new("P2", Pppk: false, Levels(m01: 3, m02: 3, sk01: 1)),
        new("P3", Pppk: false, Levels(m01: 1, m02: 1, sk01: 3)),
        new("P4", Pppk: true, Levels(m01: 4, m02: 1, sk01: 2)),
        new("P5", Pppk: false, Levels(m01: 4, m02: 1, sk01: 2)),
    ];

    public static readonly IReadOnlyList<ModelProgram> Programs =
    [
        new("M01-LANJUT", Jp: 24, Cost: 6_000_000m, Capacity: null, National: true, new Dictionary<string, int> { ["M.01"] = 4 }),
        new("M01-DASAR", Jp: 12, Cost: 2_500_000m, Capacity: null, National: true, new Dictionary<string, int> { ["M.01"] = 3 }),

        // Targets a level above the standard's: only the gap up to the required level counts.
        new("M02-30JP", Jp: 30, Cost: 4_000_000m, Capacity: null, National: true, new Dictionary<string, int> { ["M.02"] = 4 }),
        new("SK01-SATU", Jp: 16, Cost: 1_500_000m, Capacity: 1, National: false, new Dictionary<string, int> { ["SK.01"] = 3 }),
    ];

    /// <summary>KUPANG-ALAK's cheap M.02 programme: LAMSEL's generation must never use it.</summary>
    public const string OtherAgencyProgram = "ALAK-M02";

    private readonly Dictionary<Guid, string> _people;
    private readonly Dictionary<Guid, string> _competencies;
    private readonly Dictionary<Guid, string> _programs;

    private GenerationScenario(
        Guid agencyId, Guid unitId, IReadOnlyDictionary<string, Guid> employees, IReadOnlyDictionary<string, Guid> competencies, IReadOnlyDictionary<string, Guid> programs)
    {
        AgencyId = agencyId;
        UnitId = unitId;
        Employees = employees;
        Competencies = competencies;
        ProgramIds = programs;
        _people = employees.ToDictionary(e => e.Value, e => e.Key);
        _competencies = competencies.ToDictionary(c => c.Value, c => c.Key);
        _programs = programs.ToDictionary(p => p.Value, p => p.Key);
    }

    public Guid AgencyId { get; }

    public Guid UnitId { get; }

    public IReadOnlyDictionary<string, Guid> Employees { get; }

    public IReadOnlyDictionary<string, Guid> Competencies { get; }

    public IReadOnlyDictionary<string, Guid> ProgramIds { get; }

    /// <summary>Builds the scenario in LAMSEL as admin.kalianda.</summary>
    public static async Task<GenerationScenario> BuildAsync(HttpClient admin)
    {
        var agencyId = await admin.AgencyIdAsync();
        var unitId = (await admin.CreateUnitAsync(agencyId, "DINKES")).Id();
        var positionId = (await admin.CreatePositionAsync(unitId, "DINKES-STAF", proposeStandard: false)).Id();
        var (_, national) = await admin.NationalStandardAsync();
        var competencies = Standard.Keys.ToDictionary(code => code, code => national[code]);
        await admin.PutStandardAsync(positionId, [.. Standard.Select(s => (competencies[s.Key], s.Value.Required, s.Value.Weight))]);

        var employees = new Dictionary<string, Guid>();
        for (var i = 0; i < People.Count; i++)
        {
            var person = People[i];
            var nip = person.Pppk ? Nips.Pppk(100 + i) : Nips.Pns(100 + i);
            employees[person.Key] = (await admin.CreateEmployeeAsync(nip, $"Pegawai {person.Key}", positionId, positionStartDate: PlanRequests.PositionStartDate)).Id();
        }

        await admin.AssessAsync(People.SelectMany(p => p.Levels.Select(l => (employees[p.Key], competencies[l.Key], l.Value))));

        var programs = new Dictionary<string, Guid>();
        foreach (var program in Programs)
        {
            programs[program.Code] = await PlanRequests.CreateProgramAsync(
                program.Code, program.Jp, program.Cost, program.Capacity, program.National ? null : agencyId, [.. program.Targets.Select(t => (competencies[t.Key], t.Value))]);
        }

        programs[OtherAgencyProgram] = await PlanRequests.CreateProgramAsync(
            OtherAgencyProgram, 8, 100_000m, null, await AgencyIdAsync("KUPANG-ALAK"), (competencies["M.02"], 3));
        (await TestRun.Environment.ScalarAsync<long>("select count(*) from training_programs"))
            .ShouldBe(Programs.Count + 1, "the model knows only the scenario's programmes; demo programmes must not be seeded");
        return new GenerationScenario(agencyId, unitId, employees, competencies, programs);
    }

    /// <summary>
    /// The candidates by the rule: a competency of the standard where the person is below the
    /// required level, and a programme open to LAMSEL whose target is above their current level;
    /// worth weight × (min(target, required) − current). Pairs already planned by hand are skipped.
    /// </summary>
    public static IReadOnlyList<ModelCandidate> Candidates(ModelTaken taken) =>
    [
        .. from person in People
           from level in person.Levels
           let standard = Standard[level.Key]
           where level.Value < standard.Required && !taken.Pairs.Contains((person.Key, level.Key))
           from program in Programs
           where program.Targets.ContainsKey(level.Key) && program.Targets[level.Key] > level.Value
           let value = standard.Weight * (Math.Min(program.Targets[level.Key], standard.Required) - level.Value)
           select new ModelCandidate(person.Key, level.Key, program.Code, program.Cost, program.Jp, value),
    ];

    public static int JpLimit(string person) => People.Single(p => p.Key == person).Pppk ? MaxJpPppk : MaxJpPns;

    /// <summary>Whether a selection keeps one programme per person and competency, each person's JP and each programme's places (budget aside).</summary>
    public static bool FitsBesidesBudget(IReadOnlyCollection<ModelCandidate> chosen, ModelTaken taken) =>
        chosen.GroupBy(c => (c.Person, c.Competency)).All(g => g.Count() == 1)
        && chosen.GroupBy(c => c.Person).All(g => g.Sum(c => c.Jp) + taken.Jp.GetValueOrDefault(g.Key) <= JpLimit(g.Key))
        && chosen.GroupBy(c => c.Program).All(g =>
            Programs.Single(p => p.Code == g.Key).Capacity is not { } capacity || g.Count() + taken.Places.GetValueOrDefault(g.Key) <= capacity);

    /// <summary>
    /// Every selection that fits besides the budget, as (cost, value), by enumerating all 2^n
    /// subsets; the best closure a budget allows is then the best value among those that cost no more.
    /// </summary>
    public static IReadOnlyList<(decimal Cost, decimal Value)> FeasibleSelections(IReadOnlyList<ModelCandidate> candidates, ModelTaken taken)
    {
        candidates.Count.ShouldBeLessThanOrEqualTo(20, "the brute force enumerates every subset");
        var selections = new List<(decimal, decimal)>();
        for (var mask = 0; mask < 1 << candidates.Count; mask++)
        {
            var chosen = candidates.Where((_, i) => (mask & (1 << i)) != 0).ToList();
            if (FitsBesidesBudget(chosen, taken))
            {
                selections.Add((chosen.Sum(c => c.Cost), chosen.Sum(c => c.Value)));
            }
        }

        return selections;
    }

    public static decimal BestClosure(IReadOnlyList<(decimal Cost, decimal Value)> selections, decimal budget) =>
        selections.Where(s => s.Cost <= budget).Max(s => s.Value);

    /// <summary>A plan item (generated) as a candidate of the model.</summary>
    public ModelCandidate ToModel(JsonElement item) => new(
        _people[item.GetProperty("employee").Id()],
        item.GetProperty("competency").GetProperty("code").GetString()!,
        item.GetProperty("program").GetProperty("code").GetString()!,
        item.GetProperty("plannedCost").GetDecimal(),
        item.GetProperty("plannedJp").GetInt32(),
        item.GetProperty("expectedGapClosure").GetDecimal());

    /// <summary>A left-out entry of the generation report as a candidate of the model.</summary>
    public ModelCandidate LeftOutToModel(JsonElement leftOut) => new(
        _people[leftOut.GetProperty("employeeId").GetGuid()],
        _competencies[leftOut.GetProperty("competencyId").GetGuid()],
        _programs[leftOut.GetProperty("programId").GetGuid()],
        leftOut.GetProperty("cost").GetDecimal(),
        leftOut.GetProperty("jp").GetInt32(),
        leftOut.GetProperty("gapClosure").GetDecimal());

    private static Dictionary<string, int> Levels(int m01, int m02, int sk01) => new() { ["M.01"] = m01, ["M.02"] = m02, ["SK.01"] = sk01 };
}
