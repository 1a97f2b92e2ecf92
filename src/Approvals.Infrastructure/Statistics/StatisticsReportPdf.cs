using Approvals.Infrastructure.OfficialDocuments;
using Approvals.Text;
using Approvals.UseCases.Statistics;
using Microsoft.Extensions.Options;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Approvals.Infrastructure.Statistics;

/// <summary>
/// The monthly report as a PDF in one language: a title with the period, then every table of <see cref="StatisticsTables"/>
/// with the same cells the page and the spreadsheet show, on as many landscape A4 pages as they need. Columns are as wide
/// as their widest cell; a table too wide for the page is set smaller.
/// </summary>
public sealed class StatisticsReportPdf
{
    private const double Margin = 36;
    private const double Padding = 4;
    private const double BodySize = 9;

    public StatisticsReportPdf(IOptions<DocumentFontOptions> font) => DocumentFontResolver.EnsureInstalled(font.Value);

    public byte[] Render(StatisticsReport report, IReadOnlyList<StatisticsTable> tables, string culture)
    {
        using var document = new PdfDocument();
        var title = Texts.Text(Texts.StatisticsReportPdf_Title, report.Period.From.Year, report.Period.From.Month, report.Period.From.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture));
        document.Info.Title = title.For(culture);
        document.Info.Creator = "Approvals";
        var pages = new Pages(document, culture);
        pages.Line(title.For(culture), Font(16, bold: true));
        pages.Line(Texts.Text(Texts.StatisticsReportPdf_Period, Day(report.Period.From), Day(report.Period.To), Day(ReadableDates.ShanghaiDay(report.AsOf))).For(culture), Font(BodySize, bold: false));
        foreach (var table in tables)
            DrawTable(pages, table, culture);
        pages.Dispose();
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    private static void DrawTable(Pages pages, StatisticsTable table, string culture)
    {
        var header = table.Columns.Select(c => c.For(culture)).ToList();
        var rows = table.Rows.Select(r => r.Select(c => c.For(culture)).ToList()).ToList();
        var size = BodySize;
        var widths = Widths(pages.Graphics, header, rows, size);
        if (widths.Sum() > pages.Usable)
        {
            size *= pages.Usable / widths.Sum();
            widths = Widths(pages.Graphics, header, rows, size);
        }
        pages.Gap(10);
        pages.KeepWith(3 * size * 1.6);
        pages.Line(table.Title.For(culture), Font(11, bold: true));
        pages.Row(header, widths, Font(size, bold: true), shaded: true, table.Rows.FirstOrDefault());
        foreach (var (row, cells) in rows.Zip(table.Rows))
            pages.Row(row, widths, Font(size, bold: false), shaded: false, cells);
    }

    private static List<double> Widths(XGraphics graphics, List<string> header, List<List<string>> rows, double size)
    {
        var bold = Font(size, bold: true);
        var regular = Font(size, bold: false);
        return [.. header.Select((h, i) => Math.Max(
            graphics.MeasureString(h, bold).Width,
            rows.Select(r => graphics.MeasureString(r[i], regular).Width).DefaultIfEmpty(0).Max()) + 2 * Padding)];
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static XFont Font(double size, bool bold) =>
        new(DocumentFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    /// <summary>Writes top-down and starts a new page (numbered at its foot) when the next line would pass the bottom margin.</summary>
    private sealed class Pages(PdfDocument document, string culture) : IDisposable
    {
        private XGraphics? _graphics;
        private PdfPage? _page;
        private double _y;
        private int _number;

        public XGraphics Graphics => _graphics ?? NewPage();

        public double Usable => (_page?.Width.Point ?? Graphics.PageSize.Width) - 2 * Margin;

        public void Gap(double points) => _y += points;

        /// <summary>Starts a new page unless <paramref name="height"/> fits on this one (a title stays with its first rows).</summary>
        public void KeepWith(double height)
        {
            if (_graphics is not null && _y + height > Bottom)
                NewPage();
        }

        public void Line(string text, XFont font)
        {
            KeepWith(font.Size * 1.6);
            Graphics.DrawString(text, font, XBrushes.Black, Margin, _y + font.Size, XStringFormats.BaseLineLeft);
            _y += font.Size * 1.6;
        }

        public void Row(IReadOnlyList<string> cells, IReadOnlyList<double> widths, XFont font, bool shaded, IReadOnlyList<StatisticsCell>? kinds)
        {
            var height = font.Size * 1.8;
            KeepWith(height);
            var graphics = Graphics;
            var x = Margin;
            for (var i = 0; i < cells.Count; i++)
            {
                var box = new XRect(x, _y, widths[i], height);
                if (shaded)
                    graphics.DrawRectangle(XBrushes.Gainsboro, box);
                graphics.DrawRectangle(new XPen(XColors.Gray, 0.4), box);
                var numeric = !shaded && kinds is not null && i < kinds.Count && kinds[i].Text is null;
                var width = graphics.MeasureString(cells[i], font).Width;
                var left = numeric ? x + widths[i] - Padding - width : x + Padding;
                graphics.DrawString(cells[i], font, XBrushes.Black, left, _y + height / 2 + font.Size / 3, XStringFormats.BaseLineLeft);
                x += widths[i];
            }
            _y += height;
        }

        private double Bottom => (_page?.Height.Point ?? 0) - Margin - 14;

        private XGraphics NewPage()
        {
            _graphics?.Dispose();
            _page = document.AddPage();
            _page.Size = PageSize.A4;
            _page.Orientation = PageOrientation.Landscape;
            _graphics = XGraphics.FromPdfPage(_page);
            _number++;
            var footer = Texts.Text(Texts.StatisticsReportPdf_Page, _number).For(culture);
            _graphics.DrawString(footer, Font(8, bold: false), XBrushes.Gray, Margin, _page.Height.Point - Margin / 2, XStringFormats.BaseLineLeft);
            _y = Margin;
            return _graphics;
        }

        public void Dispose() => _graphics?.Dispose();
    }
}
