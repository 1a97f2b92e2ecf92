using Approvals.Core.Applications;
using Approvals.Web.Localization;

namespace Approvals.Web.Components.Shared;

/// <summary>The status a procedure shows the applicant (set by its SetStatus steps), in the UI's language.</summary>
public static class PublicStatusNames
{
    /// <summary>The domain's name for an application status; a status a procedure invents is shown as written.</summary>
    public static string Name(string? status) =>
        status is null ? "—"
        : Enum.TryParse<ApplicationStatus>(status, ignoreCase: false, out var known) && Enum.IsDefined(known) ? known.DisplayName().Local()
        : status;
}
