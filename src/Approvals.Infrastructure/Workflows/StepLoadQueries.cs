using Approvals.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Approvals.UseCases.Records;

namespace Approvals.Infrastructure.Workflows;

/// <summary>
/// The reads on the hot path of a step (the version a start runs on, the instance a step
/// loads), compiled once: a LINQ query costs more to translate and look up in EF's query cache than SQLite
/// takes to run it. A compiled query is bound to one model (one provider), so this
/// is a singleton per container rather than static.
/// </summary>
public sealed class StepLoadQueries
{
    public Func<ApprovalsDbContext, string, CancellationToken, Task<WorkflowInstanceRecord?>> Instance { get; } =
        EF.CompileAsyncQuery((ApprovalsDbContext db, string id, CancellationToken _) => db.WorkflowInstances.FirstOrDefault(i => i.Id == id));

    /// <summary>The instance when it belongs to the district: how a regulator's cancel and retry load it.</summary>
    public Func<ApprovalsDbContext, string, string, CancellationToken, Task<WorkflowInstanceRecord?>> InstanceInDistrict { get; } =
        EF.CompileAsyncQuery((ApprovalsDbContext db, string id, string district, CancellationToken _) => db.WorkflowInstances.FirstOrDefault(i => i.Id == id && i.District == district));

    public Func<ApprovalsDbContext, string, CancellationToken, Task<int?>> CurrentVersion { get; } =
        EF.CompileAsyncQuery((ApprovalsDbContext db, string definitionId, CancellationToken _) =>
            db.WorkflowDefinitions.Where(d => d.DefinitionId == definitionId && d.IsPublished && d.IsCurrent).Select(d => (int?)d.Version).FirstOrDefault());

    public Func<ApprovalsDbContext, string, int, CancellationToken, Task<int?>> PublishedVersion { get; } =
        EF.CompileAsyncQuery((ApprovalsDbContext db, string definitionId, int version, CancellationToken _) =>
            db.WorkflowDefinitions.Where(d => d.DefinitionId == definitionId && d.IsPublished && d.Version == version).Select(d => (int?)d.Version).FirstOrDefault());
}
