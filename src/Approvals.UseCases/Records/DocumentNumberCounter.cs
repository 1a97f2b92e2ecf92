using Approvals.UseCases.OfficialDocuments;

namespace Approvals.UseCases.Records;

/// <summary>The last document number given in a district, year and kind; one row per sequence, taken in the saving transaction.</summary>
public sealed class DocumentNumberCounter
{
    public required string DistrictCode { get; set; }
    public int Year { get; set; }
    public OfficialDocumentKind Kind { get; set; }
    public int Last { get; set; }
}
