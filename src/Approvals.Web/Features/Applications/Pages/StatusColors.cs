using Approvals.Core.Applications;
using MudBlazor;

namespace Approvals.Web.Features.Applications.Pages;

public static class StatusColors
{
    public static Color For(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Approved => Color.Success,
        ApplicationStatus.Rejected or ApplicationStatus.NotAccepted => Color.Error,
        ApplicationStatus.AwaitingCorrections => Color.Warning,
        ApplicationStatus.Draft or ApplicationStatus.Withdrawn => Color.Default,
        _ => Color.Info,
    };
}
