using Approvals.Text;

namespace Approvals.Infrastructure.Calendar;

/// <summary>
/// Checks an edited or loaded calendar year and lists every problem at once, each said in Chinese and English:
/// the administrator reads them on the calendar page in the UI's language.
/// </summary>
public static class CalendarYearValidator
{
    public const int FirstYear = 1900;
    public const int LastYear = 2999;

    public static IReadOnlyList<LocalizedText> Validate(CalendarYear calendar)
    {
        if (calendar.Year is < FirstYear or > LastYear)
            return [new($"年份 {calendar.Year} 不在 {FirstYear} 到 {LastYear} 之间。", $"Year {calendar.Year} is not between {FirstYear} and {LastYear}.")];

        var errors = new List<LocalizedText>();
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

    private static void ValidateHolidays(CalendarYear calendar, List<LocalizedText> errors)
    {
        for (var i = 0; i < calendar.Holidays.Count; i++)
        {
            var holiday = calendar.Holidays[i];
            var unnamed = string.IsNullOrWhiteSpace(holiday.Name);
            var zh = unnamed ? $"第 {i + 1} 个节假日" : $"节假日“{holiday.Name}”";
            var en = unnamed ? $"Holiday #{i + 1}" : $"Holiday '{holiday.Name}'";
            if (unnamed)
                errors.Add(new($"{zh}没有名称。", $"{en} has no name."));
            if (holiday.To < holiday.From)
            {
                errors.Add(new(
                    $"{zh}的结束日期 {holiday.To:yyyy-MM-dd} 早于开始日期 {holiday.From:yyyy-MM-dd}。",
                    $"{en} ends on {holiday.To:yyyy-MM-dd}, before it starts on {holiday.From:yyyy-MM-dd}."));
            }
            if (holiday.From.Year != calendar.Year || holiday.To.Year != calendar.Year)
            {
                errors.Add(new(
                    $"{zh}（{holiday.From:yyyy-MM-dd}..{holiday.To:yyyy-MM-dd}）不在 {calendar.Year} 年内。",
                    $"{en} ({holiday.From:yyyy-MM-dd}..{holiday.To:yyyy-MM-dd}) is not inside {calendar.Year}."));
            }
        }
    }

    private static void ValidateAdjustedWorkingDays(CalendarYear calendar, List<LocalizedText> errors)
    {
        foreach (var group in calendar.AdjustedWorkingDays.GroupBy(day => day))
        {
            var day = group.Key;
            if (group.Count() > 1)
                errors.Add(new($"调休上班日 {day:yyyy-MM-dd} 列出了 {group.Count()} 次。", $"Adjusted working day {day:yyyy-MM-dd} is listed {group.Count()} times."));
            if (day.Year != calendar.Year)
                errors.Add(new($"调休上班日 {day:yyyy-MM-dd} 不在 {calendar.Year} 年内。", $"Adjusted working day {day:yyyy-MM-dd} is not inside {calendar.Year}."));
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                errors.Add(new(
                    $"调休上班日 {day:yyyy-MM-dd} 是{ChineseWeekday(day)}；只有星期六或星期日可以调为上班日。",
                    $"Adjusted working day {day:yyyy-MM-dd} is a {day.DayOfWeek}; only a Saturday or Sunday can be made a working day."));
            }
            var holiday = calendar.Holidays.FirstOrDefault(h => h.Contains(day));
            if (holiday is not null)
            {
                errors.Add(new(
                    $"{day:yyyy-MM-dd} 既是节假日（“{holiday.Name}”）又是调休上班日。",
                    $"{day:yyyy-MM-dd} is both a holiday ('{holiday.Name}') and an adjusted working day."));
            }
        }
    }

    private static string ChineseWeekday(DateOnly day) => "星期" + "日一二三四五六"[(int)day.DayOfWeek];
}
