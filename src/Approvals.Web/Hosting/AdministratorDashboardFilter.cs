using Hangfire.Dashboard;
using Approvals.Core.Access;

namespace Approvals.Web.Hosting;

/// <summary>The Hangfire dashboard is for administrators only (its endpoint also requires the policy, which signs in first).</summary>
internal sealed class AdministratorDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(ApprovalsRoles.Administrator);
}
