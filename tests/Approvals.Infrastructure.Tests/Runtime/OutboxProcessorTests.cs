using System.Collections.Concurrent;
using Approvals.Infrastructure.Jobs;
using Approvals.Infrastructure.Mail;
using Approvals.Infrastructure.Outbox;
using Approvals.Infrastructure.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Approvals.UseCases.Records;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Hosting;
using System.Data.Common;

namespace Approvals.Infrastructure.Tests.Runtime;

/// <summary>Claiming, retrying, releasing and sweeping outbox rows, on each database provider.</summary>
public abstract class OutboxProcessorTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    protected abstract Task<DatabaseTarget> CreateTargetAsync();

    private LeaseRenewalSignal LeaseRenewals { get; } = new();

    private Task<RuntimeHost> StartAsync(DatabaseTarget target, IOutboxHandler handler, RecordingJobQueue queue, TimeProvider? clock = null, Action<OutboxOptions>? options = null) =>
        RuntimeHost.StartAsync(target, clock: clock, configure: s =>
        {
            // The recording handler stands in for the mail sender when it handles mails.
            foreach (var sender in s.Where(d => handler.Kind == OutboxKinds.Email && d.ImplementationType == typeof(EmailOutboxHandler)).ToList())
                s.Remove(sender);
            s.AddSingleton(handler);
            s.AddSingleton<IInterceptor>(LeaseRenewals);
            s.Replace(ServiceDescriptor.Singleton<IJobQueue>(queue));
            // Each test sweeps when it means to; the background sweeper's first sweep would race it.
            foreach (var sweeper in s.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(OutboxSweeper)).ToList())
                s.Remove(sweeper);
            s.Configure<OutboxOptions>(o =>
            {
                o.FirstRetryDelay = TimeSpan.Zero;
                options?.Invoke(o);
            });
        });

    private static Task<bool> RunJobAsync(RuntimeHost host, long id, CancellationToken cancellationToken = default) =>
        host.InScopeAsync(sp => sp.GetRequiredService<OutboxProcessor>().ProcessAsync(id, cancellationToken));

    private static Task<OutboxMessage> RowAsync(RuntimeHost host, long id) =>
        host.DatabaseAsync(db => db.Outbox.AsNoTracking().SingleAsync(o => o.Id == id));

    [SkippableFact]
    public async Task Two_workers_running_the_same_job_do_the_work_once()
    {
        await using var target = await CreateTargetAsync();
        var handler = new CountingHandler();
        await using var host = await StartAsync(target, handler, new RecordingJobQueue());
        var id = await AddMessageAsync(host, OutboxStatus.Scheduled, DateTimeOffset.UtcNow);

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => RunJobAsync(host, id))));

        Assert.Equal(1, handler.Calls);
        Assert.Equal([false, true], results.Order());
        Assert.Equal(OutboxStatus.Done, (await RowAsync(host, id)).Status);
    }

    [SkippableFact]
    public async Task A_failing_message_is_Retrying_with_its_error_and_next_attempt_queued_until_the_last_attempt_makes_it_Failed()
    {
        await using var target = await CreateTargetAsync();
        var handler = new CountingHandler { FailWith = "SMTP server refused the connection" };
        var queue = new RecordingJobQueue();
        await using var host = await StartAsync(target, handler, queue, options: o => o.MaxAttempts = 3);
        var id = await AddMessageAsync(host, OutboxStatus.Scheduled, DateTimeOffset.UtcNow);

        Assert.False(await RunJobAsync(host, id));
        var retrying = await RowAsync(host, id);
        Assert.False(await RunJobAsync(host, id));
        Assert.False(await RunJobAsync(host, id));
        Assert.False(await RunJobAsync(host, id));

        Assert.Equal((OutboxStatus.Retrying, 1, "SMTP server refused the connection"), (retrying.Status, retrying.Attempts, retrying.LastError));
        Assert.NotNull(retrying.NextAttemptAt);
        Assert.Equal(3, handler.Calls);
        Assert.Equal(2, queue.Queued.Count(q => q.Id == id));
        var row = await RowAsync(host, id);
        Assert.Equal((OutboxStatus.Failed, 3, "SMTP server refused the connection"), (row.Status, row.Attempts, row.LastError));
    }

    [SkippableFact]
    public async Task A_message_delivered_after_failures_is_Done_without_the_stale_error()
    {
        await using var target = await CreateTargetAsync();
        var handler = new CountingHandler { FailWith = "SMTP server refused the connection", FailTimes = 2 };
        await using var host = await StartAsync(target, handler, new RecordingJobQueue());
        var id = await AddMessageAsync(host, OutboxStatus.Scheduled, DateTimeOffset.UtcNow);

        var runs = new List<bool>();
        for (var i = 0; i < 3; i++)
            runs.Add(await RunJobAsync(host, id));

        Assert.Equal([false, false, true], runs);
        var row = await RowAsync(host, id);
        Assert.Equal((OutboxStatus.Done, 3, null, null), (row.Status, row.Attempts, row.LastError, row.NextAttemptAt));
    }

    [SkippableFact]
    public async Task A_job_stopped_by_shutdown_leaves_its_row_free_for_the_next_worker_and_says_the_outcome_is_unknown()
    {
        await using var target = await CreateTargetAsync();
        var handler = new CountingHandler { Block = true };
        await using var host = await StartAsync(target, handler, new RecordingJobQueue());
        var id = await AddMessageAsync(host, OutboxStatus.Scheduled, DateTimeOffset.UtcNow);
        using var shutdown = new CancellationTokenSource();

        var running = RunJobAsync(host, id, shutdown.Token);
        await handler.Started.Task;
        await shutdown.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        var released = await RowAsync(host, id);
        handler.Block = false;
        var next = await RunJobAsync(host, id);

        Assert.Equal((OutboxStatus.Scheduled, true, null), (released.Status, released.OutcomeUnknown, released.LeaseUntil));
        Assert.True(next);
    }

    [SkippableFact]
    public async Task The_sweeper_hands_over_rows_no_job_will_run_and_leaves_the_rest()
    {
        await using var target = await CreateTargetAsync();
        var clock = new FakeTimeProvider(Start);
        var queue = new RecordingJobQueue();
        var handler = new CountingHandler();
        await using var host = await StartAsync(target, handler, queue, clock, o => (o.Lease, o.LostJobAfter) = (TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(60)));
        var neverHandedOver = await AddMessageAsync(host, OutboxStatus.Pending, Start.AddMinutes(-1));
        var workerDied = await AddMessageAsync(host, OutboxStatus.Processing, Start.AddMinutes(-1), leaseUntil: Start.AddSeconds(-1));
        var jobLost = await AddMessageAsync(host, OutboxStatus.Scheduled, Start.AddMinutes(-5), nextAttemptAt: Start.AddMinutes(-2));
        var retryLost = await AddMessageAsync(host, OutboxStatus.Retrying, Start.AddMinutes(-5), nextAttemptAt: Start.AddMinutes(-2));
        var timerLater = await AddMessageAsync(host, OutboxStatus.Scheduled, Start.AddMinutes(-5), dueAt: Start.AddHours(1), nextAttemptAt: Start.AddHours(1));
        var justQueued = await AddMessageAsync(host, OutboxStatus.Scheduled, Start.AddSeconds(-2), nextAttemptAt: Start.AddSeconds(-2));
        var working = await AddMessageAsync(host, OutboxStatus.Processing, Start.AddMinutes(-1), leaseUntil: Start.AddSeconds(5));
        await AddMessageAsync(host, OutboxStatus.Done, Start.AddMinutes(-5));
        await AddMessageAsync(host, OutboxStatus.Failed, Start.AddMinutes(-5));

        var handedOver = await host.InScopeAsync(sp => ActivatorUtilities.CreateInstance<OutboxSweeper>(sp).SweepAsync(default));
        var redone = await RunJobAsync(host, workerDied);

        Assert.Equal(4, handedOver);
        Assert.Equal([neverHandedOver, workerDied, jobLost, retryLost], queue.Queued.Select(q => q.Id).Distinct().Order());
        Assert.DoesNotContain(queue.Queued, q => q.Id == timerLater || q.Id == justQueued || q.Id == working);
        Assert.True(redone);
        var row = await RowAsync(host, workerDied);
        Assert.Equal((OutboxStatus.Done, true), (row.Status, row.OutcomeUnknown));
    }

    [SkippableFact]
    public async Task While_jobs_work_off_a_backlog_the_sweeper_hands_over_only_rows_the_queue_has_passed_by()
    {
        await using var target = await CreateTargetAsync();
        var clock = new FakeTimeProvider(Start);
        var queue = new RecordingJobQueue();
        await using var host = await StartAsync(target, new CountingHandler(), queue, clock, o => o.LostJobAfter = TimeSpan.FromSeconds(60));
        // The queue runs four minutes behind: a worker just ran a job queued then. A row queued after it is still
        // waiting its turn; a row queued well before it was passed by, so its job is lost. The job's row itself was
        // handed over again just now (as the next mail of a case is): the job's queue time counts, not the row's.
        var reached = await AddMessageAsync(host, OutboxStatus.Scheduled, Start.AddMinutes(-4), nextAttemptAt: Start);
        var behind = await AddMessageAsync(host, OutboxStatus.Scheduled, Start.AddMinutes(-3), nextAttemptAt: Start.AddMinutes(-3));
        var passedBy = await AddMessageAsync(host, OutboxStatus.Scheduled, Start.AddMinutes(-6), nextAttemptAt: Start.AddMinutes(-6));
        await host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<OutboxJob>().RunAsync(reached, Start.AddMinutes(-4), default);
            return true;
        });

        var duringBacklog = await host.InScopeAsync(sp => ActivatorUtilities.CreateInstance<OutboxSweeper>(sp).SweepAsync(default));
        var queuedDuringBacklog = queue.Queued.Select(q => q.Id).ToList();
        // No job has run for a minute: the queue is idle, and a row still waiting has lost its job.
        clock.Advance(TimeSpan.FromSeconds(61));
        var onceIdle = await host.InScopeAsync(sp => ActivatorUtilities.CreateInstance<OutboxSweeper>(sp).SweepAsync(default));

        Assert.Equal(OutboxStatus.Done, (await RowAsync(host, reached)).Status);
        Assert.Equal(1, duringBacklog);
        Assert.Equal([passedBy], queuedDuringBacklog);
        Assert.Equal(2, onceIdle);
        Assert.Contains(queue.Queued, q => q.Id == behind);
    }

    [SkippableFact]
    public async Task A_worker_renews_its_lease_while_it_works_so_no_one_takes_the_row_over()
    {
        await using var target = await CreateTargetAsync();
        var clock = new FakeTimeProvider(Start);
        var handler = new CountingHandler { Block = true };
        await using var host = await StartAsync(target, handler, new RecordingJobQueue(), clock, o => o.Lease = TimeSpan.FromSeconds(30));
        var id = await AddMessageAsync(host, OutboxStatus.Scheduled, Start);

        var running = RunJobAsync(host, id);
        await handler.Started.Task;
        var leaseAtClaim = (await RowAsync(host, id)).LeaseUntil;
        clock.Advance(TimeSpan.FromSeconds(10));
        await LeaseRenewals.Renewed.Task;
        var renewed = (await RowAsync(host, id)).LeaseUntil;
        clock.Advance(TimeSpan.FromSeconds(25));
        var takeover = await RunJobAsync(host, id);
        handler.Block = false;
        handler.Release();
        var finished = await running;

        Assert.True(renewed > leaseAtClaim);
        Assert.Equal((false, true, 1), (takeover, finished, handler.Calls));
    }

    [SkippableFact]
    public async Task A_later_mail_of_a_case_waits_until_the_earlier_one_is_sent_and_is_then_handed_to_the_queue()
    {
        await using var target = await CreateTargetAsync();
        var mails = new CountingHandler(OutboxKinds.Email);
        var queue = new RecordingJobQueue();
        await using var host = await StartAsync(target, mails, queue);
        var accepted = await AddMailAsync(host, "case-1");
        var correction = await AddMailAsync(host, "case-1");
        var otherCase = await AddMailAsync(host, "case-2");

        var correctionFirst = await RunJobAsync(host, correction);
        var otherCaseMeanwhile = await RunJobAsync(host, otherCase);
        var acceptedSent = await RunJobAsync(host, accepted);
        var handedOver = queue.Queued.Select(q => q.Id).ToList();
        var correctionThen = await RunJobAsync(host, correction);

        Assert.Equal((false, true, true, true), (correctionFirst, otherCaseMeanwhile, acceptedSent, correctionThen));
        Assert.Equal([otherCase, accepted, correction], mails.Handled);
        Assert.Equal([correction], handedOver);
    }

    [SkippableFact]
    public async Task A_mail_given_up_as_Failed_no_longer_holds_back_the_later_mails_of_its_case()
    {
        await using var target = await CreateTargetAsync();
        var mails = new CountingHandler(OutboxKinds.Email) { FailWith = "mailbox unavailable", FailTimes = 1 };
        var queue = new RecordingJobQueue();
        await using var host = await StartAsync(target, mails, queue, options: o => o.MaxAttempts = 1);
        var failing = await AddMailAsync(host, "case-1");
        var later = await AddMailAsync(host, "case-1");

        var heldBack = await RunJobAsync(host, later);
        Assert.False(await RunJobAsync(host, failing));
        var sent = await RunJobAsync(host, later);

        Assert.Equal((false, true), (heldBack, sent));
        Assert.Equal(OutboxStatus.Failed, (await RowAsync(host, failing)).Status);
        Assert.Contains(queue.Queued, q => q.Id == later);
    }

    [SkippableFact]
    public async Task A_mail_due_later_does_not_hold_back_the_mails_of_its_case_due_now()
    {
        await using var target = await CreateTargetAsync();
        var mails = new CountingHandler(OutboxKinds.Email);
        await using var host = await StartAsync(target, mails, new RecordingJobQueue());
        await AddMailAsync(host, "case-1", dueAt: DateTimeOffset.UtcNow.AddDays(3));
        var now = await AddMailAsync(host, "case-1");

        Assert.True(await RunJobAsync(host, now));
    }

    private static Task<long> AddMailAsync(RuntimeHost host, string caseId, DateTimeOffset? dueAt = null) =>
        AddMessageAsync(host, OutboxStatus.Scheduled, DateTimeOffset.UtcNow, dueAt: dueAt, kind: OutboxKinds.Email, correlationId: caseId);

    private static Task<long> AddMessageAsync(RuntimeHost host, OutboxStatus status, DateTimeOffset createdAt,
        DateTimeOffset? dueAt = null, DateTimeOffset? nextAttemptAt = null, DateTimeOffset? leaseUntil = null,
        string kind = "Counting", string? correlationId = null) =>
        host.DatabaseAsync(async db =>
        {
            var message = new OutboxMessage
            {
                Kind = kind, PayloadJson = "{}", CreatedAt = createdAt, Status = status,
                DueAt = dueAt, NextAttemptAt = nextAttemptAt, LeaseUntil = leaseUntil, CorrelationId = correlationId,
            };
            db.Outbox.Add(message);
            await db.SaveChangesAsync();
            return message.Id;
        });

    /// <summary>Completes when a lease renewal (an update that sets only the lease) reached the database.</summary>
    private sealed class LeaseRenewalSignal : DbCommandInterceptor
    {
        public TaskCompletionSource Renewed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            if (result == 1 && command.CommandText.Contains("SET \"LeaseUntil\"", StringComparison.Ordinal))
                Renewed.TrySetResult();
            return ValueTask.FromResult(result);
        }
    }

    private sealed class RecordingJobQueue : IJobQueue
    {
        private readonly ConcurrentQueue<(long Id, TimeSpan Delay)> _queued = new();

        public IReadOnlyList<(long Id, TimeSpan Delay)> Queued => [.. _queued];

        public void Enqueue(long outboxMessageId, TimeSpan delay) => _queued.Enqueue((outboxMessageId, delay));
    }

    private sealed class CountingHandler(string kind = "Counting") : IOutboxHandler
    {
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly ConcurrentQueue<long> _handled = new();
        private int _calls;

        public string Kind => kind;
        public IReadOnlyList<long> Handled => [.. _handled];
        public string? FailWith { get; init; }
        public int FailTimes { get; init; } = int.MaxValue;
        public bool Block { get; set; }
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public int Calls => _calls;

        public void Release() => _release.TrySetResult();

        public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            var call = Interlocked.Increment(ref _calls);
            _handled.Enqueue(message.Id);
            Started.TrySetResult();
            if (Block)
                await _release.Task.WaitAsync(cancellationToken);
            await Task.Yield();
            if (FailWith is not null && call <= FailTimes)
                throw new InvalidOperationException(FailWith);
        }
    }
}

public sealed class SqliteOutboxProcessorTests : OutboxProcessorTests
{
    protected override Task<DatabaseTarget> CreateTargetAsync() => Task.FromResult(DatabaseTarget.Sqlite());
}

public sealed class PostgreSqlOutboxProcessorTests : OutboxProcessorTests
{
    protected override Task<DatabaseTarget> CreateTargetAsync() => DatabaseTarget.PostgreSqlAsync();
}
