namespace Approvals.Infrastructure.Calendar;

/// <summary>Checks an edited or loaded calendar year and lists every problem at once.</summary>
public static class CalendarYearValidator
{
    public const int FirstYear = 1900;
    public const int LastYear = 2999;

    public static IReadOnlyList<string> Validate(CalendarYear calendar)
    {
        if (calendar.Year is < FirstYear or > LastYear)
            return [$"Year {calendar.Year} is not between {FirstYear} and {LastYear}."];

        var errors = new List<string>();
        ValidateHolidays(calendar, errors);
        ValidateAdjustedWorkingDays(calendar, errors);
        return errors;
    }

    public static void ThrowIfInvalid(CalendarYear calendar)
    {
        var errors = Validate(calendar);
        if (errors.Count > 0)
            throw new CalendarYearValidationException(calendar.Year, errors);
    }

    private static void ValidateHolidays(CalendarYear calendar, List<string> errors)
    {
        for (var i = 0; i < calendar.Holidays.Count; i++)
        {
            var holiday = calendar.Holidays[i];
            var label = string.IsNullOrWhiteSpace(holiday.Name) ? $"Holiday #{i + 1}" : $"Holiday '{holiday.Name}'";
            if (string.IsNullOrWhiteSpace(holiday.Name))
                errors.Add($"{label} has no name.");
            if (holiday.To < holiday.From)
                errors.Add($"{label} ends on {holiday.To:yyyy-MM-dd}, before it starts on {holiday.From:yyyy-MM-dd}.");
            if (holiday.From.Year != calendar.Year || holiday.To.Year != calendar.Year)
                errors.Add($"{label} ({holiday.From:yyyy-MM-dd}..{holiday.To:yyyy-MM-dd}) is not inside {calendar.Year}.");
        }
    }

    private static void ValidateAdjustedWorkingDays(CalendarYear calendar, List<string> errors)
    {
        foreach (var group in calendar.AdjustedWorkingDays.GroupBy(day => day))
        {
            var day = group.Key;
            if (group.Count() > 1)
                errors.Add($"Adjusted working day {day:yyyy-MM-dd} is listed {group.Count()} times.");
            if (day.Year != calendar.Year)
                errors.Add($"Adjusted working day {day:yyyy-MM-dd} is not inside {calendar.Year}.");
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                errors.Add($"Adjusted working day {day:yyyy-MM-dd} is a {day.DayOfWeek}; only a Saturday or Sunday can be made a working day.");
            var holiday = calendar.Holidays.FirstOrDefault(h => h.Contains(day));
            if (holiday is not null)
                errors.Add($"{day:yyyy-MM-dd} is both a holiday ('{holiday.Name}') and an adjusted working day.");
        }
    }
}
