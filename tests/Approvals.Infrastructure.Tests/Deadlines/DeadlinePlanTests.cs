using System.Text.Json.Nodes;
using Approvals.Infrastructure.Deadlines;
using Approvals.Workflows.Deadlines;
using Approvals.Workflows.Runtime;
using static Approvals.Infrastructure.Tests.Calendar.TestCalendar;

namespace Approvals.Infrastructure.Tests.Deadlines;

/// <summary>Reminder instants on the official 2026 calendar.</summary>
public sealed class DeadlinePlanTests
{
    private readonly DeadlinePlan _plan = new(Measure(), Backward());

    private static BookmarkState Task(DateTimeOffset created, DateTimeOffset due, params string[] reminders) => new(
        "b1", "review", "HumanTask", "HumanTask",
        new JsonObject { [BookmarkPayload.Deadline] = new DeadlineSpec(reminders.Select(ReminderOffset.Parse).ToList(), null).ToJson() },
        created, due);

    [Fact]
    public void Half_time_and_one_working_day_before_skip_the_Spring_Festival()
    {
        var created = Shanghai(2026, 2, 13, 10, 0);
        var due = Forward().AddWorkingDays(created, 5);

        var reminders = _plan.Reminders(Task(created, due, "50%", "-1wd"));

        Assert.Equal(EndOfDay(2026, 2, 27), due);
        // 47 working hours: 7 on the 13th, 8 on the working Saturday 14th, then 8 a day from the 24th; half is 23.5.
        Assert.Equal([("50%", Shanghai(2026, 2, 25, 9, 30)), ("-1wd", EndOfDay(2026, 2, 26))], reminders.Select(r => (r.Offset, r.At)));
    }

    [Fact]
    public void One_working_day_before_a_limit_due_after_National_Day_is_before_the_holiday()
    {
        var due = EndOfDay(2026, 10, 8);

        var reminders = _plan.Reminders(Task(Shanghai(2026, 9, 28, 9, 0), due, "-1wd", "-0wd2h"));

        Assert.Equal([EndOfDay(2026, 9, 30), Shanghai(2026, 10, 8, 15, 0)], reminders.Select(r => r.At));
    }

    [Fact]
    public void A_reminder_that_would_fall_before_the_task_was_created_is_dropped()
    {
        var created = Shanghai(2026, 3, 2, 10, 0);

        var reminders = _plan.Reminders(Task(created, Forward().AddWorkingDays(created, 1), "-2wd", "50%"));

        Assert.Equal(["50%"], reminders.Select(r => r.Offset));
    }
}
