namespace AsnCompetency.Application.Common.Models;

/// <summary>The first and last day of a calendar year, the span that "in year N" filters use.</summary>
public readonly record struct CalendarYear(DateOnly First, DateOnly Last)
{
    public static CalendarYear Of(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
}
