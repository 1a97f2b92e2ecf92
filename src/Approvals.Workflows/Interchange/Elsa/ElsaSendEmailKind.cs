using System.Text.Json;
using System.Text.Json.Nodes;

namespace Approvals.Workflows.Interchange.Elsa;

/// <summary>
/// SendEmail ↔ Elsa.SendEmail. A mail here goes from the system's sender to the addresses in <c>to</c>, without
/// attachments, so Elsa's <c>from</c>, <c>cc</c>, <c>bcc</c> and <c>attachments</c> are refused by name when they carry
/// a value; Elsa Studio writes them empty on every SendEmail, and empty ones mean nothing was asked.
/// </summary>
internal sealed class ElsaSendEmailKind() : ElsaActivityKind("SendEmail", "Elsa.SendEmail",
    new ElsaInput("to", "to", "String[]"),
    new ElsaInput("subject", "subject", "String", Template: true),
    new ElsaInput("body", "body", "String", Template: true),
    new ElsaInput("template", "template", "String"),
    new ElsaInput("isHtml", "isHtml", "Boolean"),
    new ElsaInput("culture", "culture", "String"))
{
    private static readonly string[] Unsupported = ["from", "cc", "bcc", "attachments"];

    public override JsonObject ImportInputs(JsonObject elsa, string path, string activityId, ElsaImportContext context)
    {
        var inputs = base.ImportInputs(elsa, path, activityId, context);
        foreach (var name in Unsupported)
        {
            if (CarriesValue(elsa[name]))
                context.Refuse($"{path}.{name}", Texts.Text(Texts.ElsaImport_SendEmailInputRefused, activityId, name));
        }
        return inputs;
    }

    /// <summary>An input carries a value unless it is absent, null, blank, or an empty list (as a list or as its JSON text).</summary>
    private static bool CarriesValue(JsonNode? input) => input switch
    {
        null => false,
        JsonObject wrapper when wrapper.ContainsKey("expression") => CarriesValue(wrapper["expression"]?["value"]),
        JsonObject wrapper => wrapper.Count > 0,
        JsonArray list => list.Count > 0,
        JsonValue v when v.TryGetValue(out string? text) => !IsEmptyText(text),
        _ => input.GetValueKind() != JsonValueKind.Null,
    };

    private static bool IsEmptyText(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || trimmed is "[]" or "null" or "\"\"";
    }
}
