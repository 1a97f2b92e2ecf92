using Approvals.Core.Access;
using Approvals.Core.Applications;
using Approvals.Text;
using Approvals.UseCases.Data;
using Approvals.UseCases.Documents;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.Cases;

/// <summary>
/// A draft deleted with its documents by whoever wrote it: the applicant their own draft, an employer the drafts it filed
/// for its staff (<see cref="DeleteFiledAsync"/>). The staff member of an employer-filed draft may not delete it (403);
/// someone else's draft reads as not found; a submitted case is refused (it can be withdrawn, never deleted). Each
/// document's content is claimed before its row goes, as a single document's deletion does, and released once the
/// deletion is committed.
/// </summary>
public sealed class DraftDeletion(IApprovalsDbContext db, ApplicationService applications, IDocumentContents contents)
{
    /// <exception cref="NotFoundRefusal">no such draft, or another applicant's.</exception>
    /// <exception cref="ForbiddenRefusal">an employer filed the draft: only the employer deletes it.</exception>
    public async Task DeleteAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        var draft = await applications.OwnAsync(caller, id, cancellationToken);
        if (draft.FiledBy is not null)
            throw new ForbiddenRefusal(Texts.Text(Texts.DraftDeletion_FiledByEmployer));
        await RemoveAsync(draft, cancellationToken);
    }

    /// <exception cref="ForbiddenRefusal">the caller is not an employer account.</exception>
    /// <exception cref="NotFoundRefusal">no such draft, or one another employer filed (or nobody did).</exception>
    public async Task DeleteFiledAsync(Caller employer, string id, CancellationToken cancellationToken)
    {
        if (!employer.IsEmployer)
            throw new ForbiddenRefusal(Texts.Text(Texts.EmployerFiling_OnlyEmployers));
        var draft = await db.Applications.FirstOrDefaultAsync(a => a.Id == id && a.FiledBy == employer.EnterpriseCreditCode, cancellationToken)
            ?? throw CaseRefusals.NoApplication(id);
        await RemoveAsync(draft, cancellationToken);
    }

    private async Task RemoveAsync(Application draft, CancellationToken cancellationToken)
    {
        draft.EnsureDeletable();
        var documents = await db.ApplicationDocuments.Where(d => d.ApplicationId == draft.Id).ToListAsync(cancellationToken);
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
