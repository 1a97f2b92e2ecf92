using System.Security.Cryptography;
using Approvals.Core.Findings;
using Microsoft.Extensions.Options;

namespace Approvals.Core.Documents;

/// <summary>
/// Decides whether an uploaded file may be stored: its content must be a whole PDF, JPEG or PNG of at most
/// <see cref="DocumentOptions.MaxSizeBytes"/> bytes, and its name must be a bare file name. The content
/// decides the type; a name whose extension says otherwise is corrected, not trusted.
/// </summary>
public sealed class UploadInspector
{
    private readonly long _maxSizeBytes;

    public UploadInspector(IOptions<DocumentOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _maxSizeBytes = options.Value.MaxSizeBytes;
        // Uploads are inspected in memory, so the limit must fit in one array.
        if (_maxSizeBytes <= 0 || _maxSizeBytes >= Array.MaxLength)
            throw new ArgumentOutOfRangeException(nameof(options), _maxSizeBytes, $"Documents:MaxSizeBytes must be between 1 and {Array.MaxLength - 1}.");
    }

    /// <summary>Inspects an upload already in memory.</summary>
    public UploadInspection Inspect(ReadOnlyMemory<byte> content, string? declaredName)
    {
        var findings = new List<Finding>();
        var fileName = InspectName(declaredName, findings);

        DocumentContentType? type = null;
        if (content.Length == 0)
            findings.Add(UploadFindings.Empty(declaredName));
        else if (content.Length > _maxSizeBytes)
            findings.Add(UploadFindings.TooLarge(declaredName, _maxSizeBytes));
        else if ((type = DocumentContentTypes.Detect(content.Span)) is null)
            findings.Add(RefusedType(declaredName, fileName));
        else if (!type.Value.HasEnd(content.Span))
            findings.Add(UploadFindings.Incomplete(declaredName, type.Value));

        if (findings.Count > 0)
            return UploadInspection.Refuse(findings);

        var storedName = FileNameSanitizer.WithExtensionFor(fileName!, type!.Value);
        return UploadInspection.Accept(new AcceptedUpload(
            type.Value,
            storedName,
            Convert.ToHexStringLower(SHA256.HashData(content.Span)),
            content.Length,
            NameCorrected: storedName != fileName,
            content));
    }

    /// <summary>
    /// Reads an upload stream, never more than one byte past the limit, and inspects what it read.
    /// </summary>
    public async Task<UploadInspection> InspectAsync(Stream content, string? declaredName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, _maxSizeBytes + 1 - buffer.Length)), cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _maxSizeBytes)
                break;
        }

        return Inspect(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), declaredName);
    }

    private static string? InspectName(string? declaredName, List<Finding> findings)
    {
        if (FileNameSanitizer.ContainsPath(declaredName))
        {
            findings.Add(UploadFindings.PathInName(declaredName));
            return null;
        }

        if (!FileNameSanitizer.TrySanitize(declaredName, out var fileName))
        {
            findings.Add(UploadFindings.InvalidName(declaredName));
            return null;
        }

        return fileName;
    }

    private static Finding RefusedType(string? declaredName, string? fileName)
    {
        var claimed = fileName is null ? null : DocumentContentTypes.ClaimedBy(FileNameSanitizer.ExtensionOf(fileName));
        return claimed is { } type
            ? UploadFindings.ContentNotAsNamed(declaredName, type)
            : UploadFindings.TypeNotAllowed(declaredName);
    }
}
