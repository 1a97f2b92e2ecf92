namespace Approvals.UseCases.Audit;

/// <summary>
/// Recomputes the audit chains from the stored rows and names the first entry that does not match (administrators'
/// verification page and API).
/// </summary>
public interface IAuditChainVerifier
{
    /// <exception cref="Approvals.Text.NotFoundRefusal">no such instance.</exception>
    Task<AuditChainReport> VerifyInstanceAsync(string instanceId, CancellationToken cancellationToken);

    Task<AuditChainReport> VerifyRegistryReadsAsync(CancellationToken cancellationToken);

    /// <summary>The writes chain, then every registration and recognition against the content its last write recorded.</summary>
    Task<AuditChainReport> VerifyRegistryWritesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Everything, a page at a time: the registry chains on the first page, then up to <paramref name="take"/>
    /// instances in id order after <paramref name="after"/>.
    /// </summary>
    Task<AuditVerificationPage> VerifyAllAsync(string? after, int take, CancellationToken cancellationToken);
}
