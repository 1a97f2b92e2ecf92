using Approvals.Core.Registry;

namespace Approvals.Core.Applications;

/// <summary>A qualification certificate as the registry records it: its level and whose it is.</summary>
public sealed record RecordedQualification(string Number, MetrologistLevel Level, string HolderIdNumber);
