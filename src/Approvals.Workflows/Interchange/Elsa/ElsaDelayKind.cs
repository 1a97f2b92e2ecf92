using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml;
using Approvals.Workflows.Models;

namespace Approvals.Workflows.Interchange.Elsa;

/// <summary>
/// Delay ↔ Elsa.Delay: our ISO 8601 duration is Elsa's TimeSpan (<c>"00:30:00"</c>); Elsa.Timer's interval arrives as
/// one wait. A delay in working days, or one Elsa would read back differently, leaves as the custom type instead.
/// </summary>
internal sealed class ElsaDelayKind() : ElsaActivityKind("Delay", "Elsa.Delay", new ElsaInput("duration", "timeSpan", "TimeSpan"))
{
    public override IReadOnlyList<string> ImportedFrom => [ElsaType, "Elsa.Timer"];

    public override bool CanExport(ActivityModel activity) => TimeSpanOf(activity.Inputs["duration"]) is not null;

    public override void ExportInputs(ActivityModel activity, JsonObject elsa)
    {
        var timeSpan = TimeSpanOf(activity.Inputs["duration"])!.Value;
        elsa["timeSpan"] = Inputs[0].Export(JsonValue.Create(timeSpan.ToString("c", CultureInfo.InvariantCulture)));
    }

    public override JsonObject ImportInputs(JsonObject elsa, string path, string activityId, ElsaImportContext context)
    {
        var property = elsa["timeSpan"] is not null ? "timeSpan" : "interval";
        var inputs = new JsonObject();
        var value = ElsaExpressions.Import(elsa[property], $"{path}.{property}", activityId, context);
        if (value is JsonValue literal && literal.TryGetValue(out string? text)
            && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var timeSpan))
            value = XmlConvert.ToString(timeSpan);
        if (value is not null)
            inputs["duration"] = value;
        return inputs;
    }

    private static TimeSpan? TimeSpanOf(JsonNode? duration)
    {
        if (duration is not JsonValue v || !v.TryGetValue(out string? iso))
            return null;
        try
        {
            var timeSpan = XmlConvert.ToTimeSpan(iso);
            return XmlConvert.ToString(timeSpan) == iso ? timeSpan : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
