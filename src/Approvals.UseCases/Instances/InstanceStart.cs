using System.Text.Json.Nodes;

namespace Approvals.UseCases.Instances;

/// <summary>What starts an instance.</summary>
/// <param name="Version">A published version, or null for the current one.</param>
/// <param name="CorrelationId">The application the instance drives; set only by the application service.</param>
/// <param name="District">The district the instance belongs to; null for none (the executive committee's alone).</param>
/// <param name="InstanceId">The id to give the instance, when its owner links to it before the first step runs; null for a new one.</param>
public sealed record InstanceStart(
    string DefinitionId,
    int? Version = null,
    string? CorrelationId = null,
    JsonObject? Input = null,
    string? Actor = null,
    string? District = null,
    string? InstanceId = null);
