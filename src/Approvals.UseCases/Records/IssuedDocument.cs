using Approvals.Core.Applications;
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

    /// <summary>
    /// What it was issued for: the registry number (<c>r:CSJ-…</c>), the step's timeline entry for a document issued
    /// with its step (<c>s:</c> and its number), or the timeline entry of a step issued by the start-up backfill (<c>t:42</c>,
    /// documents of steps from before documents were issued with their step).
    /// </summary>
    public required string Occasion { get; set; }

    /// <summary>The change of status it was issued with (acceptance, correction round, refusal, notice, decision); null for a certificate.</summary>
    public long? TimelineEntryId { get; set; }

    public ApplicationTimelineEntry? TimelineEntry { get; set; }

    public required string DistrictCode { get; set; }
    public int Year { get; set; }

    /// <summary>
    /// The place in its district's, year's and kind's sequence; null for a certificate, numbered by the registry, and
    /// until the save that commits it takes the next number (<see cref="IsAwaitingNumber"/>).
    /// </summary>
    public int? Sequence { get; set; }

    public required string Number { get; set; }
    public DateTimeOffset IssuedAt { get; set; }

    /// <summary>The <see cref="OfficialDocumentContent"/> it states, as JSON.</summary>
    public required string ContentJson { get; set; }

    /// <summary>A numbered kind not numbered yet: the transaction that saves it gives it the next number of its sequence.</summary>
    public bool IsAwaitingNumber => Sequence is null && Kind.NumberPrefix() is not null;

    /// <summary>Takes its place in the sequence: the number, and the same number in the text it states.</summary>
    public void TakeNumber(int sequence)
    {
        Sequence = sequence;
        Number = OfficialDocumentNumber.Format(Kind.NumberPrefix()!, DistrictCode, Year, sequence);
        ContentJson = OfficialDocumentContents.WithNumber(ContentJson, Number);
    }
}
