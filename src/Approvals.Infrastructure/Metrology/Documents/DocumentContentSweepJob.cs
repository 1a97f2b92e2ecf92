using Approvals.Core.Documents;
using Approvals.Infrastructure.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Approvals.Infrastructure.Metrology.Documents;

/// <summary>
/// Daily: deletes stored contents that no document row references (an upload whose transaction failed after
/// writing the file, a deletion interrupted before its release), each under its claim
/// (<see cref="DocumentContents.ReleaseIfUnusedAsync"/>), so an upload of the same content under way is never harmed.
/// </summary>
public sealed partial class DocumentContentSweepJob(ApprovalsDbContext db, IDocumentStore store, DocumentContents contents, ILogger<DocumentContentSweepJob> logger)
{
    public const string Id = "document-content-sweep";

    [AutomaticRetry(Attempts = 3)]
    [JobDisplayName("Sweep of unreferenced document contents")]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var deleted = 0;
        await foreach (var sha256 in store.ListAsync(cancellationToken))
        {
            if (await db.ApplicationDocuments.AnyAsync(d => d.Sha256 == sha256, cancellationToken))
                continue;
            if (await contents.ReleaseIfUnusedAsync(sha256, cancellationToken))
                deleted++;
        }
        LogSwept(logger, deleted);
        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} unreferenced document contents")]
    private static partial void LogSwept(ILogger logger, int count);
}
