using Approvals.Core.Activities;
using Approvals.Core.Findings;
using Approvals.Text;

namespace Approvals.Core.Tests.Corrections;

/// <summary>The correction notice names what to fix as the wizard does, never by the code behind it.</summary>
public sealed class CorrectionItemsTests
{
    private static readonly Finding MissingCertificate = new("Documents.Missing", new LocalizedText("缺少证书。", "A certificate is missing."),
        Document: "ProjectAssessmentCertificate|VerifierCertificate");
    private static readonly Finding WrongIdNumber = new("IdNumber.CheckCharacter", new LocalizedText("校验码不正确。", "The check character is wrong."), Field: "idNumber");
    private static readonly Finding ReviewerAsks = new(Finding.ReviewerRequestCode, new LocalizedText("请补充工作经历。", "Please add your work history."));
    private static readonly Finding WrongCertificateNumber = new("Verification.NotFound", new LocalizedText("未找到证书。", "No such certificate."), Field: "certificates[1].number");

    [Fact]
    public void A_missing_document_a_wrong_field_and_a_reviewer_s_request_read_as_the_wizard_names_them_in_Chinese()
    {
        var items = RequestCorrectionsActivity.CorrectionItems([MissingCertificate, WrongIdNumber, ReviewerAsks, WrongCertificateNumber], "zh-CN");

        Assert.Equal(["计量专业项目考核合格证 / 计量检定员证", "居民身份证号码", "审核意见", "证书编号"], items.Select(i => i!["item"]!.GetValue<string>()));
        Assert.Equal(["自动审查发现", "自动审查发现", "审核人员要求", "自动审查发现"], items.Select(i => i!["source"]!.GetValue<string>()));
        Assert.Equal("校验码不正确。", items[1]!["problem"]!.GetValue<string>());
    }

    [Fact]
    public void The_same_items_read_in_English_for_an_English_applicant()
    {
        var items = RequestCorrectionsActivity.CorrectionItems([MissingCertificate, WrongIdNumber, ReviewerAsks], "en");

        Assert.Equal(["Metrology project assessment certificate / Metrology verifier certificate", "Resident ID number", "Reviewer's request"],
            items.Select(i => i!["item"]!.GetValue<string>()));
        Assert.Equal("Reviewer asks", items[2]!["source"]!.GetValue<string>());
        Assert.Equal("The check character is wrong.", items[1]!["problem"]!.GetValue<string>());
    }

    [Fact]
    public void A_finding_about_the_whole_application_is_listed_under_the_application()
    {
        var items = RequestCorrectionsActivity.CorrectionItems([new Finding("Application.Expired", new LocalizedText("注册已过期。", "The registration has expired."))], "zh-CN");

        Assert.Equal("申请", items[0]!["item"]!.GetValue<string>());
    }
}
