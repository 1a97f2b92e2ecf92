namespace Approvals.Infrastructure.Audit;

/// <summary>The shadow columns that place a registry read in its chain (the domain's read log knows nothing of hashes).</summary>
public static class RegistryReadChain
{
    public const string Sequence = "ChainSequence";
    public const string Previous = "ChainPrevious";
    public const string Hash = "ChainHash";
}
