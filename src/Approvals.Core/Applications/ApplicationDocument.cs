using Approvals.Core.Documents;

namespace Approvals.Core.Applications;

/// <summary>A stored upload of an application; the bytes live in the document store under <see cref="Sha256"/>.</summary>
public sealed class ApplicationDocument
{
    public required string Id { get; set; }
    public required string ApplicationId { get; set; }
    public DocumentKind Kind { get; set; }
    public required string FileName { get; set; }
    public DocumentContentType ContentType { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }
    public required string UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}
