using Approvals.Core.Applications;
using Approvals.Core.Workflow;
using Approvals.UseCases.Data;
using Microsoft.EntityFrameworkCore;

namespace Approvals.UseCases.Registry;

/// <summary>Renewal applications submitted and not yet decided, by the registration they renew (行政许可法 art. 50).</summary>
internal static class PendingRenewals
{
    private static readonly ApplicationStatus[] Undecided =
        [ApplicationStatus.Submitted, ApplicationStatus.InReview, ApplicationStatus.AwaitingCorrections, ApplicationStatus.AwaitingVerification];

    public static IQueryable<Application> Of(IApprovalsDbContext db) =>
        db.Applications.Where(a => a.Type == ApplicationType.Renewal && a.SubmittedAt != null && Undecided.Contains(a.Status));

    /// <returns>For each registration number with an undecided renewal, the (Shanghai) day the earliest was submitted.</returns>
    public static async Task<Dictionary<string, DateOnly>> FiledOnAsync(IApprovalsDbContext db, IReadOnlyCollection<string> numbers, CancellationToken cancellationToken)
    {
        if (numbers.Count == 0)
            return [];
        var rows = await Of(db).AsNoTracking().Where(a => a.RegistrationNumber != null && numbers.Contains(a.RegistrationNumber))
            .Select(a => new { a.RegistrationNumber, a.SubmittedAt }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.RegistrationNumber!).ToDictionary(g => g.Key, g => g.Min(r => ZoneTime.Today(r.SubmittedAt!.Value)));
    }
}
