using Approvals.Core.Findings;

namespace Approvals.Infrastructure.Calendar;

/// <summary>An edited or loaded calendar year was refused; <see cref="Errors"/> lists every problem in both languages.</summary>
public sealed class CalendarYearValidationException(int year, IReadOnlyList<LocalizedMessage> errors)
    : Exception($"The calendar for {year} is invalid: {string.Join(" ", errors.Select(e => e.En))}")
{
    public int Year { get; } = year;

    public IReadOnlyList<LocalizedMessage> Errors { get; } = errors;
}
