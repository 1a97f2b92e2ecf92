using Approvals.UseCases.Data;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.Cases;

/// <summary>
/// The number people read a case by, for mail and pages that know only its id. An instance that drives no case
/// (the generic sample procedures) is known by its correlation id, as before.
/// </summary>
public static class CaseNumberLookup
{
    public static async Task<string> CaseNumberAsync(this IApprovalsDbContext db, string applicationId, CancellationToken cancellationToken) =>
        await db.Applications.AsNoTracking().Where(a => a.Id == applicationId).Select(a => a.CaseNumber).FirstOrDefaultAsync(cancellationToken)
        ?? applicationId;

    /// <summary>Application id → case number, for the ids that name a numbered case.</summary>
    public static async Task<Dictionary<string, string>> CaseNumbersAsync(this IApprovalsDbContext db, IReadOnlyCollection<string> applicationIds, CancellationToken cancellationToken) =>
        await db.Applications.AsNoTracking()
            .Where(a => applicationIds.Contains(a.Id) && a.CaseNumber != null)
            .ToDictionaryAsync(a => a.Id, a => a.CaseNumber!, cancellationToken);
}
