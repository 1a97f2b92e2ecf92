using System.Diagnostics;

namespace Approvals.LoadRun;

/// <summary>
/// The host's memory: the managed heap after a full collection (what the host keeps alive) and the process's working
/// set. The host runs in this process, so both include the load clients, which hold nothing between requests.
/// </summary>
public sealed record HostMemory(long ManagedBytes, long WorkingSetBytes)
{
    public static HostMemory Now()
    {
        var managed = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        return new HostMemory(managed, process.WorkingSet64);
    }

    public override string ToString() => $"managed heap {ManagedBytes / 1048576.0:F1} MiB, working set {WorkingSetBytes / 1048576.0:F1} MiB";
}
