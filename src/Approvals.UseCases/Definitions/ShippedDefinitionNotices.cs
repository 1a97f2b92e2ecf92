using Approvals.UseCases.Data;
using Microsoft.EntityFrameworkCore;
using Approvals.UseCases.Records;

namespace Approvals.UseCases.Definitions;

/// <summary>What the designer tells a regulator about a shipped file that changed a procedure regulators had changed.</summary>
public sealed class ShippedDefinitionNotices(IApprovalsDbContext db)
{
    public async Task<ShippedNotice?> ForAsync(string definitionId, CancellationToken cancellationToken)
    {
        var latest = await db.ShippedDefinitionImports.AsNoTracking()
            .Where(i => i.DefinitionId == definitionId && (i.Outcome == ShippedImportOutcome.Draft || i.Outcome == ShippedImportOutcome.Deferred))
            .OrderByDescending(i => i.ImportedAt).ThenByDescending(i => i.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
            return null;
        if (latest.Outcome == ShippedImportOutcome.Deferred)
            return new ShippedNotice(latest.FileName, ShippedNoticeKind.WaitingBehindDraft, null);
        var draftStillOpen = await db.WorkflowDefinitions.AsNoTracking().AnyAsync(d => d.DefinitionId == definitionId
            && d.Version == latest.Version && !d.IsPublished && d.ContentHash == latest.ContentHash, cancellationToken);
        return draftStillOpen ? new ShippedNotice(latest.FileName, ShippedNoticeKind.DraftBesidePublished, latest.Version) : null;
    }
}

/// <param name="FileName">The <c>workflows/</c> file.</param>
/// <param name="Kind">Whether its content is a draft now, or waits for the regulator's own draft.</param>
/// <param name="DraftVersion">The draft it became.</param>
public sealed record ShippedNotice(string FileName, ShippedNoticeKind Kind, int? DraftVersion);

public enum ShippedNoticeKind
{
    /// <summary>The shipped content is a draft beside the version a regulator published; that version stays current.</summary>
    DraftBesidePublished,

    /// <summary>A regulator's draft is open; the shipped content becomes a draft at a start after it is published or discarded.</summary>
    WaitingBehindDraft,
}
