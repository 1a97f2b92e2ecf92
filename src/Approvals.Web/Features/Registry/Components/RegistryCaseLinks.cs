using Approvals.Core.Access;
using Approvals.UseCases.Registry;

namespace Approvals.Web.Features.Registry.Components;

/// <summary>
/// The page a reader may open for a case of the registry: a regulator the read-only case page (documents and journal,
/// the read logged), a reviewer the case's latest task in their district.
/// </summary>
public static class RegistryCaseLinks
{
    public static string? For(Caller caller, RegistryCaseView? c) =>
        c is null ? null
        : caller.Roles.Contains(ApprovalsRoles.Regulator) ? $"cases/{Uri.EscapeDataString(c.Id)}"
        : c.TaskId is { } task ? $"tasks/{Uri.EscapeDataString(task)}"
        : null;
}
