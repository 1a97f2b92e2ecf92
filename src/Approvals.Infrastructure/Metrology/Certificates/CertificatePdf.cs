using System.Globalization;
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
        void Row(string labelZh, string labelEn, string value)
        {
            page.Text(72, y, 12, labelZh, OnePagePdf.Font.Chinese);
            page.Text(72, y - 14, 9, labelEn);
            page.Text(230, y - 6, 13, value);
            y -= 36;
        }

        if (certificate.Decision is { } decision)
            Row("决定", "Decision", $"{decision.Grant.ZhCn}  {decision.Grant.En}");
        Row("证书编号", "Certificate number", certificate.Number);
        if (certificate.CaseNumber is not null)
            Row("申请编号", "Case number", certificate.CaseNumber);
        Row("姓名", "Holder", certificate.HolderName);
        Row("身份证件号码", "ID number", certificate.IdNumber);
        if (certificate.LevelZh is not null)
            Row("级别", "Level", $"{certificate.LevelZh}  {certificate.LevelEn}");
        if (certificate.RecognisedNumber is not null)
            Row("互认的证书", "Recognised certificate", certificate.RecognisedNumber);
        Row("执业单位", "Employer", certificate.EmployerName);
        Row("注册专业", "Projects", certificate.Projects.Count == 0 ? "-" : string.Join("、", certificate.Projects));
        Row("注册地", "District", $"{certificate.DistrictName}（{certificate.DistrictCode}）");
        page.Text(230, y + 24, 9, certificate.DistrictNameEn);
        Row("有效期", "Valid", $"{Date(certificate.ValidFrom)} 至 {Date(certificate.ValidTo)}");
        page.Text(230, y + 24, 9, $"from {Date(certificate.ValidFrom)} to {Date(certificate.ValidTo)}");
        Row("发证机关", "Issued by", certificate.IssuedBy);
        Row("发证日期", "Issued on", Date(certificate.IssuedOn));

        if (certificate.Decision is { } basis)
        {
            var line = 180.0;
            foreach (var text in Wrap($"依据：{basis.LegalBasis.ZhCn}", 62))
                page.Text(72, line -= 10, 7, text, OnePagePdf.Font.Chinese);
            foreach (var text in Wrap($"Legal basis: {basis.LegalBasis.En}", 120))
                page.Text(72, line -= 10, 7, text);
        }
        page.Line(72, 120, OnePagePdf.Width - 72, 120)
            .Text(72, 100, 10, "本证书信息可通过示范区计量审批平台按证书编号和姓名查验。", OnePagePdf.Font.Chinese)
            .Text(72, 86, 9, "This certificate can be checked on the zone's metrology platform by its number and the holder's name.");
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
