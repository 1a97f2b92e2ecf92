using Approvals.Text;

namespace Approvals.Infrastructure.Calendar;

/// <summary>An edited or loaded calendar year was refused; <see cref="Errors"/> lists every problem in both languages.</summary>
public sealed class CalendarYearValidationException(int year, IReadOnlyList<LocalizedText> errors)
    : InvalidRefusal(new($"共 {errors.Count} 个问题：{string.Concat(errors.Select(e => e.ZhCn))}", $"{errors.Count} problem(s): {string.Join(" ", errors.Select(e => e.En))}"))
{
    public int Year { get; } = year;

    public IReadOnlyList<LocalizedText> Errors { get; } = errors;

    public override LocalizedText Title => new($"{Year} 年的日历有误", $"The calendar for {Year} is not valid");

    /// <summary>Every problem, in the culture's language.</summary>
    public override IReadOnlyDictionary<string, object?> Details(string? culture) =>
        new Dictionary<string, object?> { ["errors"] = Errors.Select(e => e.For(culture)).ToList() };
}
