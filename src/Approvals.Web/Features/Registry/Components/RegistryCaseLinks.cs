using Approvals.Core.Access;
using Approvals.UseCases.Registry;

namespace Approvals.Web.Features.Registry.Components;

/// <summary>The page a reader may open for a case of the registry: a regulator the procedure instance, a reviewer the case's latest task in their district.</summary>
public static class RegistryCaseLinks
{
    public static string? For(Caller caller, RegistryCaseView? c) =>
        c is null ? null
        : caller.Roles.Contains(ApprovalsRoles.Regulator) && c.InstanceId is { } instance ? $"instances/{Uri.EscapeDataString(instance)}"
        : c.TaskId is { } task ? $"tasks/{Uri.EscapeDataString(task)}"
        : null;
}
