using System.Text;
using Approvals.Core.Registry.Import;
using Approvals.Infrastructure.Metrology.Registry.Import;
using Approvals.Text;
using Approvals.UseCases.Registry.Import;
using ClosedXML.Excel;

namespace Approvals.Infrastructure.Tests.Metrology;

/// <summary>Import files as bureaus save them: Excel with real date cells, CSV from a Chinese Windows (GB18030), and damaged files.</summary>
public sealed class RegistryImportFilesTests
{
    private readonly RegistryImportFiles _files = new();

    [Fact]
    public void An_excel_date_cell_and_a_number_cell_read_as_an_ISO_date_and_plain_digits()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("data");
        sheet.Cell(1, 1).Value = "有效期起(Valid from)";
        sheet.Cell(1, 2).Value = "注册区县代码(District code)";
        sheet.Cell(2, 1).Value = new DateTime(2023, 3, 1);
        sheet.Cell(2, 2).Value = 320509;
        using var output = new MemoryStream();
        workbook.SaveAs(output);

        var read = _files.Read(RegistryImportFileType.Xlsx, output.ToArray());

        Assert.Equal(["有效期起(Valid from)", "注册区县代码(District code)"], read.Headers);
        var row = Assert.Single(read.Rows);
        Assert.Equal((2, "2023-03-01", "320509"), (row.Number, row.Cells[0], row.Cells[1]));
    }

    [Fact]
    public void A_csv_saved_by_Excel_in_GB18030_reads_its_Chinese_text()
    {
        var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
        var content = gb18030.GetBytes("姓名,级别\r\n王芳,二级\r\n");

        var read = _files.Read(RegistryImportFileType.Csv, content);

        Assert.Equal(["姓名", "级别"], read.Headers);
        Assert.Equal(["王芳", "二级"], Assert.Single(read.Rows).Cells);
    }

    [Theory]
    [InlineData(RegistryImportKind.Registrations)]
    [InlineData(RegistryImportKind.Certificates)]
    public void Both_templates_carry_the_bilingual_header_of_every_column(RegistryImportKind kind)
    {
        var headers = RegistryImportColumns.Of(kind).Select(c => c.Header).ToList();

        Assert.Equal(headers, _files.Read(RegistryImportFileType.Csv, _files.Template(kind, RegistryImportFileType.Csv)).Headers);
        Assert.Equal(headers, _files.Read(RegistryImportFileType.Xlsx, _files.Template(kind, RegistryImportFileType.Xlsx)).Headers);
    }

    [Fact]
    public void A_damaged_excel_file_is_refused_as_unreadable()
    {
        byte[] damaged = [0x50, 0x4B, 0x03, 0x04, .. Encoding.ASCII.GetBytes("not really a zip")];

        var refusal = Assert.Throws<InvalidFieldsRefusal>(() => _files.Read(RegistryImportFileType.Xlsx, damaged));

        Assert.Contains("无法读取", refusal.FieldErrors["file"][0].ZhCn, StringComparison.Ordinal);
    }
}
