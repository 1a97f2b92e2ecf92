using Approvals.Text;

namespace Approvals.Core.Activities;

/// <summary>Why a metrology step cannot go on, as the regulator reads it on the instance's incident.</summary>
internal static class ActivityFaults
{
    public static LocalizedText NoApplication(string applicationId) =>
        new($"找不到申请“{applicationId}”。", $"There is no application '{applicationId}'.");

    public static LocalizedText NotItsProcedure(string applicationId) =>
        new($"本流程实例不是申请“{applicationId}”提交时启动的办件流程，不能审查、补正、核验或颁发；申请未作任何更改。",
            $"This instance is not the procedure that application '{applicationId}' started when it was submitted, so it cannot check, correct, verify or issue anything for it; the application was not changed.");
}
