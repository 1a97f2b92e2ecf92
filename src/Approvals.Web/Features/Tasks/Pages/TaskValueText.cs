using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Approvals.Web.Features.Tasks.Pages;

/// <summary>A task's input or form value as the reviewer reads it: text as written, Chinese unescaped, nothing as a dash.</summary>
public static class TaskValueText
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Display(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<string>(out var text) ? text : value?.ToJsonString(Readable) ?? "—";
}
