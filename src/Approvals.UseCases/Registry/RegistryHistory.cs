using Approvals.Core.Access;
using Approvals.Core.Registry;
using Approvals.UseCases.Data;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.Registry;

/// <summary>
/// The history of a holder's registrations, newest first: every issue, renewal, import, change, cancellation and
/// revocation with the day it took effect, what changed from what to what, and its case — linked when the case is one
/// the reader's district may open.
/// </summary>
internal static class RegistryHistory
{
    public static async Task<IReadOnlyList<RegistryHistoryView>> OfAsync(IApprovalsDbContext db, Caller caller, IReadOnlyCollection<string> numbers, CancellationToken cancellationToken)
    {
        if (numbers.Count == 0)
            return [];
        var entries = await db.RegistrationHistory.AsNoTracking().Where(h => numbers.Contains(h.RegistrationNumber)).ToListAsync(cancellationToken);
        List<string> applicationIds = [.. entries.Where(h => h.ApplicationId != null).Select(h => h.ApplicationId!).Distinct()];
        var caseNumbers = await db.Applications.AsNoTracking().Where(a => applicationIds.Contains(a.Id))
            .Select(a => new { a.Id, a.CaseNumber }).ToDictionaryAsync(a => a.Id, a => a.CaseNumber, cancellationToken);
        var visible = (await RegistryCases.VisibleAsync(db, caller, db.Applications.Where(a => applicationIds.Contains(a.Id)), cancellationToken))
            .ToDictionary(c => c.Id, StringComparer.Ordinal);
        return
        [
            .. entries
                .OrderByDescending(h => h.EffectiveOn).ThenByDescending(h => h.RecordedAt).ThenByDescending(h => h.Id)
                .Select(h => new RegistryHistoryView(
                    h.EffectiveOn, h.RecordedAt, h.RegistrationNumber, h.Kind, h.Kind.DisplayName(), h.From, h.To, h.Reason,
                    h.ApplicationId, h.ApplicationId is { } id ? caseNumbers.GetValueOrDefault(id) : null,
                    h.ApplicationId is { } open ? visible.GetValueOrDefault(open) : null,
                    h.ImportId)),
        ];
    }
}
