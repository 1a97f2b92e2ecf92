using Approvals.Text;

namespace Approvals.UseCases.Statistics;

/// <summary>The days a report covers, both included, as days in Shanghai; at most <see cref="MaxMonths"/> months long.</summary>
public sealed record StatisticsPeriod(DateOnly From, DateOnly To)
{
    public const int MaxMonths = 24;

    /// <summary>The first instant of the period.</summary>
    public DateTimeOffset Start => Instant(From);

    /// <summary>The first instant after the period.</summary>
    public DateTimeOffset End => Instant(To.AddDays(1));

    /// <summary>The first day of every calendar month the period touches, in order.</summary>
    public IReadOnlyList<DateOnly> Months
    {
        get
        {
            var months = new List<DateOnly>();
            for (var month = new DateOnly(From.Year, From.Month, 1); month <= To; month = month.AddMonths(1))
                months.Add(month);
            return months;
        }
    }

    /// <summary>A period from what a request named; every problem is listed.</summary>
    /// <exception cref="InvalidFieldsRefusal">a day is missing or not a date, the end is before the start, or the period is too long.</exception>
    public static StatisticsPeriod Parse(string? from, string? to)
    {
        var errors = new Dictionary<string, IReadOnlyList<LocalizedText>>();
        var start = Day(from, "from", errors);
        var end = Day(to, "to", errors);
        if (start is { } s && end is { } e)
        {
            if (e < s)
                errors["to"] = [Texts.Text(Texts.Statistics_PeriodEndsBeforeItStarts)];
            else if (s.AddMonths(MaxMonths) <= e)
                errors["to"] = [Texts.Text(Texts.Statistics_PeriodTooLong, MaxMonths)];
        }
        if (errors.Count > 0)
            throw new InvalidFieldsRefusal(errors);
        return new StatisticsPeriod(start!.Value, end!.Value);
    }

    /// <summary>The calendar month before the one <paramref name="today"/> lies in (the monthly report's period).</summary>
    public static StatisticsPeriod MonthBefore(DateOnly today)
    {
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return new StatisticsPeriod(first, first.AddMonths(1).AddDays(-1));
    }

    private static DateOnly? Day(string? text, string field, Dictionary<string, IReadOnlyList<LocalizedText>> errors)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
            return day;
        errors[field] = [Texts.Text(Texts.Statistics_DayIsRequired)];
        return null;
    }

    private static DateTimeOffset Instant(DateOnly day) =>
        new(day.ToDateTime(TimeOnly.MinValue), ReadableDates.ShanghaiOffset);
}
