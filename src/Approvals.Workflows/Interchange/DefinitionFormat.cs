using System.Text.Json;

namespace Approvals.Workflows.Interchange;

/// <summary>The two JSON shapes a definition may arrive in, told apart by shape alone.</summary>
public enum DefinitionFormat
{
    Approvals,
    Elsa3,
}

public static class DefinitionFormats
{
    /// <summary>
    /// Elsa 3 names its root activity with a namespace (<c>"root": { "type": "Elsa.Flowchart" }</c>); ours says
    /// <c>"Flowchart"</c>. Text that is not JSON is ours, so that our loader reports what is wrong with it.
    /// </summary>
    public static DefinitionFormat Detect(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("root", out var root) && root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
                && type.GetString()!.StartsWith("Elsa.", StringComparison.Ordinal)
                ? DefinitionFormat.Elsa3
                : DefinitionFormat.Approvals;
        }
        catch (JsonException)
        {
            return DefinitionFormat.Approvals;
        }
    }
}
