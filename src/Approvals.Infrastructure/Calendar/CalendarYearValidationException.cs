namespace Approvals.Infrastructure.Calendar;

/// <summary>An edited or loaded calendar year was refused; <see cref="Errors"/> lists every problem.</summary>
public sealed class CalendarYearValidationException(int year, IReadOnlyList<string> errors)
    : Exception($"The calendar for {year} is invalid: {string.Join(" ", errors)}")
{
    public int Year { get; } = year;

    public IReadOnlyList<string> Errors { get; } = errors;
}
