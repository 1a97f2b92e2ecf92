namespace Approvals.Core.Districts;

/// <summary>The zone's executive committee, which oversees the three districts' bureaus.</summary>
public sealed record OversightBody(string Key, string Name, string NameEn);
