using AsnCompetency.Domain.Employees;

namespace AsnCompetency.Application.Employees;

/// <summary>
/// The NI PPPK layout is only documented in secondary sources (DOMAIN.md §3), so its marker digit
/// is configuration (section "Employees"), not a constant.
/// </summary>
public sealed class EmployeeNumberOptions
{
    public const string Section = "Employees";

    /// <summary>Digit 13 of an NI PPPK; a PNS NIP has 0 or 1 there (the first digit of a month).</summary>
    public char PppkNumberMarker { get; set; } = Nip.DefaultPppkMarker;
}
