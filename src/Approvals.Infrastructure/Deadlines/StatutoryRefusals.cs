using Approvals.Core.Applications;
using Approvals.Infrastructure.Workflows;
using Approvals.Text;

namespace Approvals.Infrastructure.Deadlines;

/// <summary>Why a case's statutory limit cannot be extended.</summary>
public static class StatutoryRefusals
{
    public static ConflictRefusal AlreadyExtended(string instanceId) =>
        new(new($"流程实例“{instanceId}”的办理期限已经延长过一次，不能再次延长（《行政许可法》第四十二条）。",
            $"The time limit of instance '{instanceId}' was already extended once; it cannot be extended again (Administrative Licensing Law, art. 42)."));

    public static ConflictRefusal Finished(string instanceId) =>
        new(new($"流程实例“{instanceId}”已办结，办理期限不能再延长。", $"Instance '{instanceId}' is finished; its time limit cannot be extended any more."));

    public static ConflictRefusal NoLimit(string instanceId) =>
        new(new($"流程实例“{instanceId}”所属的流程没有法定办理时限，无从延长。", $"The procedure of instance '{instanceId}' has no statutory time limit to extend."));

    public static LocalizedText ReasonRequired { get; } = new(
        $"请填写延长办理期限的理由（不超过 {StatutoryExtensionRules.MaxReasonLength} 字），将告知申请人。",
        $"Give the reason for extending the time limit (at most {StatutoryExtensionRules.MaxReasonLength} characters); the applicant is told it.");
}
