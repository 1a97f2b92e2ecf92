using Approvals.Core.Verification;
using Approvals.Core.Workflow;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Workflows;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Runtime;

namespace Approvals.Infrastructure.Metrology.Effects;

/// <summary>Opens one verification request per subject, addressed to the reviewers of its issuing district.</summary>
internal sealed class VerificationRequestedEffectHandler(IIdGenerator ids) : IWorkflowEffectHandler
{
    public bool CanHandle(WorkflowEffect effect) => effect is VerificationRequested;

    public ValueTask ApplyAsync(WorkflowEffect effect, WorkflowInstanceState state, ApprovalsDbContext db, CancellationToken cancellationToken)
    {
        var requested = (VerificationRequested)effect;
        foreach (var subject in requested.Pending)
        {
            db.VerificationRequests.Add(new VerificationRequest
            {
                Id = ids.NewId(),
                ApplicationId = requested.ApplicationId,
                InstanceId = state.Id,
                ActivityId = requested.ActivityId,
                Subject = subject.Subject,
                Number = subject.Number,
                HolderName = requested.HolderName,
                HolderIdNumber = requested.HolderIdNumber,
                IssuingDistrictCode = subject.IssuingDistrictCode,
                RequestingDistrictCode = requested.RequestingDistrictCode,
                Status = VerificationStatus.Pending,
                CreatedAt = state.UpdatedAt,
                DueAt = requested.DueAt,
            });
        }
        return ValueTask.CompletedTask;
    }
}
