namespace Approvals.UseCases.OfficialDocuments;

/// <summary>Lays out a document as a PDF with its font embedded (Infrastructure draws it).</summary>
public interface IOfficialDocumentPdf
{
    byte[] Render(OfficialDocumentContent content);
}
