namespace Approvals.Infrastructure.Metrology.Certificates;

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
    string? RecognisedNumber);
