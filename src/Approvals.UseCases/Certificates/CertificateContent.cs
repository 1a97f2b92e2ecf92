namespace Approvals.UseCases.Certificates;

/// <summary>What a registration or recognition certificate states, read from the shared registry.</summary>
public sealed record CertificateContent(
    string Number,
    string TitleZh,
    string TitleEn,
    string HolderName,
    string IdNumber,
    string? LevelZh,
    string? LevelEn,
    string EmployerName,
    IReadOnlyList<string> Projects,
    string DistrictName,
    string DistrictNameEn,
    string DistrictCode,
    string IssuedBy,
    DateOnly ValidFrom,
    DateOnly ValidTo,
    DateOnly IssuedOn,
    string? RecognisedNumber)
{
    /// <summary>The number of the case that decided it (SQ-…); null for a record imported from before the platform.</summary>
    public string? CaseNumber { get; init; }

    /// <summary>What was decided and on which legal basis, in the words of the case's type.</summary>
    public Core.Applications.DecisionTexts? Decision { get; init; }
}
