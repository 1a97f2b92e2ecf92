using System.Globalization;
using System.Text;
using Approvals.Core.Registry.Import;
using Approvals.UseCases.Registry.Import;
using CsvHelper;

namespace Approvals.Infrastructure.Metrology.Registry.Import;

/// <summary>
/// CSV import files (CsvHelper): UTF-8 with or without BOM, or GB18030 as Excel saves "CSV" on a Chinese Windows;
/// comma, semicolon or tab separated.
/// </summary>
internal static class CsvImportFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static RegistryImportSheet Read(byte[] content)
    {
        var options = CsvReaderOptions.Default with { HasHeader = false, TrackLineNumbers = true, TrimWhitespace = true };
        using var csv = CsvReader.Create(new StringReader(Decode(content)), options, false);
        IReadOnlyList<string>? headers = null;
        var rows = new List<RegistryImportSheetRow>();
        while (csv.Read())
        {
            string[] cells = [.. Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i) ?? "")];
            if (headers is null)
                headers = cells;
            else
                rows.Add(new RegistryImportSheetRow((int)csv.LineNumber, cells));
        }
        return new RegistryImportSheet(headers ?? [], rows);
    }

    public static byte[] Template(RegistryImportKind kind)
    {
        using var output = new MemoryStream();
        // With a BOM, so Excel opens the Chinese headers as UTF-8.
        using (var csv = CsvWriter.Create(output, CsvWriterOptions.Default with { WriteByteOrderMark = true }, true))
            csv.WriteHeader([.. RegistryImportColumns.Of(kind).Select(c => c.Header)]);
        return output.ToArray();
    }

    private static string Decode(byte[] content)
    {
        try
        {
            var text = StrictUtf8.GetString(content);
            return text.TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetString(content);
        }
    }
}
