using Approvals.Core.Registry;
using Approvals.Text;

namespace Approvals.UseCases.Registry;

/// <summary>What a reviewer sees of a registry record.</summary>
/// <param name="Validity">For a registration, whether it is valid today (with a pending renewal, art. 50); null for other records.</param>
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
    RegistrationStatus Status,
    RegistryValidityView? Validity = null);

/// <summary>A registration's validity today and how it reads (e.g. "valid — renewal pending (art. 50)").</summary>
public sealed record RegistryValidityView(bool Valid, RegistrationStatus Status, bool RenewalPending, LocalizedText Text)
{
    public static RegistryValidityView From(RegistrationValidity validity) => new(validity.Valid, validity.Status, validity.RenewalPending, validity.Text);
}

/// <summary>
/// What the public check (查验) discloses: whether the record is valid, its level, district and status —
/// nothing about the holder beyond confirming the name that was asked about.
/// </summary>
/// <param name="RenewalPending">Past its end date but valid: a renewal filed in time is undecided (行政许可法 art. 50).</param>
/// <param name="StatusText">The status as people read it, in both languages.</param>
public sealed record PublicCheckResult(bool Valid, MetrologistLevel? Level, string DistrictCode, string DistrictName, RegistrationStatus Status, DateOnly ValidTo,
    bool RenewalPending, LocalizedText StatusText);
