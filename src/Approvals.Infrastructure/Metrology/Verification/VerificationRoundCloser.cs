using Approvals.Core.Activities;
using Approvals.Core.Verification;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Metrology.Verification;

/// <summary>
/// Closes the requests of a verification round that are still open when its wait ends, in the step that ends it:
/// resumed without them (the deadline passed) they are <see cref="VerificationStatus.TimedOut"/>; cancelled (the
/// case withdrawn, the instance cancelled) they are <see cref="VerificationStatus.Superseded"/>. The status is a
/// concurrency token, so an answer saved meanwhile makes this step re-run on the fresh state instead of being
/// overwritten.
/// </summary>
internal sealed class VerificationRoundCloser : IStepEffectHandler
{
    public bool Handles(StepEffect effect) => effect is BookmarkClosed { Kind: CrossDistrictVerificationActivity.BookmarkKind };

    public async ValueTask ApplyAsync(StepEffect effect, ApprovalsDbContext db, CancellationToken cancellationToken)
    {
        var (_, bookmarkId, closure, now) = (BookmarkClosed)effect;
        var open = await db.VerificationRequests
            .Where(v => v.BookmarkId == bookmarkId && v.Status == VerificationStatus.Pending)
            .ToListAsync(cancellationToken);
        foreach (var request in open)
        {
            request.Status = closure == BookmarkClosure.Resumed ? VerificationStatus.TimedOut : VerificationStatus.Superseded;
            request.AnsweredAt = now;
        }
    }
}
