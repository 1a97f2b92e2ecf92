using MimeKit;
using netDumbster.smtp;

namespace Approvals.Web.Tests.Service;

/// <summary>
/// An SMTP server in the test process that keeps every mail it accepts (subject and Message-ID, duplicates included)
/// and lets a test wait for a number of arrivals or act the moment one arrives.
/// </summary>
public sealed class MailCatcher : IDisposable
{
    private readonly SimpleSmtpServer _server = SimpleSmtpServer.Start();
    private readonly List<ReceivedMail> _received = [];
    private readonly List<(Func<IReadOnlyList<ReceivedMail>, bool> Condition, TaskCompletionSource Signal)> _waiters = [];

    public MailCatcher() => _server.MessageReceived += (_, e) => Received(e.Message);

    public int Port => _server.Configuration.Port;

    /// <summary>Called on the server's thread with each mail as it arrives.</summary>
    public Action<ReceivedMail>? OnArrival { get; set; }

    public IReadOnlyList<ReceivedMail> Received()
    {
        lock (_received)
            return [.. _received];
    }

    /// <summary>Completes once the mails received so far satisfy the condition; fails after the limit.</summary>
    public Task WaitUntilAsync(Func<IReadOnlyList<ReceivedMail>, bool> condition, TimeSpan limit)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_received)
        {
            if (condition(_received))
                return Task.CompletedTask;
            _waiters.Add((condition, signal));
        }
        return signal.Task.WaitAsync(limit);
    }

    private void Received(SmtpMessage message)
    {
        using var raw = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(message.Data));
        var mime = MimeMessage.Load(raw);
        var mail = new ReceivedMail(mime.MessageId ?? "", mime.Subject ?? "");
        OnArrival?.Invoke(mail);
        lock (_received)
        {
            _received.Add(mail);
            foreach (var waiter in _waiters.Where(w => w.Condition(_received)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Signal.TrySetResult();
            }
        }
    }

    public void Dispose() => _server.Dispose();
}

/// <summary>One accepted mail: its Message-ID (without angle brackets) and subject.</summary>
public sealed record ReceivedMail(string MessageId, string Subject);
