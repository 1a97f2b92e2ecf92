using Approvals.Text;

namespace Approvals.UseCases.Calendar;

/// <summary>An edited or loaded calendar year was refused; <see cref="Errors"/> lists every problem in both languages.</summary>
public sealed class CalendarYearValidationException(int year, IReadOnlyList<LocalizedText> errors)
    : InvalidRefusal(Texts.Text(Texts.CalendarYearValidationException_ProblemS, errors.Count, string.Concat(errors.Select(e => e.ZhCn)), string.Join(" ", errors.Select(e => e.En))))
{
    public int Year { get; } = year;

    public IReadOnlyList<LocalizedText> Errors { get; } = errors;

    public override LocalizedText Title => Texts.Text(Texts.CalendarYearValidationException_CalendarForIsNotValid, Year);

    /// <summary>Every problem, in the culture's language.</summary>
    public override IReadOnlyDictionary<string, object?> Details(string? culture) =>
        new Dictionary<string, object?> { ["errors"] = Errors.Select(e => e.For(culture)).ToList() };
}
