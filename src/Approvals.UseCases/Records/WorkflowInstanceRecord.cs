using Approvals.Workflows.Runtime;

namespace Approvals.UseCases.Records;

public sealed class WorkflowInstanceRecord
{
    public required string Id { get; set; }
    public required string DefinitionId { get; set; }
    public int DefinitionVersion { get; set; }
    public string? CorrelationId { get; set; }

    /// <summary>
    /// The district the instance belongs to (a GB/T 2260 code): a case's is its application's, a generic
    /// instance's the starting regulator's. Regulators see and act on their district's instances only; null
    /// means no district, seen by the executive committee alone.
    /// </summary>
    public string? District { get; set; }
    public WorkflowStatus Status { get; set; }
    public string? PublicStatus { get; set; }

    /// <summary>The interpreter's <see cref="WorkflowInstanceState"/> as JSON.</summary>
    public required string StateJson { get; set; }

    /// <summary>Optimistic concurrency token: every step increments it, so two resumes cannot both apply.</summary>
    public int Revision { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>
    /// When the statutory limit runs out as the clock stands (the worklist's "due" filter and days-left sort); null
    /// without a limit, before the case is accepted and while the applicant holds it for corrections.
    /// </summary>
    public DateTimeOffset? StatutoryDueAt { get; set; }

    /// <summary>How many entries (journal lines and decisions) the instance's audit chain holds.</summary>
    public int ChainLength { get; set; }

    /// <summary>The hash of the chain's last entry; null while the chain is empty.</summary>
    public string? ChainHead { get; set; }
}
