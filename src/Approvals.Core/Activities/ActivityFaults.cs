using Approvals.Text;

namespace Approvals.Core.Activities;

/// <summary>Why a metrology step cannot go on, as the regulator reads it on the instance's incident.</summary>
internal static class ActivityFaults
{
    public static LocalizedText NoApplication(string applicationId) =>
        Texts.Text(Texts.ActivityFaults_ThereIsNoApplication, applicationId);

    public static LocalizedText NotItsProcedure(string applicationId) =>
        Texts.Text(Texts.ActivityFaults_ThisInstanceIsNotProcedureThat, applicationId);
}
