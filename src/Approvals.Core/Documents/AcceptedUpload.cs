namespace Approvals.Core.Documents;

/// <summary>An upload that passed inspection, ready to be stored as it is.</summary>
/// <param name="ContentType">The format found in the content.</param>
/// <param name="FileName">The sanitised name, its extension matching <paramref name="ContentType"/>.</param>
/// <param name="Sha256">The lower-case hexadecimal SHA-256 of the content.</param>
/// <param name="Size">The content's length in bytes.</param>
/// <param name="NameCorrected">Whether the extension was changed to match the content, so the applicant can be told.</param>
/// <param name="Content">The bytes that were inspected; store these, not a second read of the upload.</param>
public sealed record AcceptedUpload(
    DocumentContentType ContentType,
    string FileName,
    string Sha256,
    long Size,
    bool NameCorrected,
    ReadOnlyMemory<byte> Content)
{
    public string MediaType => ContentType.MediaType();
}
