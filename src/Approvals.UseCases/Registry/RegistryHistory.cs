using Approvals.Text;
using Approvals.UseCases.Data;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.Registry;

/// <summary>A holder's registry history: every write of their records on the registry-writes chain, oldest first.</summary>
internal static class RegistryHistory
{
    public static async Task<IReadOnlyList<RegistryHistoryView>> OfAsync(IApprovalsDbContext db, IReadOnlyCollection<string> numbers, CancellationToken cancellationToken)
    {
        if (numbers.Count == 0)
            return [];
        var writes = await db.RegistryWrites.AsNoTracking().Where(w => numbers.Contains(w.RecordNumber)).OrderBy(w => w.Sequence)
            .Select(w => new { w.RecordId, w.RecordNumber, w.RecordKind, w.WrittenAt }).ToListAsync(cancellationToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return
        [
            .. writes.Select(w => new RegistryHistoryView(w.WrittenAt, w.RecordNumber, w.RecordKind,
                Texts.Text(seen.Add(w.RecordId) ? Texts.RegistryHistory_Recorded : Texts.RegistryHistory_Changed))),
        ];
    }
}
