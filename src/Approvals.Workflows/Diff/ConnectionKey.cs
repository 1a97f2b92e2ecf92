using Approvals.Workflows.Models;

namespace Approvals.Workflows.Diff;

/// <summary>A connection by what it joins; the designer marks a path with the same key.</summary>
public sealed record ConnectionKey(string SourceActivity, string SourcePort, string TargetActivity, string TargetPort)
{
    public static ConnectionKey Of(ConnectionModel connection) =>
        new(connection.Source.Activity, connection.Source.Port, connection.Target.Activity, connection.Target.Port);

    /// <summary><c>review:Approve-&gt;second</c>, the form the canvas uses for the path an instance took.</summary>
    public string CanvasKey => $"{SourceActivity}:{SourcePort}->{TargetActivity}";

    public override string ToString() => $"{SourceActivity}.{SourcePort} → {TargetActivity}.{TargetPort}";
}
