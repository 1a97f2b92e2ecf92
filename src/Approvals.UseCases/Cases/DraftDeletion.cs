using Approvals.Core.Access;
using Approvals.UseCases.Data;
using Approvals.UseCases.Documents;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.Cases;

/// <summary>
/// The applicant deletes a draft they no longer want, with its documents. Someone else's draft reads as not found;
/// a submitted case is refused (it can be withdrawn, never deleted). Each document's content is claimed before its
/// row goes, as a single document's deletion does, and released once the deletion is committed.
/// </summary>
public sealed class DraftDeletion(IApprovalsDbContext db, ApplicationService applications, IDocumentContents contents)
{
    public async Task DeleteAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        var draft = await applications.OwnAsync(caller, id, cancellationToken);
        draft.EnsureDeletable();
        var documents = await db.ApplicationDocuments.Where(d => d.ApplicationId == id).ToListAsync(cancellationToken);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            foreach (var document in documents.DistinctBy(d => d.Sha256).OrderBy(d => d.Sha256, StringComparer.Ordinal))
                await contents.ClaimAsync(document.Sha256, document.Size, cancellationToken);
            db.ApplicationDocuments.RemoveRange(documents);
            db.Applications.Remove(draft);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        foreach (var sha256 in documents.Select(d => d.Sha256).Distinct())
            await contents.ReleaseIfUnusedAsync(sha256, cancellationToken);
    }
}
