using Approvals.Text;
using Approvals.UseCases.Records;

namespace Approvals.UseCases.OfficialDocuments;

/// <summary>A document of a case as the case page lists it.</summary>
public sealed record OfficialDocumentView(string Number, OfficialDocumentKind Kind, LocalizedText Title, DateOnly IssuedOn)
{
    internal static OfficialDocumentView Of(IssuedDocument document)
    {
        var content = OfficialDocumentContents.Deserialize(document.ContentJson, document.Number);
        return new OfficialDocumentView(document.Number, document.Kind, content.Title, content.IssuedOn);
    }
}
