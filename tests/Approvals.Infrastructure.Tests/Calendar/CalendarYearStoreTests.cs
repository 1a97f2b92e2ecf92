using System.Text.Json;
using Approvals.Infrastructure.Calendar;
using Approvals.UseCases.Calendar;
using Microsoft.Extensions.Logging.Abstractions;

namespace Approvals.Infrastructure.Tests.Calendar;

public sealed class CalendarYearStoreTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Every_calendar_file_in_the_folder_is_loaded_at_start()
    {
        _folder.CopyReferenceCalendar(2026);

        var store = NewStore();

        var year = Assert.Single(store.Years);
        Assert.Equal(2026, year.Year);
        Assert.Contains(year.Holidays, holiday => holiday.Name.StartsWith("春节", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_saved_year_is_used_at_once_and_read_back_from_its_file()
    {
        var store = NewStore();
        var days = TestCalendar.Days(store);
        Assert.True(days.IsWorkingDay(new DateOnly(2027, 1, 1)));

        await store.SaveYearAsync(Year2027());

        Assert.False(days.IsWorkingDay(new DateOnly(2027, 1, 1)));
        Assert.True(days.IsWorkingDay(new DateOnly(2027, 2, 20)));
        var reread = NewStore().Find(2027);
        Assert.NotNull(reread);
        Assert.Equal("Edited by an administrator", reread.Source);
        Assert.Equal(Year2027().Holidays.OrderBy(holiday => holiday.From), reread.Holidays);
        Assert.Equal(Year2027().AdjustedWorkingDays, reread.AdjustedWorkingDays);
    }

    [Fact]
    public async Task A_saved_year_is_written_in_the_shape_of_the_reference_file_with_holidays_in_date_order()
    {
        await NewStore().SaveYearAsync(Year2027());

        var text = await File.ReadAllTextAsync(Path.Combine(_folder.Path, "calendar-cn-2027.json"));
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        Assert.Equal(2027, root.GetProperty("year").GetInt32());
        Assert.Equal(["year", "source", "holidays", "adjustedWorkingDays"], root.EnumerateObject().Select(property => property.Name));
        Assert.Equal(["name", "from", "to"], root.GetProperty("holidays")[0].EnumerateObject().Select(property => property.Name));
        Assert.Equal("2027-01-01", root.GetProperty("holidays")[0].GetProperty("from").GetString());
        Assert.Equal("2027-02-06", root.GetProperty("holidays")[1].GetProperty("from").GetString());
        Assert.Equal("2027-02-20", root.GetProperty("adjustedWorkingDays")[0].GetString());
        Assert.Contains("春节 Spring Festival", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_the_reference_year_unchanged_reads_back_the_same_days()
    {
        _folder.CopyReferenceCalendar(2026);
        var store = NewStore();
        var original = store.Find(2026)!;

        await store.SaveYearAsync(original);

        var reread = NewStore().Find(2026)!;
        Assert.Equal(original.Holidays, reread.Holidays);
        Assert.Equal(original.AdjustedWorkingDays, reread.AdjustedWorkingDays);
    }

    [Fact]
    public async Task A_year_with_a_day_both_off_and_working_is_refused_with_every_problem_listed()
    {
        var store = NewStore();
        var invalid = Year2027() with
        {
            Holidays = [new CalendarHoliday("春节 Spring Festival", new DateOnly(2027, 2, 6), new DateOnly(2027, 2, 14))],
            AdjustedWorkingDays = [new DateOnly(2027, 2, 13), new DateOnly(2028, 1, 8)],
        };

        var error = await Assert.ThrowsAsync<CalendarYearValidationException>(() => store.SaveYearAsync(invalid));

        Assert.Equal(
            [
                "2027-02-13 is both a holiday ('春节 Spring Festival') and an adjusted working day.",
                "Adjusted working day 2028-01-08 is not inside 2027.",
            ],
            error.Errors.Select(e => e.En));
        Assert.Null(store.Find(2027));
        Assert.False(File.Exists(Path.Combine(_folder.Path, "calendar-cn-2027.json")));
    }

    [Fact]
    public async Task A_holiday_outside_the_year_or_ending_before_it_starts_is_refused()
    {
        var invalid = Year2027() with
        {
            Holidays =
            [
                new CalendarHoliday("元旦 New Year's Day", new DateOnly(2026, 12, 31), new DateOnly(2027, 1, 1)),
                new CalendarHoliday("国庆节 National Day", new DateOnly(2027, 10, 7), new DateOnly(2027, 10, 1)),
            ],
        };

        var error = await Assert.ThrowsAsync<CalendarYearValidationException>(() => NewStore().SaveYearAsync(invalid));

        Assert.Equal(
            [
                "Holiday '元旦 New Year's Day' (2026-12-31..2027-01-01) is not inside 2027.",
                "Holiday '国庆节 National Day' ends on 2027-10-01, before it starts on 2027-10-07.",
            ],
            error.Errors.Select(e => e.En));
    }

    [Fact]
    public async Task Only_a_weekend_day_can_be_made_a_working_day() =>
        Assert.Equal(
            ["Adjusted working day 2027-02-22 is a Monday; only a Saturday or Sunday can be made a working day."],
            (await Assert.ThrowsAsync<CalendarYearValidationException>(() =>
                NewStore().SaveYearAsync(Year2027() with { AdjustedWorkingDays = [new DateOnly(2027, 2, 22)] }))).Errors.Select(e => e.En));

    [Fact]
    public async Task The_administrator_reads_each_problem_in_Chinese_too()
    {
        var invalid = Year2027() with
        {
            Holidays = [new CalendarHoliday("春节 Spring Festival", new DateOnly(2027, 2, 6), new DateOnly(2027, 2, 14))],
            AdjustedWorkingDays = [new DateOnly(2027, 2, 13), new DateOnly(2027, 2, 22)],
        };

        var error = await Assert.ThrowsAsync<CalendarYearValidationException>(() => NewStore().SaveYearAsync(invalid));

        Assert.Equal(
            [
                "2027-02-13 既是节假日（“春节 Spring Festival”）又是调休上班日。",
                "调休上班日 2027-02-22 是星期一；只有星期六或星期日可以调为上班日。",
            ],
            error.Errors.Select(e => e.ZhCn));
    }

    [Fact]
    public void A_file_whose_name_does_not_match_its_year_stops_the_start_with_its_path()
    {
        File.Copy(Path.Combine(TestCalendar.ReferenceFolder, "calendar-cn-2026.json"), Path.Combine(_folder.Path, "calendar-cn-2025.json"));

        var error = Assert.Throws<InvalidDataException>(NewStore);

        Assert.Contains("calendar-cn-2025.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("holds the year 2026", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_missing_its_holidays_stops_the_start_with_its_path()
    {
        File.WriteAllText(Path.Combine(_folder.Path, "calendar-cn-2028.json"), """{ "year": 2028, "adjustedWorkingDays": [] }""");

        var error = Assert.Throws<InvalidDataException>(NewStore);

        Assert.Contains("calendar-cn-2028.json", error.Message, StringComparison.Ordinal);
    }

    private FileCalendarYearStore NewStore() => new(_folder.Path, NullLogger<FileCalendarYearStore>.Instance);

    private static CalendarYear Year2027() => new(
        2027,
        "Edited by an administrator",
        [new CalendarHoliday("春节 Spring Festival", new DateOnly(2027, 2, 6), new DateOnly(2027, 2, 13)),
         new CalendarHoliday("元旦 New Year's Day", new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 3))],
        [new DateOnly(2027, 2, 20)]);
}
