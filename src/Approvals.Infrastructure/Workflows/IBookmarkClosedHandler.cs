using Approvals.Infrastructure.Persistence;

namespace Approvals.Infrastructure.Workflows;

/// <summary>
/// Follows the end of one kind of wait inside the step that ends it (resumed, or cancelled with its instance or by a
/// join), so that what the host keeps beside the bookmark closes in the same transaction: add or change entities on
/// the unit of work, never save.
/// </summary>
public interface IBookmarkClosedHandler
{
    /// <summary>The <see cref="Approvals.Workflows.Runtime.BookmarkState.Kind"/> this handler follows.</summary>
    string BookmarkKind { get; }

    ValueTask OnClosedAsync(ApprovalsDbContext db, string bookmarkId, BookmarkClosure closure, DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>How a wait ended: a stimulus resumed it, or the procedure stopped waiting for it.</summary>
public enum BookmarkClosure
{
    Resumed,
    Cancelled,
}
