using System.Text.Json.Nodes;
using Approvals.Workflows.Activities;

namespace Approvals.Workflows.Interchange.Elsa;

/// <summary>
/// Elsa's bookmarks that wait for someone to act, Elsa.RunTask (<c>taskName</c>) and Elsa.Event (<c>eventName</c>), arrive
/// as a HumanTask titled with that name whose one outcome is Elsa's <c>Done</c> port. Who does it (the role) is ours to
/// say: the draft asks for it. Only arrives; a HumanTask leaves as the custom type with all its inputs.
/// </summary>
internal sealed class ElsaUserTaskKind(string elsaType, string nameProperty)
    : ElsaActivityKind(HumanTaskActivity.TypeName, elsaType, new ElsaInput("title", nameProperty, "String"))
{
    public override JsonObject ImportInputs(JsonObject elsa, string path, string activityId, ElsaImportContext context)
    {
        var inputs = base.ImportInputs(elsa, path, activityId, context);
        inputs["outcomes"] = new JsonArray("Done");
        return inputs;
    }
}
