using System.Globalization;
using AsnCompetency.Domain.Common;

namespace AsnCompetency.Domain.Employees;

/// <summary>The kind of civil servant: PNS or PPPK.</summary>
public enum EmployeeType
{
    /// <summary>Pegawai Negeri Sipil: permanent civil servant, identified by an 18-digit NIP.</summary>
    Pns,

    /// <summary>Pegawai Pemerintah dengan Perjanjian Kerja: contract employee, identified by an NI PPPK.</summary>
    Pppk,
}

/// <summary>Gender, read from the NIP (digit 15).</summary>
public enum Gender
{
    Male,
    Female,
}

/// <summary>
/// A civil servant's identification number, stored as the 18-digit string it is (never a
/// number: leading zeros and length matter). Two layouts share the 18 digits:
/// <list type="bullet">
/// <item>NIP (PNS): birth date YYYYMMDD, CPNS appointment YYYYMM, gender 1/2, sequence 001–999,
/// e.g. 19860926 201505 1 001.</item>
/// <item>NI PPPK: birth date YYYYMMDD, appointment year YYYY, the PPPK marker digit (2 by
/// default), appointment frequency, gender 1/2, serial 001–999.</item>
/// </list>
/// The two cannot be confused: digit 13 of a NIP is the first digit of a month (0 or 1).
/// There is no check digit. Parsing accepts spaces, dots and dashes and names the failing part.
/// </summary>
public sealed record Nip
{
    public const int Length = 18;
    public const char DefaultPppkMarker = '2';

    private Nip(string value, EmployeeType employeeType, DateOnly birthDate, DateOnly appointedOn, Gender gender, int sequence, IReadOnlyList<string> warnings)
    {
        Value = value;
        EmployeeType = employeeType;
        BirthDate = birthDate;
        AppointedOn = appointedOn;
        Gender = gender;
        Sequence = sequence;
        Warnings = warnings;
    }

    /// <summary>The 18 digits without separators.</summary>
    public string Value { get; }

    /// <summary>PNS for a NIP, PPPK for an NI PPPK.</summary>
    public EmployeeType EmployeeType { get; }

    public DateOnly BirthDate { get; }

    /// <summary>Appointment (TMT): the first day of the CPNS month for a NIP, 1 January of the year for a PPPK number.</summary>
    public DateOnly AppointedOn { get; }

    public Gender Gender { get; }

    public int Sequence { get; }

    /// <summary>Plausibility concerns that do not make the number invalid (appointment before the 18th birthday).</summary>
    public IReadOnlyList<string> Warnings { get; }

    public override string ToString() => Value;

    /// <summary>Two NIPs are the same number whatever warnings their parsing produced.</summary>
    public bool Equals(Nip? other) => other is not null && other.Value == Value;

    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);

    /// <summary>The number grouped the way it is printed: 19860926 201505 1 001.</summary>
    public string Formatted => EmployeeType == EmployeeType.Pns
        ? $"{Value[..8]} {Value[8..14]} {Value[14]} {Value[15..]}"
        : $"{Value[..8]} {Value[8..12]} {Value[12]} {Value[13]} {Value[14]} {Value[15..]}";

    /// <summary>Parses a NIP or NI PPPK, or throws <see cref="DomainValidationException"/> naming the failing part.</summary>
    public static Nip Parse(string? input, string field = "nip", char pppkMarker = DefaultPppkMarker)
    {
        if (TryParse(input, out var nip, out var error, pppkMarker))
        {
            return nip;
        }

        throw new DomainValidationException(field, error);
    }

    public static bool TryParse(string? input, out Nip nip, out string error, char pppkMarker = DefaultPppkMarker)
    {
        nip = null!;
        error = Validate(input, pppkMarker, out var digits);
        if (error.Length > 0)
        {
            return false;
        }

        var birthDate = DateOnly.ParseExact(digits[..8], "yyyyMMdd", CultureInfo.InvariantCulture);
        var isPppk = digits[12] == pppkMarker;
        var appointedOn = isPppk
            ? new DateOnly(int.Parse(digits[8..12], CultureInfo.InvariantCulture), 1, 1)
            : new DateOnly(int.Parse(digits[8..12], CultureInfo.InvariantCulture), int.Parse(digits[12..14], CultureInfo.InvariantCulture), 1);
        var gender = digits[14] == '1' ? Gender.Male : Gender.Female;
        var warnings = new List<string>();
        if (appointedOn < birthDate.AddYears(18))
        {
            warnings.Add($"the appointment ({appointedOn:yyyy-MM}) is before the 18th birthday ({birthDate.AddYears(18):yyyy-MM-dd}); check the number.");
        }

        nip = new Nip(digits, isPppk ? EmployeeType.Pppk : EmployeeType.Pns, birthDate, appointedOn, gender, int.Parse(digits[15..], CultureInfo.InvariantCulture), warnings);
        return true;
    }

    /// <summary>Removes the separators people type (spaces, dots, dashes).</summary>
    public static string Normalise(string input) =>
        string.Concat(input.Where(c => !char.IsWhiteSpace(c) && c is not '.' and not '-'));

    private static string Validate(string? input, char pppkMarker, out string digits)
    {
        digits = "";
        if (string.IsNullOrWhiteSpace(input))
        {
            return "is required: 18 digits.";
        }

        digits = Normalise(input);
        var notDigit = digits.Select((c, i) => (c, i)).FirstOrDefault(x => !char.IsAsciiDigit(x.c));
        if (notDigit != default)
        {
            return $"may contain only digits (spaces are ignored); '{notDigit.c}' at position {notDigit.i + 1} is not a digit.";
        }

        if (digits.Length != Length)
        {
            return $"must have {Length} digits; {digits.Length} were given.";
        }

        var birth = digits[..8];
        if (DescribeDateError(birth) is { } birthError)
        {
            return $"digits 1–8 are the birth date (YYYYMMDD) and {birth} is not a date: {birthError}.";
        }

        var isPppk = digits[12] == pppkMarker;
        var year = int.Parse(digits[8..12], CultureInfo.InvariantCulture);
        if (year < 1900 || year > 2100)
        {
            return $"digits 9–12 are the appointment year and {year} is not a plausible year.";
        }

        if (!isPppk)
        {
            var month = int.Parse(digits[12..14], CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                return $"digits 9–14 are the appointment month (YYYYMM) and {month:00} is not a month.";
            }
        }

        if (digits[14] is not ('1' or '2'))
        {
            return $"digit 15 is the gender and must be 1 (male) or 2 (female); {digits[14]} was given.";
        }

        if (digits[15..] == "000")
        {
            return "digits 16–18 are the sequence number and must be 001 to 999; 000 was given.";
        }

        return "";
    }

    private static string? DescribeDateError(string yyyymmdd)
    {
        var year = int.Parse(yyyymmdd[..4], CultureInfo.InvariantCulture);
        var month = int.Parse(yyyymmdd[4..6], CultureInfo.InvariantCulture);
        var day = int.Parse(yyyymmdd[6..], CultureInfo.InvariantCulture);
        if (year < 1900 || year > 2100)
        {
            return $"{year} is not a plausible birth year";
        }

        if (month is < 1 or > 12)
        {
            return $"month {month:00} is not a month";
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return $"day {day:00} does not exist in {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year}";
        }

        return null;
    }
}
