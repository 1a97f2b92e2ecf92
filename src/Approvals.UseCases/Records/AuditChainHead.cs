namespace Approvals.UseCases.Records;

/// <summary>
/// The end of a shared audit chain (registry writes, registry reads). Its length is a concurrency token: two
/// writers that appended to the same end cannot both save, so the chain never forks; the loser appends again.
/// </summary>
public sealed class AuditChainHead
{
    public required string Chain { get; set; }
    public long Length { get; set; }
    public string? Head { get; set; }
}
