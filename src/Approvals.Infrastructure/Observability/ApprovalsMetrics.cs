using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.Infrastructure.Observability;

/// <summary>
/// The meter "Approvals": what the engine, the outbox and the mail do (counters and histograms recorded where it
/// happens) and what is waiting (observable gauges read from the database by <see cref="WorkloadGauges"/> at most
/// every few seconds, so a scrape costs a handful of indexed counts).
/// </summary>
public sealed class ApprovalsMetrics
{
    private readonly Counter<long> _steps;
    private readonly Histogram<double> _stepDuration;
    private readonly Counter<long> _commitRetries;
    private readonly Histogram<double> _timerLateness;
    private readonly Counter<long> _mailsSent;
    private readonly Counter<long> _mailsFailed;

    public ApprovalsMetrics(IMeterFactory meters, IServiceScopeFactory scopes, TimeProvider clock)
    {
        var meter = meters.Create(ApprovalsTelemetry.Name);
        _steps = meter.CreateCounter<long>("approvals.engine.steps", "{step}", "Engine steps committed, by kind (start, resume, complete-task, retry-incident, cancel).");
        _stepDuration = meter.CreateHistogram<double>("approvals.engine.step.duration", "s", "Time from loading an instance to committing its step, retries included.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
        _commitRetries = meter.CreateCounter<long>("approvals.engine.commit.retries", "{retry}", "Steps re-run after losing a race, by reason (revision, unique-value).");
        _timerLateness = meter.CreateHistogram<double>("approvals.timer.lateness", "s", "How long after its due time a timer, reminder or escalation was claimed by a worker, by kind.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300] });
        _mailsSent = meter.CreateCounter<long>("approvals.mail.sent", "{mail}", "Mails handed to the SMTP server or written to the pickup folder.");
        _mailsFailed = meter.CreateCounter<long>("approvals.mail.failed", "{attempt}", "Mail attempts that failed; given_up=true when the row became Failed.");
        var gauges = new WorkloadGauges(scopes, clock);
        meter.CreateObservableGauge("approvals.outbox.backlog", () => gauges.Read().OutboxDue, "{row}", "Outbox rows due and not yet done.");
        meter.CreateObservableGauge("approvals.outbox.oldest.age", () => gauges.Read().OutboxOldestWait.TotalSeconds, "s", "How long the oldest due outbox row has waited.");
        meter.CreateObservableGauge("approvals.outbox.stranded", () => gauges.Read().OutboxStranded, "{row}", "Outbox rows no job will run that the sweeper has not handed over.");
        meter.CreateObservableGauge("approvals.tasks.open", () => gauges.Read().OpenTasks, "{task}", "Open tasks per district.");
        meter.CreateObservableGauge("approvals.tasks.overdue", () => gauges.Read().OverdueTasks, "{task}", "Open tasks past their due time per district.");
    }

    public void StepCommitted(string kind, TimeSpan duration)
    {
        var tag = new KeyValuePair<string, object?>("kind", kind);
        _steps.Add(1, tag);
        _stepDuration.Record(duration.TotalSeconds, tag);
    }

    public void CommitRetried(string reason) => _commitRetries.Add(1, new KeyValuePair<string, object?>("reason", reason));

    /// <summary>A row with a due time (a timer, reminder or escalation) was claimed this long after it.</summary>
    public void TimerClaimed(string kind, TimeSpan lateness) =>
        _timerLateness.Record(Math.Max(0, lateness.TotalSeconds), new KeyValuePair<string, object?>("kind", kind));

    public void MailSent() => _mailsSent.Add(1);

    public void MailFailed(bool givenUp) => _mailsFailed.Add(1, new KeyValuePair<string, object?>("given_up", givenUp));
}
