using Approvals.UseCases.OfficialDocuments;

namespace Approvals.UseCases.Records;

/// <summary>
/// A document as it was issued: its number and the text it states, kept so that every later download shows the
/// same number and the same words. One per case, kind and occasion (the timeline entry or the registry number it
/// stems from).
/// </summary>
public sealed class IssuedDocument
{
    public long Id { get; set; }
    public required string ApplicationId { get; set; }
    public OfficialDocumentKind Kind { get; set; }

    /// <summary>What it was issued for: the timeline entry (<c>t:42</c>) or the registry number (<c>r:CSJ-…</c>).</summary>
    public required string Occasion { get; set; }

    public required string DistrictCode { get; set; }
    public int Year { get; set; }

    /// <summary>The place in its district's, year's and kind's sequence; null for a certificate, numbered by the registry.</summary>
    public int? Sequence { get; set; }

    public required string Number { get; set; }
    public DateTimeOffset IssuedAt { get; set; }

    /// <summary>The <see cref="OfficialDocumentContent"/> it states, as JSON.</summary>
    public required string ContentJson { get; set; }
}
