using Approvals.Infrastructure.Links;
using Approvals.UseCases.OfficialDocuments;
using Microsoft.Extensions.Options;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;

namespace Approvals.Infrastructure.OfficialDocuments;

/// <summary>
/// The one layout of every document on A4: zone and title, number, addressee, body and listed items, facts, legal
/// basis, appeal channels, and at the foot the QR code to the public check page beside the bureau and the date.
/// Text is set in the embedded font and wrapped by its measured width, so nothing runs past the margins.
/// </summary>
public sealed class OfficialDocumentPdf : IOfficialDocumentPdf
{
    public const double Margin = 64;
    private const double QrSize = 96;
    private readonly PublicLinks _links;

    public OfficialDocumentPdf(PublicLinks links, IOptions<DocumentFontOptions> font)
    {
        _links = links;
        DocumentFontResolver.EnsureInstalled(font.Value);
    }

    public byte[] Render(OfficialDocumentContent content)
    {
        using var document = new PdfDocument();
        document.Info.Title = $"{content.Title.ZhCn} {content.Number}";
        document.Info.Creator = "Approvals";
        var page = document.AddPage();
        page.Size = PageSize.A4;
        using (var graphics = XGraphics.FromPdfPage(page))
            Draw(new PageWriter(graphics, page.Width.Point, page.Height.Point, Margin), content);
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    private void Draw(PageWriter page, OfficialDocumentContent content)
    {
        page.Centered(Texts.Text(Texts.OfficialDocumentPdf_Zone).ZhCn, 10, bold: false);
        page.Centered(content.Title.ZhCn, 22, bold: true);
        page.Centered(content.Title.En, 10, bold: false);
        page.Centered($"{Texts.Text(Texts.OfficialDocumentPdf_Number).ZhCn}：{content.Number}", 11, bold: false);
        page.Rule();
        page.Paragraph(content.Addressee, 12);
        foreach (var paragraph in content.Body)
            page.Paragraph(paragraph, 12, indent: true);
        for (var i = 0; i < content.Items.Count; i++)
            page.Paragraph($"{i + 1}. {content.Items[i]}", 11, hanging: 16);
        page.Gap(6);
        foreach (var fact in content.Facts)
            page.Fact(fact.Label, fact.Value, 11);
        page.Gap(6);
        page.Paragraph(Texts.Text(Texts.OfficialDocumentPdf_LegalBasis, content.LegalBasis, content.LegalBasis).ZhCn, 10);
        if (content.Appeal is { } appeal)
            page.Paragraph(appeal, 10, indent: true);

        var checkUrl = content.CheckNumber is { } number ? _links.To($"check?number={Uri.EscapeDataString(number)}").AbsoluteUri : null;
        page.Signature(content.Bureau, OfficialDocumentTemplates.Date(content.IssuedOn), 12, checkUrl is null ? 0 : QrSize);
        if (checkUrl is not null)
        {
            page.Image(QrCode(checkUrl), QrSize);
            page.Footer(Texts.Text(Texts.OfficialDocumentPdf_PublicCheck, checkUrl).ZhCn, 8);
        }
    }

    private static XImage QrCode(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        // PDFsharp's core build reads BMP and JPEG, not PNG.
        var bitmap = new BitmapByteQRCode(data).GetGraphic(8);
        return XImage.FromStream(new MemoryStream(bitmap));
    }
}
