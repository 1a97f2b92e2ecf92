using Approvals.Text;

namespace Approvals.UseCases.OfficialDocuments;

/// <summary>A document of a case as the case page lists it.</summary>
public sealed record OfficialDocumentView(string Number, OfficialDocumentKind Kind, LocalizedText Title, DateOnly IssuedOn);
