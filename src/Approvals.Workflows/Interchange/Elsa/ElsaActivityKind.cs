using System.Text.Json.Nodes;
using Approvals.Workflows.Models;

namespace Approvals.Workflows.Interchange.Elsa;

/// <summary>
/// How one kind of activity crosses between the two shapes: our type, the Elsa type it leaves as, the Elsa types it
/// arrives from, and its table of inputs. Kinds whose inputs need more than the table override the two conversions.
/// </summary>
internal class ElsaActivityKind(string ourType, string elsaType, params ElsaInput[] inputs)
{
    public string OurType { get; } = ourType;

    public string ElsaType { get; } = elsaType;

    public IReadOnlyList<ElsaInput> Inputs { get; } = inputs;

    public virtual IReadOnlyList<string> ImportedFrom => [ElsaType];

    /// <summary>False when this activity's inputs have no faithful Elsa form; it then leaves as a custom type.</summary>
    public virtual bool CanExport(ActivityModel activity) => true;

    public virtual void ExportInputs(ActivityModel activity, JsonObject elsa)
    {
        foreach (var (name, value) in activity.Inputs)
        {
            if (value is null)
                continue;
            var row = Inputs.FirstOrDefault(i => i.Ours == name);
            elsa[row?.Elsa ?? name] = row is null ? ElsaExpressions.Export(value) : row.Export(value);
        }
    }

    public virtual JsonObject ImportInputs(JsonObject elsa, string path, string activityId, ElsaImportContext context)
    {
        var inputs = new JsonObject();
        foreach (var row in Inputs)
        {
            if (elsa[row.Elsa] is { } value && row.Import(value, $"{path}.{row.Elsa}", activityId, context) is { } ours)
                inputs[row.Ours] = ours;
        }
        return inputs;
    }
}
