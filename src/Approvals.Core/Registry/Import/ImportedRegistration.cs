namespace Approvals.Core.Registry.Import;

/// <summary>A registration row that passed its checks: what the registry would hold.</summary>
public sealed record ImportedRegistration(
    int Row,
    string Number,
    MetrologistLevel Level,
    string Name,
    string IdNumber,
    string Employer,
    string CreditCode,
    string DistrictCode,
    IReadOnlyList<string> Projects,
    DateOnly ValidFrom,
    DateOnly ValidTo)
{
    /// <summary>The holder's e-mail, when the file gives one (the column is optional).</summary>
    public string? Email { get; init; }
}
