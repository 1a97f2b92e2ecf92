using System.ComponentModel.DataAnnotations;

namespace Approvals.Core.Settings;

/// <summary>Rules of the reform that the regulator may tune, bound from the <c>Metrology</c> section.</summary>
public sealed class MetrologyOptions
{
    public const string SectionName = "Metrology";

    /// <summary>How many days before expiry a renewal (延续注册) may be filed; 90 unless set.</summary>
    [Range(1, 366)]
    public int RenewalWindowDays { get; set; } = 90;

    /// <summary>How long a registration or recognition is valid; five years unless set.</summary>
    [Range(1, 10)]
    public int ValidityYears { get; set; } = 5;

    /// <summary>
    /// The most registered projects, and so certificates, one application may carry, whatever its type allows
    /// (<see cref="Applications.CertificateClaimLimits"/>); 20 unless set. Checked when a draft is saved and at submission.
    /// </summary>
    [Range(1, 200)]
    public int MaxCertificatesPerApplication { get; set; } = 20;
}
