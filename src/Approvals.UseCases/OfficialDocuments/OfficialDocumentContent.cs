using Approvals.Text;

namespace Approvals.UseCases.OfficialDocuments;

/// <summary>
/// What a document states, in the order the one template lays it out: title, number, addressee, body, the listed
/// items, labelled facts, legal basis, appeal channels, issuing bureau and date, and the number the QR code checks.
/// </summary>
public sealed record OfficialDocumentContent(
    OfficialDocumentKind Kind,
    string Number,
    LocalizedText Title,
    string Addressee,
    IReadOnlyList<string> Body,
    IReadOnlyList<string> Items,
    IReadOnlyList<OfficialDocumentFact> Facts,
    string LegalBasis,
    string? Appeal,
    string Bureau,
    DateOnly IssuedOn,
    string? CheckNumber);

/// <summary>A labelled fact on a document, such as 证书编号: CSJ-310118-2026-000001.</summary>
public sealed record OfficialDocumentFact(string Label, string Value);
