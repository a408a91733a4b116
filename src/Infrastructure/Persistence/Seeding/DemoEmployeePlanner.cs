using System.Globalization;
using AsnCompetency.Domain.Employees;
using AsnCompetency.Domain.Positions;

namespace AsnCompetency.Infrastructure.Persistence.Seeding;

/// <summary>One row of a demo agency's employee import file.</summary>
internal sealed record DemoEmployee(
    string Nip,
    string FullName,
    string FrontTitle,
    string BackTitle,
    EmployeeType EmployeeType,
    string Grade,
    string PositionCode,
    DateOnly PositionStartDate,
    string Email,
    string? Phone);

internal sealed record DemoAgencyPlan(DemoOrganisation Organisation, IReadOnlyList<DemoEmployee> Employees);

/// <summary>
/// Invents the demo employees: plausible names, titles, grades and valid NIPs (DOMAIN.md §3).
/// One seeded random sequence runs through all agencies in a fixed order, so every run produces
/// the same people with the same numbers, and no NIP repeats across agencies.
/// </summary>
internal sealed class DemoEmployeePlanner
{
    private const int Seed = 382017;

    /// <summary>Share of each agency's employees who are PPPK, all in posts a PPPK can hold.</summary>
    private const double PppkShare = 0.15;

    private const double PhoneShare = 0.7;
    private const int LatestIntake = 2024;
    private const int FirstPppkIntake = 2021;

    /// <summary>
    /// Dates are drawn relative to this fixed day rather than today, so the data does not change
    /// from one run to the next; positions started one to eight years before it.
    /// </summary>
    private static readonly DateOnly ReferenceDate = new(2026, 11, 1);

    private static readonly string[] MobilePrefixes = ["0811", "0812", "0813", "0821", "0822", "0852", "0853", "0857", "0877", "0878", "0895"];

    /// <summary>
    /// Birth years and grades that fit each position type (retirement at 58, 60 for JPT and Ahli
    /// Madya, 65 for Ahli Utama). No PPPK grade means PNS only: structural posts, and Ahli Utama.
    /// </summary>
    private static readonly Dictionary<PositionType, Career> Careers = new()
    {
        [PositionType.JptUtama] = new(1967, 1970, ["IV/d", "IV/e"], PppkGrade: null),
        [PositionType.JptMadya] = new(1967, 1972, ["IV/c", "IV/d"], PppkGrade: null),
        [PositionType.JptPratama] = new(1967, 1978, ["IV/b", "IV/c"], PppkGrade: null),
        [PositionType.Administrator] = new(1970, 1982, ["IV/a", "IV/b"], PppkGrade: null),
        [PositionType.Pengawas] = new(1972, 1986, ["III/d", "IV/a"], PppkGrade: null),
        [PositionType.Pelaksana] = new(1972, 2000, ["II/a", "II/b", "II/c", "II/d", "III/a", "III/b"], "V"),
        [PositionType.FungsionalAhliPertama] = new(1988, 2000, ["III/a", "III/b"], "IX"),
        [PositionType.FungsionalAhliMuda] = new(1978, 1990, ["III/c", "III/d"], "XI"),
        [PositionType.FungsionalAhliMadya] = new(1968, 1980, ["IV/a", "IV/b"], "XIII"),
        [PositionType.FungsionalAhliUtama] = new(1965, 1970, ["IV/d"], PppkGrade: null),
        [PositionType.FungsionalPemula] = new(1995, 2000, ["II/a"], "V"),
        [PositionType.FungsionalTerampil] = new(1982, 2000, ["II/b", "II/c", "II/d"], "VII"),
        [PositionType.FungsionalMahir] = new(1976, 1990, ["III/a", "III/b"], "VIII"),
        [PositionType.FungsionalPenyelia] = new(1970, 1982, ["III/c", "III/d"], "IX"),
    };

    private readonly Random _random = new(Seed);
    private readonly HashSet<string> _nips = [];

    public static IReadOnlyList<DemoAgencyPlan> Build()
    {
        var planner = new DemoEmployeePlanner();
        return [.. DemoOrganisationData.All().Select(o => new DemoAgencyPlan(o, planner.Plan(o)))];
    }

    private List<DemoEmployee> Plan(DemoOrganisation organisation)
    {
        // One slot per holder; a pinned employee takes the first slots of her position.
        var slots = organisation.Positions
            .SelectMany(p => Enumerable.Range(0, p.Holders).Select(i => new Slot(p, organisation.Pinned.Where(x => x.PositionCode == p.Code).ElementAtOrDefault(i))))
            .ToList();
        var pppk = ChoosePppk(slots);
        var names = organisation.Pinned.Select(p => p.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var emails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return [.. slots.Select((slot, i) => Person(organisation, slot, pppk.Contains(i), names, emails))];
    }

    /// <summary>
    /// A fixed share per agency rather than a coin flip per person, so the share stays right when
    /// the tables change. The pinned employees stay PNS so their records are predictable.
    /// </summary>
    private HashSet<int> ChoosePppk(List<Slot> slots)
    {
        var eligible = Enumerable.Range(0, slots.Count)
            .Where(i => slots[i].Pinned is null && Careers[slots[i].Position.Type].PppkGrade is not null)
            .ToList();
        var count = Math.Min(eligible.Count, (int)Math.Round(slots.Count * PppkShare));
        for (var i = 0; i < count; i++)
        {
            var j = _random.Next(i, eligible.Count);
            (eligible[i], eligible[j]) = (eligible[j], eligible[i]);
        }

        return [.. eligible.Take(count)];
    }

    private DemoEmployee Person(DemoOrganisation organisation, Slot slot, bool isPppk, HashSet<string> names, HashSet<string> emails)
    {
        var (position, pinned) = slot;
        var career = Careers[position.Type];
        var gender = pinned?.Gender ?? (_random.NextDouble() < position.Profession.FemaleShare ? Gender.Female : Gender.Male);
        var fullName = pinned?.FullName ?? UniqueName(organisation.Names, gender, names);
        var (front, back) = pinned is null ? Pick(position.Profession.Titles) : (pinned.FrontTitle, pinned.BackTitle);
        var birthDate = DateIn(new DateOnly(career.BornFrom, 1, 1), new DateOnly(career.BornTo, 12, 31));
        var (nip, appointedOn) = isPppk ? PppkNumber(birthDate, gender) : PnsNip(birthDate, gender);
        var grade = isPppk ? career.PppkGrade! : Pick(career.PnsGrades);
        var startDate = DateIn(Max(ReferenceDate.AddYears(-8), appointedOn), ReferenceDate.AddYears(-1));
        var phone = _random.NextDouble() < PhoneShare
            ? Pick(MobilePrefixes) + _random.Next(0, 100_000_000).ToString("00000000", CultureInfo.InvariantCulture)
            : null;

        return new DemoEmployee(
            nip,
            fullName,
            front,
            back,
            isPppk ? EmployeeType.Pppk : EmployeeType.Pns,
            grade,
            position.Code,
            startDate,
            UniqueEmail(fullName, organisation.EmailDomain, emails),
            phone);
    }

    /// <summary>NIP: birth date, CPNS appointment month between the ages of 21 and 30 (no later than the last intake), gender, sequence.</summary>
    private (string Nip, DateOnly AppointedOn) PnsNip(DateOnly birthDate, Gender gender)
    {
        var year = _random.Next(birthDate.Year + 21, Math.Min(birthDate.Year + 30, LatestIntake) + 1);
        var month = _random.Next(1, 13);
        var nip = WithUniqueSequence(string.Create(CultureInfo.InvariantCulture, $"{birthDate:yyyyMMdd}{year:0000}{month:00}{GenderDigit(gender)}"));
        return (Checked(nip, EmployeeType.Pns), new DateOnly(year, month, 1));
    }

    /// <summary>NI PPPK: birth date, appointment year (PPPK intakes began in 2021), marker, appointment frequency, gender, serial.</summary>
    private (string Nip, DateOnly AppointedOn) PppkNumber(DateOnly birthDate, Gender gender)
    {
        var year = _random.Next(Math.Max(FirstPppkIntake, birthDate.Year + 21), LatestIntake + 1);
        var frequency = _random.Next(1, 3);
        var nip = WithUniqueSequence(string.Create(
            CultureInfo.InvariantCulture, $"{birthDate:yyyyMMdd}{year:0000}{Nip.DefaultPppkMarker}{frequency}{GenderDigit(gender)}"));
        return (Checked(nip, EmployeeType.Pppk), new DateOnly(year, 1, 1));
    }

    private string WithUniqueSequence(string prefix)
    {
        while (true)
        {
            var nip = prefix + _random.Next(1, 1000).ToString("000", CultureInfo.InvariantCulture);
            if (_nips.Add(nip))
            {
                return nip;
            }
        }
    }

    /// <summary>A generated number the domain would reject or warn about is a bug in this planner, not in the data.</summary>
    private static string Checked(string number, EmployeeType expected)
    {
        var parsed = Nip.Parse(number);
        if (parsed.EmployeeType != expected || parsed.Warnings.Count > 0)
        {
            throw new InvalidOperationException($"The demo planner made an implausible {expected} number {number}: {string.Join(" ", parsed.Warnings)}");
        }

        return number;
    }

    private string UniqueName(DemoNamePool pool, Gender gender, HashSet<string> taken)
    {
        var (firstNames, lastNames) = gender == Gender.Female ? (pool.FemaleFirst, pool.FemaleLast) : (pool.MaleFirst, pool.MaleLast);
        const int attempts = 50;
        for (var attempt = 1; ; attempt++)
        {
            var name = $"{Pick(firstNames)} {Pick(lastNames)}";
            if (taken.Add(name) || attempt == attempts)
            {
                return name;
            }
        }
    }

    private static string UniqueEmail(string fullName, string domain, HashSet<string> taken)
    {
        var local = string.Join('.', fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => new string([.. word.Where(char.IsAsciiLetter)]).ToLowerInvariant()));
        var email = $"{local}@{domain}";
        for (var n = 2; !taken.Add(email); n++)
        {
            email = string.Create(CultureInfo.InvariantCulture, $"{local}{n}@{domain}");
        }

        return email;
    }

    private DateOnly DateIn(DateOnly from, DateOnly to) =>
        from.AddDays(_random.Next(0, Math.Max(0, to.DayNumber - from.DayNumber) + 1));

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static char GenderDigit(Gender gender) => gender == Gender.Male ? '1' : '2';

    private sealed record Career(int BornFrom, int BornTo, IReadOnlyList<string> PnsGrades, string? PppkGrade);

    private sealed record Slot(DemoPosition Position, DemoPinnedEmployee? Pinned);
}
