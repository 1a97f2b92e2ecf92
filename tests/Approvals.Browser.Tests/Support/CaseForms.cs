using Approvals.Core.Checks;

namespace Approvals.Browser.Tests.Support;

/// <summary>Application forms as the API takes them, each for a new person of Qingpu, so that no open draft blocks another case.</summary>
public static class CaseForms
{
    private const string Qingpu = "310118";
    private static int _nextPerson;

    public static readonly string[] InitialDocuments = ["ApplicationForm", "QualificationCertificate", "ProjectAssessmentCertificate", "IdCard", "Photo", "EmploymentProof"];

    /// <summary>A first registration filed by <paramref name="person"/>, mailed in <paramref name="culture"/> (the account's language when null).</summary>
    public static object InitialRegistration(string person, string? culture = null)
    {
        var first17 = $"31011819880808{Interlocked.Increment(ref _nextPerson) % 1000:D3}";
        var creditCode17 = $"91{Qingpu}MA1MQL700";
        return new
        {
            type = "InitialRegistration",
            culture,
            personName = person,
            idNumber = first17 + ResidentIdNumber.ExpectedCheckCharacter(first17),
            phone = "13900000000",
            employerName = "青浦精密计量有限公司",
            employerCreditCode = creditCode17 + UnifiedSocialCreditCode.ExpectedCheckCharacter(creditCode17),
            employerDistrictCode = Qingpu,
            level = 2,
            qualificationCertificateNumber = "ZG-2026-0088",
            projects = new[] { "长度计量" },
            certificates = new[] { new { kind = "ProjectAssessment", number = "JL-LOCAL-0042", issuingDistrictCode = Qingpu, validUntil = DateOnly.FromDateTime(DateTime.Today.AddYears(2)) } },
        };
    }
}
