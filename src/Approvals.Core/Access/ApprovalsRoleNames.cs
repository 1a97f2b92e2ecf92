using Approvals.Text;

namespace Approvals.Core.Access;

/// <summary>A role as people read it (审核员 / Reviewer), for pages and mails alike; an unknown role reads as its name.</summary>
public static class ApprovalsRoleNames
{
    public static LocalizedText DisplayName(string role) => role switch
    {
        ApprovalsRoles.Applicant => Texts.Text(Texts.ApprovalsRoleNames_Applicant),
        ApprovalsRoles.Reviewer => Texts.Text(Texts.ApprovalsRoleNames_Reviewer),
        ApprovalsRoles.Regulator => Texts.Text(Texts.ApprovalsRoleNames_Regulator),
        ApprovalsRoles.Administrator => Texts.Text(Texts.ApprovalsRoleNames_Administrator),
        ApprovalsRoles.Employer => Texts.Text(Texts.ApprovalsRoleNames_Employer),
        _ => new LocalizedText(role, role),
    };
}
