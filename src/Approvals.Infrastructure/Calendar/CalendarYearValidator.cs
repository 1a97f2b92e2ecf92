using Approvals.Text;
using Approvals.UseCases.Calendar;

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
            return [Texts.Text(Texts.CalendarYearValidator_YearIsNotBetweenAnd, calendar.Year, FirstYear, LastYear)];

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
            var who = unnamed
                ? Texts.Text(Texts.CalendarYearValidator_HolidayNumber, i + 1)
                : Texts.Text(Texts.CalendarYearValidator_HolidayNamed, holiday.Name);
            var (zh, en) = (who.ZhCn, who.En);
            if (unnamed)
                errors.Add(Texts.Text(Texts.CalendarYearValidator_HasNoName, zh, en));
            if (holiday.To < holiday.From)
            {
                errors.Add(Texts.Text(Texts.CalendarYearValidator_EndsOnBeforeItStartsOn, zh, holiday.To, holiday.From, en));
            }
            if (holiday.From.Year != calendar.Year || holiday.To.Year != calendar.Year)
            {
                errors.Add(Texts.Text(Texts.CalendarYearValidator_IsNotInside, zh, holiday.From, holiday.To, calendar.Year, en));
            }
        }
    }

    private static void ValidateAdjustedWorkingDays(CalendarYear calendar, List<LocalizedText> errors)
    {
        foreach (var group in calendar.AdjustedWorkingDays.GroupBy(day => day))
        {
            var day = group.Key;
            if (group.Count() > 1)
                errors.Add(Texts.Text(Texts.CalendarYearValidator_AdjustedWorkingDayIsListedTimes, day, group.Count()));
            if (day.Year != calendar.Year)
                errors.Add(Texts.Text(Texts.CalendarYearValidator_AdjustedWorkingDayIsNotInside, day, calendar.Year));
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                errors.Add(Texts.Text(Texts.CalendarYearValidator_AdjustedWorkingDayIsOnlySaturday, day, ChineseWeekday(day), day.DayOfWeek));
            }
            var holiday = calendar.Holidays.FirstOrDefault(h => h.Contains(day));
            if (holiday is not null)
            {
                errors.Add(Texts.Text(Texts.CalendarYearValidator_IsBothHolidayAndAdjustedWorking, day, holiday.Name));
            }
        }
    }

    private static string ChineseWeekday(DateOnly day) => Texts.Text(Texts.CalendarYearValidator_Weekdays).ZhCn.Split(',')[(int)day.DayOfWeek];
}
