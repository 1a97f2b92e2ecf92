using System.Globalization;
using Approvals.Text;
using Approvals.UseCases.Certificates;

namespace Approvals.Infrastructure.Metrology.Certificates;

/// <summary>Lays out a certificate on one A4 page: bilingual labels, the values as the registry holds them.</summary>
public sealed class CertificatePdf : ICertificatePdf
{
    public byte[] Render(CertificateContent certificate)
    {
        var page = new OnePagePdf()
            .Rectangle(36, 36, OnePagePdf.Width - 72, OnePagePdf.Height - 72)
            .Text(150, 740, 26, certificate.TitleZh, OnePagePdf.Font.Chinese)
            .Text(150, 712, 14, certificate.TitleEn, OnePagePdf.Font.Bold)
            .Text(150, 690, 10, "Yangtze River Delta Ecological Green Integrated Development Demonstration Zone")
            .Line(72, 676, OnePagePdf.Width - 72, 676);

        var y = 640.0;
        void Row(LocalizedText label, string value)
        {
            page.Text(72, y, 12, label.ZhCn, OnePagePdf.Font.Chinese);
            page.Text(72, y - 14, 9, label.En);
            page.Text(230, y - 6, 13, value);
            y -= 36;
        }

        if (certificate.Decision is { } decision)
            Row(Texts.Text(Texts.CertificatePdf_Decision), $"{decision.Grant.ZhCn}  {decision.Grant.En}");
        Row(Texts.Text(Texts.CertificatePdf_CertificateNumber), certificate.Number);
        if (certificate.CaseNumber is not null)
            Row(Texts.Text(Texts.CertificatePdf_CaseNumber), certificate.CaseNumber);
        Row(Texts.Text(Texts.CertificatePdf_Holder), certificate.HolderName);
        Row(Texts.Text(Texts.CertificatePdf_IDNumber), certificate.IdNumber);
        if (certificate.LevelZh is not null)
            Row(Texts.Text(Texts.CertificatePdf_Level), $"{certificate.LevelZh}  {certificate.LevelEn}");
        if (certificate.RecognisedNumber is not null)
            Row(Texts.Text(Texts.CertificatePdf_RecognisedCertificate), certificate.RecognisedNumber);
        Row(Texts.Text(Texts.CertificatePdf_Employer), certificate.EmployerName);
        Row(Texts.Text(Texts.CertificatePdf_Projects), certificate.Projects.Count == 0 ? "-" : string.Join("、", certificate.Projects));
        Row(Texts.Text(Texts.CertificatePdf_District), $"{certificate.DistrictName}（{certificate.DistrictCode}）");
        page.Text(230, y + 24, 9, certificate.DistrictNameEn);
        var validity = Texts.Text(Texts.CertificatePdf_ValidFromTo, Date(certificate.ValidFrom), Date(certificate.ValidTo));
        Row(Texts.Text(Texts.CertificatePdf_Valid), validity.ZhCn);
        page.Text(230, y + 24, 9, validity.En);
        Row(Texts.Text(Texts.CertificatePdf_IssuedBy), certificate.IssuedBy);
        Row(Texts.Text(Texts.CertificatePdf_IssuedOn), Date(certificate.IssuedOn));

        if (certificate.Decision is { } basis)
        {
            var line = 180.0;
            var legalBasis = Texts.Text(Texts.CertificatePdf_LegalBasis, basis.LegalBasis.ZhCn, basis.LegalBasis.En);
            foreach (var text in Wrap(legalBasis.ZhCn, 62))
                page.Text(72, line -= 10, 7, text, OnePagePdf.Font.Chinese);
            foreach (var text in Wrap(legalBasis.En, 120))
                page.Text(72, line -= 10, 7, text);
        }
        var publicCheck = Texts.Text(Texts.CertificatePdf_PublicCheck);
        page.Line(72, 120, OnePagePdf.Width - 72, 120)
            .Text(72, 100, 10, publicCheck.ZhCn, OnePagePdf.Font.Chinese)
            .Text(72, 86, 9, publicCheck.En);
        return page.ToBytes($"{certificate.TitleZh} {certificate.Number}");
    }

    /// <summary>Lines of at most <paramref name="width"/> characters, broken at spaces where the text has them.</summary>
    private static IEnumerable<string> Wrap(string text, int width)
    {
        while (text.Length > width)
        {
            var space = text.LastIndexOf(' ', width);
            var cut = space > 0 ? space : width;
            yield return text[..cut];
            text = text[cut..].TrimStart();
        }
        yield return text;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
