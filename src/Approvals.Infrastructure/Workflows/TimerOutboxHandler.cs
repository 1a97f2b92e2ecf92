using System.Text.Json.Nodes;
using Approvals.Infrastructure.Outbox;
using Approvals.Workflows.Runtime;
using Microsoft.Extensions.Logging;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Workflows;

/// <summary>Resumes a Timer bookmark when it is due; a bookmark resumed or cancelled first makes this do nothing.</summary>
internal sealed partial class TimerOutboxHandler(WorkflowRuntime runtime, ILogger<TimerOutboxHandler> logger) : IOutboxHandler
{
    public string Kind => OutboxKinds.Timer;

    public async Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var bookmarkId = JsonNode.Parse(message.PayloadJson)?["bookmarkId"]?.GetValue<string>()
            ?? throw new InvalidOperationException($"Timer message {message.Id} names no bookmark.");
        try
        {
            await runtime.ResumeAsync(bookmarkId, new ResumeStimulus(Actor: "timer"), cancellationToken);
        }
        catch (NotWaitingRefusal)
        {
            LogAlreadyClosed(logger, bookmarkId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Timer for bookmark {BookmarkId} fired after it was closed; nothing to do")]
    private static partial void LogAlreadyClosed(ILogger logger, string bookmarkId);
}
