using System.Collections.Concurrent;
using Approvals.Infrastructure.Mail;

namespace Approvals.Infrastructure.Tests.Support;

/// <summary>Keeps every message "sent" and lets a test wait for the Nth one.</summary>
public sealed class RecordingEmailSender : IEmailSender
{
    private readonly ConcurrentQueue<OutgoingEmail> _sent = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource> _waiters = new();

    public IReadOnlyList<OutgoingEmail> Sent => _sent.ToList();

    public Task WhenSentAsync(int count) => Waiter(count).Task;

    public Task SendAsync(OutgoingEmail message, CancellationToken cancellationToken)
    {
        _sent.Enqueue(message);
        Waiter(_sent.Count).TrySetResult();
        return Task.CompletedTask;
    }

    private TaskCompletionSource Waiter(int count) =>
        _waiters.GetOrAdd(count, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
