using Approvals.Core.Registry.Import;
using Approvals.Text;
using Microsoft.Extensions.Options;

namespace Approvals.UseCases.Registry.Import;

/// <summary>
/// From an uploaded file to rows by column: the type from the name (.csv or .xlsx) and the content, the size and row
/// limits, and the header row mapped to the kind's columns. A file refused here changes nothing.
/// </summary>
public sealed class RegistryImportReading(IRegistryImportFiles files, IOptions<RegistryImportOptions> options)
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    public IReadOnlyList<RegistryImportRow> Read(RegistryImportUpload upload)
    {
        var limits = options.Value;
        EnsureSize(upload.Content.Length);
        var type = TypeOf(upload);
        var sheet = files.Read(type, upload.Content);
        var columns = RegistryImportColumns.Of(upload.Kind);
        var positions = columns.ToDictionary(c => c.Key, c => IndexOf(sheet.Headers, c));
        var missing = columns.Where(c => positions[c.Key] < 0 && !c.IsOptional).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidFieldsRefusal("file", Texts.Text(Texts.RegistryImport_ColumnsMissing,
                string.Join("、", missing.Select(c => c.Header)), string.Join(", ", missing.Select(c => c.En))));
        }
        List<RegistryImportRow> rows = [.. sheet.Rows
            .Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c)))
            .Select(r => new RegistryImportRow(r.Number, positions.ToDictionary(p => p.Key, p => p.Value >= 0 && p.Value < r.Cells.Count ? r.Cells[p.Value] : "")))];
        if (rows.Count == 0)
            throw new InvalidFieldsRefusal("file", Texts.Text(Texts.RegistryImport_NoRows));
        if (rows.Count > limits.MaxRows)
            throw new InvalidFieldsRefusal("file", Texts.Text(Texts.RegistryImport_TooManyRows, rows.Count, limits.MaxRows));
        return rows;
    }

    /// <summary>Refuses an empty or oversized file; callers check the declared length before reading the bytes.</summary>
    public void EnsureSize(long length)
    {
        if (length == 0)
            throw new InvalidFieldsRefusal("file", Texts.Text(Texts.RegistryImport_FileEmpty));
        if (length > options.Value.MaxSizeBytes)
            throw new InvalidFieldsRefusal("file", Texts.Text(Texts.RegistryImport_FileTooLarge, options.Value.MaxSizeBytes / 1024));
    }

    private static RegistryImportFileType TypeOf(RegistryImportUpload upload)
    {
        var extension = Path.GetExtension(upload.FileName).ToLowerInvariant();
        var zipped = upload.Content.AsSpan().StartsWith(ZipSignature);
        return extension switch
        {
            ".xlsx" when zipped => RegistryImportFileType.Xlsx,
            ".csv" when !zipped && !upload.Content.Contains((byte)0) => RegistryImportFileType.Csv,
            ".xlsx" or ".csv" => throw new InvalidFieldsRefusal("file", Texts.Text(Texts.RegistryImport_ContentNotType, extension)),
            _ => throw new InvalidFieldsRefusal("file", Texts.Text(Texts.RegistryImport_WrongType, upload.FileName)),
        };
    }

    private static int IndexOf(IReadOnlyList<string> headers, RegistryImportColumn column)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            if (column.IsNamedBy(headers[i]))
                return i;
        }
        return -1;
    }
}
