using Approvals.Core.Workflow;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Workflows;
using Approvals.Workflows.Runtime;

namespace Approvals.Infrastructure.Metrology.Effects;

/// <summary>Keeps on the application the findings the applicant must see.</summary>
internal sealed class ApplicationFindingsEffectHandler : ActivityEffectHandler<ApplicationFindingsRecorded>
{
    protected override async ValueTask ApplyAsync(ApplicationFindingsRecorded recorded, WorkflowInstanceState state, ApprovalsDbContext db, CancellationToken cancellationToken)
    {
        var application = await db.CaseDrivenByAsync(recorded.ApplicationId, state, cancellationToken);
        application.RecordFindings(recorded.Findings, state.UpdatedAt);
    }
}
