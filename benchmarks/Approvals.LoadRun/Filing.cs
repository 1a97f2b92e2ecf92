using System.Net.Http.Headers;
using Approvals.Core.Checks;
using Approvals.Testing;

namespace Approvals.LoadRun;

/// <summary>
/// A complete initial registration (level 2) for a new person employed in Qingpu, claiming a Qingpu certificate, so
/// no other district is asked and the case goes straight to a Qingpu reviewer; and the documents it needs.
/// </summary>
public static class Filing
{
    public static readonly string[] Documents = ["ApplicationForm", "QualificationCertificate", "ProjectAssessmentCertificate", "IdCard", "Photo", "EmploymentProof"];

    /// <summary>How many cases get distinct ID numbers (<see cref="IdNumber"/>).</summary>
    public const int MaxCases = 1_000_000;

    public static object Form(int caseNumber) => new
    {
        type = "InitialRegistration",
        personName = "负载测试",
        idNumber = IdNumber(caseNumber),
        phone = "13800000000",
        employerName = "示范区负载测试计量有限公司",
        employerCreditCode = CreditCode(LoadHost.Qingpu),
        employerDistrictCode = LoadHost.Qingpu,
        level = 2,
        qualificationCertificateNumber = "ZG-LOAD-0001",
        projects = new[] { "长度计量" },
        certificates = new[]
        {
            new { kind = "ProjectAssessment", number = $"JL-LOAD-{caseNumber:D6}", issuingDistrictCode = LoadHost.Qingpu, validUntil = DateOnly.FromDateTime(DateTime.Today.AddYears(2)) },
        },
    };

    public static MultipartFormDataContent Document(string kind)
    {
        var file = new ByteArrayContent(SampleDocuments.Pdf(kind));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { file, "file", kind + ".pdf" }, { new StringContent(kind), "kind" } };
    }

    /// <summary>A valid, distinct resident ID number per case (birth date varies by case so a million fit).</summary>
    public static string IdNumber(int caseNumber)
    {
        var birth = new DateOnly(1960, 1, 1).AddDays(caseNumber / 1000 % 14_000);
        var first17 = $"320509{birth:yyyyMMdd}{caseNumber % 1000:D3}";
        return first17 + ResidentIdNumber.ExpectedCheckCharacter(first17);
    }

    private static string CreditCode(string district)
    {
        var first17 = $"91{district}MA1LDTX00";
        return first17 + UnifiedSocialCreditCode.ExpectedCheckCharacter(first17);
    }
}
