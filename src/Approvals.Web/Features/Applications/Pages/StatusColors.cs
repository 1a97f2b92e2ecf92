using Approvals.Core.Applications;
using MudBlazor;

namespace Approvals.Web.Features.Applications.Pages;

public static class StatusColors
{
    public static Color For(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Approved => Color.Success,
        ApplicationStatus.Rejected => Color.Error,
        // A refusal to accept is its own outcome (不予受理), never dressed as a rejection of the licence.
        ApplicationStatus.NotAccepted => Color.Dark,
        ApplicationStatus.AwaitingCorrections => Color.Warning,
        ApplicationStatus.Draft or ApplicationStatus.Withdrawn => Color.Default,
        _ => Color.Info,
    };
}
