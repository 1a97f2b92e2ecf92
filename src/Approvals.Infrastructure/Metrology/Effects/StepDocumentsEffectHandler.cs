using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Workflows;
using Approvals.UseCases.OfficialDocuments;

namespace Approvals.Infrastructure.Metrology.Effects;

/// <summary>
/// Once a step of a case's procedure has applied its effects, issues the documents its changes of status call for
/// (<see cref="StepDocuments"/>), in the step's unit of work. A step that did not touch its case leaves it untracked,
/// and issues nothing.
/// </summary>
internal sealed class StepDocumentsEffectHandler(StepDocuments documents) : IStepEffectHandler
{
    public bool Handles(StepEffect effect) => effect is StepApplied;

    public async ValueTask ApplyAsync(StepEffect effect, ApprovalsDbContext db, CancellationToken cancellationToken)
    {
        var state = ((StepApplied)effect).State;
        var application = db.Applications.Local.FirstOrDefault(a => a.Id == state.CorrelationId);
        if (application is null || !application.IsDrivenBy(state.Id))
            return;
        await documents.IssueAsync(db, application, cancellationToken);
    }
}
