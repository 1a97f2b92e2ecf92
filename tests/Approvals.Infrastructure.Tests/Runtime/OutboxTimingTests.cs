using Approvals.Infrastructure.Jobs;
using Approvals.Infrastructure.Outbox;

namespace Approvals.Infrastructure.Tests.Runtime;

/// <summary>When retries and scheduled jobs are due.</summary>
public sealed class OutboxTimingTests
{
    [Fact]
    public void The_wait_between_attempts_doubles_from_the_first_delay_up_to_the_cap()
    {
        var options = new OutboxOptions { FirstRetryDelay = TimeSpan.FromSeconds(30), MaxRetryDelay = TimeSpan.FromHours(2) };

        var waits = Enumerable.Range(1, 11).Select(options.RetryDelayAfter).Select(w => (int)w.TotalSeconds);

        Assert.Equal([30, 60, 120, 240, 480, 960, 1920, 3840, 7200, 7200, 7200], waits);
    }

    [Fact]
    public void The_default_retries_last_hours_before_a_mail_is_given_up()
    {
        var options = new OutboxOptions();

        var total = Enumerable.Range(1, options.MaxAttempts - 1).Select(options.RetryDelayAfter).Aggregate(TimeSpan.Zero, (a, b) => a + b);

        Assert.InRange(total, TimeSpan.FromHours(6), TimeSpan.FromHours(24));
    }

    [Theory]
    [InlineData("2026-03-02T01:00:00.3200000+00:00", "2026-03-02T01:00:01+00:00")]
    [InlineData("2026-03-02T01:00:00.0000001+00:00", "2026-03-02T01:00:01+00:00")]
    [InlineData("2026-03-02T01:00:05+00:00", "2026-03-02T01:00:05+00:00")]
    public void A_scheduled_job_is_handed_to_Hangfire_at_the_next_whole_second_so_it_never_runs_early(string due, string handedOver)
    {
        var scheduled = HangfireJobQueue.WholeSecondNotBefore(DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTimeOffset.Parse(handedOver, System.Globalization.CultureInfo.InvariantCulture), scheduled);
    }
}
