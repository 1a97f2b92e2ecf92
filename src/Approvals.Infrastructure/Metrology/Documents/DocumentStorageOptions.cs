namespace Approvals.Infrastructure.Metrology.Documents;

/// <summary>Where uploads are kept, bound from <c>Documents:StorageFolder</c>.</summary>
public sealed class DocumentStorageOptions
{
    /// <summary>Relative to the content root (never the web root) unless rooted.</summary>
    public string StorageFolder { get; set; } = Path.Combine("data", "documents");
}
