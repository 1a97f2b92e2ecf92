namespace Approvals.Web.Components.Shared;

/// <summary>
/// Tells the menu's count badges that the reviewer changed their worklist (claimed, released, delegated, decided,
/// answered a verification), so the counts are read again without a page load. One per circuit.
/// </summary>
public sealed class WorklistChanges
{
    public event Action? Changed;

    public void Notify() => Changed?.Invoke();
}
