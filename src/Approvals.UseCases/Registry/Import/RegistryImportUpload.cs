using Approvals.Core.Registry.Import;

namespace Approvals.UseCases.Registry.Import;

/// <summary>A file an administrator sent: what it holds, its name as sent and its bytes.</summary>
public sealed record RegistryImportUpload(RegistryImportKind Kind, string FileName, byte[] Content);
