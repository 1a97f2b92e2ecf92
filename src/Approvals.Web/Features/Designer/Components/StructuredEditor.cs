using System.Text.Json.Nodes;
using Approvals.Web.Features.Designer.Model;
using Approvals.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Approvals.Web.Features.Designer.Components;

/// <summary>
/// What the form fields, Switch cases and escalation editors share: they show an input's JSON as a form when
/// they understand it (<see cref="Read"/> gives null when not, and the JSON view takes over), and write it back
/// only when the form has no problems and the JSON really changed, so every write is one undoable edit.
/// </summary>
public abstract class StructuredEditor<TForm> : ComponentBase where TForm : class
{
    private bool _loaded;

    [Inject] protected IStringLocalizer<DesignerResource> T { get; set; } = default!;

    [Parameter, EditorRequired] public PropertyField Field { get; set; } = default!;

    /// <summary>The input's JSON as the activity holds it now, the panel's own edits included.</summary>
    [Parameter] public JsonNode? Value { get; set; }

    /// <summary>The input's new JSON; null leaves the input out.</summary>
    [Parameter] public EventCallback<JsonNode?> ValueChanged { get; set; }

    /// <summary>The JSON last read or written; what the JSON view shows.</summary>
    protected JsonNode? Json { get; private set; }

    /// <summary>The form, or null when the JSON holds something the form cannot show.</summary>
    protected TForm? Form { get; private set; }

    protected IReadOnlyList<EditorProblem> Problems { get; private set; } = [];

    protected abstract TForm? Read(JsonNode? json);

    protected abstract JsonNode? Write(TForm form);

    protected abstract IReadOnlyList<EditorProblem> Check(TForm form);

    // The panel hands back what this editor wrote; only a value from elsewhere (undo, another activity) reloads the form.
    protected override void OnParametersSet()
    {
        if (_loaded && JsonNode.DeepEquals(Value, Json))
            return;
        _loaded = true;
        Json = Value?.DeepClone();
        Form = Read(Json);
        Problems = [];
    }

    protected Task ApplyAsync(TForm form)
    {
        Form = form;
        Problems = Check(form);
        return Problems.Count == 0 ? WriteAsync(Write(form)) : Task.CompletedTask;
    }

    protected Task JsonEditedAsync(JsonNode? json)
    {
        Form = Read(json);
        Problems = [];
        return WriteAsync(json);
    }

    protected string? ProblemText(int row, string field) =>
        Problems.FirstOrDefault(p => p.Row == row && p.Field == field) is { } problem
            ? string.Format(T[$"Problem_{problem.Kind}"].Value, problem.Detail)
            : null;

    private async Task WriteAsync(JsonNode? json)
    {
        if (JsonNode.DeepEquals(json, Json))
            return;
        Json = json?.DeepClone();
        await ValueChanged.InvokeAsync(json);
    }
}
