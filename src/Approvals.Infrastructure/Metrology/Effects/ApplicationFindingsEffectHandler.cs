using Approvals.Core.Workflow;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Workflows;
using Approvals.Workflows.Runtime;

namespace Approvals.Infrastructure.Metrology.Effects;

/// <summary>Keeps on the application the findings the applicant must see.</summary>
internal sealed class ApplicationFindingsEffectHandler : IWorkflowEffectHandler
{
    public bool CanHandle(WorkflowEffect effect) => effect is ApplicationFindingsRecorded;

    public async ValueTask ApplyAsync(WorkflowEffect effect, WorkflowInstanceState state, ApprovalsDbContext db, CancellationToken cancellationToken)
    {
        var recorded = (ApplicationFindingsRecorded)effect;
        var application = await db.CaseDrivenByAsync(recorded.ApplicationId, state, cancellationToken);
        application.RecordFindings(recorded.Findings, state.UpdatedAt);
    }
}
