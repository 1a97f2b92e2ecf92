using Approvals.Core.Applications;

namespace Approvals.Core.Documents;

/// <summary>Upload rules, bound from the <c>Documents</c> section of the settings.</summary>
public sealed class DocumentOptions
{
    public const string SectionName = "Documents";

    public const long DefaultMaxSizeBytes = 10 * 1024 * 1024;

    /// <summary>The largest file accepted, in bytes; 10 MB unless set.</summary>
    public long MaxSizeBytes { get; set; } = DefaultMaxSizeBytes;

    /// <summary>
    /// The required set per application type. A type missing here uses <see cref="RequiredDocuments.Default"/>;
    /// starting empty keeps configuration binding from appending to the defaults.
    /// </summary>
    public Dictionary<ApplicationType, List<DocumentRequirement>> RequiredDocuments { get; set; } = [];

    public IReadOnlyList<DocumentRequirement> RequiredFor(ApplicationType type) =>
        RequiredDocuments.TryGetValue(type, out var configured) && configured.Count > 0
            ? configured
            : Applications.RequiredDocuments.Default(type);
}
