using System.Text.Json.Nodes;

namespace Approvals.Workflows.Runtime;

/// <summary>Everything the interpreter needs to continue an instance; the host stores it as JSON.</summary>
public sealed class WorkflowInstanceState
{
    public string Id { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public string? CorrelationId { get; set; }
    public WorkflowStatus Status { get; set; }

    /// <summary>The status the applicant sees, set by SetStatus.</summary>
    public string? PublicStatus { get; set; }

    public JsonObject Variables { get; set; } = [];
    public JsonObject Input { get; set; } = [];
    public List<BookmarkState> Bookmarks { get; set; } = [];
    public List<IncidentState> Incidents { get; set; } = [];

    /// <summary>Per Join activity id: the ids of the incoming connections ("source:port") that arrived.</summary>
    public Dictionary<string, List<string>> JoinArrivals { get; set; } = [];

    /// <summary>Join activities (WaitAny) that already fired in the current round.</summary>
    public List<string> FiredJoins { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
}
