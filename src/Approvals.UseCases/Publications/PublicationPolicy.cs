using Approvals.UseCases.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Approvals.Core.Access;

namespace Approvals.UseCases.Publications;

/// <summary>Whether a procedure's publication needs a second regulator, and who may give it.</summary>
public sealed class PublicationPolicy(IApprovalsDbContext db, IOptions<PublicationApprovalOptions> options)
{
    public async Task<bool> NeedsApprovalAsync(string definitionId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.RequireApprovalFor == PublicationApprovalScope.All || settings.AlsoRequireApprovalFor.Contains(definitionId, StringComparer.Ordinal))
            return true;
        return await db.ShippedDefinitionImports.AnyAsync(i => i.DefinitionId == definitionId, cancellationToken);
    }

    /// <summary>The executive committee, or the procedure's owning bureau when so configured (the committee where it has none).</summary>
    public bool MayApprove(string definitionId, Caller approver)
    {
        var settings = options.Value;
        if (settings.Approver == PublicationApprover.OwningBureau && settings.OwningBureaus.TryGetValue(definitionId, out var owner))
            return approver.DistrictCode == owner;
        return approver.DistrictCode == StaffDistricts.ExecutiveCommittee;
    }

    public string ApproverDescription(string definitionId) =>
        options.Value.Approver == PublicationApprover.OwningBureau && options.Value.OwningBureaus.TryGetValue(definitionId, out var owner)
            ? owner
            : StaffDistricts.ExecutiveCommittee;
}
