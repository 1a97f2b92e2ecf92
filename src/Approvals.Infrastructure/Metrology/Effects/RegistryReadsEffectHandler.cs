using Approvals.Core.Registry;
using Approvals.Core.Workflow;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Workflows;
using Approvals.Workflows.Runtime;

namespace Approvals.Infrastructure.Metrology.Effects;

/// <summary>Records the registry lookups of a procedure step in the read log, like a reviewer's reads.</summary>
internal sealed class RegistryReadsEffectHandler : ActivityEffectHandler<RegistryReadsRecorded>
{
    public const string ProcedureReader = "procedure";

    protected override ValueTask ApplyAsync(RegistryReadsRecorded reads, WorkflowInstanceState state, ApprovalsDbContext db, CancellationToken cancellationToken)
    {
        foreach (var (number, found) in reads.Reads)
        {
            db.RegistryReadLog.Add(new RegistryReadLog
            {
                ReaderUserId = ProcedureReader,
                ReaderDistrictCode = reads.DistrictCode,
                Purpose = $"{reads.Purpose}:{state.CorrelationId}",
                RecordNumber = number,
                Found = found,
                ReadAt = state.UpdatedAt,
            });
        }
        return ValueTask.CompletedTask;
    }
}
