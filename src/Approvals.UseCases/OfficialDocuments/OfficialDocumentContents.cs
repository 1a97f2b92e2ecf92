using System.Text.Json;

namespace Approvals.UseCases.OfficialDocuments;

/// <summary>How a document's text is kept: <see cref="OfficialDocumentContent"/> as JSON.</summary>
public static class OfficialDocumentContents
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Serialize(OfficialDocumentContent content) => JsonSerializer.Serialize(content, Json);

    public static OfficialDocumentContent Deserialize(string json, string number) =>
        JsonSerializer.Deserialize<OfficialDocumentContent>(json, Json)
            ?? throw new InvalidOperationException($"Issued document '{number}' has no content.");

    /// <summary>The text with the number its sequence gave it.</summary>
    public static string WithNumber(string json, string number) => Serialize(Deserialize(json, number) with { Number = number });
}
