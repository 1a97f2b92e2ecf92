using System.Text;
using Approvals.Core.Checks;
using Approvals.Core.Registry.Import;
using ClosedXML.Excel;

namespace Approvals.Web.Tests.Metrology.RegistryImport;

/// <summary>Import files as a clerk fills them: the template's bilingual header, then rows; each test takes numbers and people of its own.</summary>
internal static class ImportFiles
{
    private static int _next;

    /// <summary>A registration number no other test uses, of the level and district given.</summary>
    public static string NewNumber(int level, string district, int year = 2023) =>
        $"CSJ-R{level}-{district}-{year}-{700_000 + Interlocked.Increment(ref _next):D6}";

    /// <summary>A number in a province's own format (<c>苏计量注2020-0345</c>), no other test uses.</summary>
    public static string NewProvincialNumber(string prefix, int year = 2022) =>
        $"{prefix}{year}-{Interlocked.Increment(ref _next):D4}";

    public static string NewIdNumber()
    {
        var first17 = $"33042119800101{Interlocked.Increment(ref _next) % 1000:D3}";
        return first17 + ResidentIdNumber.ExpectedCheckCharacter(first17);
    }

    public static string CreditCode(string district)
    {
        var first17 = $"91{district}MA1MPRT00";
        return first17 + UnifiedSocialCreditCode.ExpectedCheckCharacter(first17);
    }

    /// <summary>A registration row in the template's column order.</summary>
    public static string[] Registration(string number, string level, string name, string idNumber, string district, string validFrom = "2023年3月1日", string validTo = "2028/2/28") =>
        [number, level, name, idNumber, "示范区导入测试有限公司", CreditCode(district), district, "长度计量；热工计量", validFrom, validTo];

    /// <summary>A certificate row in the template's column order.</summary>
    public static string[] Certificate(string kind, string number, string name, string idNumber, string issuer) =>
        [kind, number, name, idNumber, issuer, "长度计量", "2022-06-01", "2027-05-31"];

    public static byte[] Csv(RegistryImportKind kind, params string[][] rows)
    {
        var lines = new[] { string.Join(',', RegistryImportColumns.Of(kind).Select(c => c.Header)) }.Concat(rows.Select(r => string.Join(',', r)));
        return Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");
    }

    /// <summary>The template downloaded from the API with the rows written into its first sheet.</summary>
    public static byte[] FillXlsx(byte[] template, params string[][] rows)
    {
        using var workbook = new XLWorkbook(new MemoryStream(template));
        var sheet = workbook.Worksheets.First();
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
                sheet.Cell(r + 2, c + 1).SetValue(rows[r][c]);
        }
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    public static MultipartFormDataContent Upload(RegistryImportKind kind, string fileName, byte[] content) => new()
    {
        { new StringContent(kind.ToString()), "kind" },
        { new ByteArrayContent(content), "file", fileName },
    };
}
