namespace Approvals.UseCases.Audit;

/// <summary>The names of the audit chains and the value that stands before the first entry of each.</summary>
public static class AuditChains
{
    /// <summary>Registrations and recognitions as written (issued, renewed).</summary>
    public const string RegistryWrites = "registry-writes";

    /// <summary>Every read of the registry by a reviewer, a procedure or the public check.</summary>
    public const string RegistryReads = "registry-reads";

    /// <summary>One chain per workflow instance: its journal lines and its decisions, in the order they were written.</summary>
    public const string InstancePrefix = "instance:";

    /// <summary>The "previous hash" of a chain's first entry.</summary>
    public static readonly string Genesis = new('0', 64);
}
