using Approvals.Workflows.Contracts;

namespace Approvals.Workflows.Tests.Support;

/// <summary>Ids "id-1", "id-2" ... so that results are reproducible.</summary>
public sealed class SequentialIds : IIdGenerator
{
    private int _next;

    public string NewId() => $"id-{++_next}";
}
