using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Approvals.Workflows.Interchange.Elsa;

/// <summary>Reading and writing Elsa documents as JSON trees, with the leniency and layout of our own definition files.</summary>
internal static class ElsaJson
{
    public static readonly JsonDocumentOptions Reading = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static readonly JsonSerializerOptions Writing = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string? String(JsonNode? node) => node is JsonValue v && v.TryGetValue(out string? s) ? s : null;
}
