namespace Approvals.Workflows.Runtime;

/// <summary>The one deep copy a step makes, so that the caller's state is never changed.</summary>
internal static class InstanceStateCopy
{
    public static WorkflowInstanceState Copy(WorkflowInstanceState state) => new()
    {
        Id = state.Id,
        DefinitionId = state.DefinitionId,
        DefinitionVersion = state.DefinitionVersion,
        CorrelationId = state.CorrelationId,
        Status = state.Status,
        PublicStatus = state.PublicStatus,
        Variables = state.Variables.DeepClone().AsObject(),
        Input = state.Input.DeepClone().AsObject(),
        // Bookmarks and incidents are immutable records whose payloads the engine never changes after creation.
        Bookmarks = [.. state.Bookmarks],
        Incidents = [.. state.Incidents],
        JoinArrivals = state.JoinArrivals.ToDictionary(kv => kv.Key, kv => new List<string>(kv.Value)),
        FiredJoins = [.. state.FiredJoins],
        CreatedAt = state.CreatedAt,
        UpdatedAt = state.UpdatedAt,
        FinishedAt = state.FinishedAt,
    };
}
