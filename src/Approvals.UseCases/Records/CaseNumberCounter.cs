namespace Approvals.UseCases.Records;

/// <summary>The last case number given in a district in a year; one row per district and year.</summary>
public sealed class CaseNumberCounter
{
    public required string DistrictCode { get; set; }
    public int Year { get; set; }
    public int Last { get; set; }
}
