using Approvals.Workflows.Contracts;

namespace Approvals.Workflows.Services;

/// <summary>Version 7 GUIDs: unique across servers and sortable by creation time, which keeps indexes compact.</summary>
public sealed class SortableIdGenerator(TimeProvider time) : IIdGenerator
{
    public string NewId() => Guid.CreateVersion7(time.GetUtcNow()).ToString("N");
}
