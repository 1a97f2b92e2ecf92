using Approvals.Core.Findings;

namespace Approvals.Core.Documents;

/// <summary>The outcome of inspecting an upload: accepted, or every reason it was refused.</summary>
public sealed record UploadInspection(AcceptedUpload? Accepted, IReadOnlyList<Finding> Findings)
{
    public bool IsAccepted => Accepted is not null;

    public static UploadInspection Accept(AcceptedUpload upload) => new(upload, []);

    public static UploadInspection Refuse(IReadOnlyList<Finding> findings) => new(null, findings);
}
