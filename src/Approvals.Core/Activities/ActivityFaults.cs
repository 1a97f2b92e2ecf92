using Approvals.Workflows.Registry;

namespace Approvals.Core.Activities;

/// <summary>Why a metrology step cannot go on, as the regulator reads it on the instance's incident.</summary>
internal static class ActivityFaults
{
    public static LocalizedText NoApplication(string applicationId) =>
        new($"找不到申请“{applicationId}”。", $"There is no application '{applicationId}'.");
}
