namespace Approvals.Core.Documents;

/// <summary>The document formats an applicant may upload, recognised by their content.</summary>
public enum DocumentContentType
{
    Pdf,
    Jpeg,
    Png,
}
