using Approvals.Core.Registry;

namespace Approvals.Infrastructure.Metrology.Registry;

/// <summary>What a reviewer sees of a registry record.</summary>
public sealed record RegistryRecordView(
    string Kind,
    string Number,
    MetrologistLevel? Level,
    string HolderName,
    string HolderIdNumber,
    string? EmployerName,
    IReadOnlyList<string> Projects,
    string DistrictCode,
    string? OriginDistrictCode,
    DateOnly ValidFrom,
    DateOnly ValidTo,
    RegistrationStatus Status);

/// <summary>
/// What the public check (查验) discloses: whether the record is valid, its level, district and status —
/// nothing about the holder beyond confirming the name that was asked about.
/// </summary>
public sealed record PublicCheckResult(bool Valid, MetrologistLevel? Level, string DistrictCode, string DistrictName, RegistrationStatus Status, DateOnly ValidTo);
