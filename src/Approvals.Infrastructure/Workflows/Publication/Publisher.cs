using Approvals.Infrastructure.Identity;
using Approvals.Core.Access;

namespace Approvals.Infrastructure.Workflows.Publication;

/// <summary>The regulator who drafts, requests, approves or publishes: their user name and district (or the executive committee).</summary>
public sealed record Publisher(string UserName, string? District)
{
    public bool IsExecutiveCommittee => District == StaffDistricts.ExecutiveCommittee;
}
