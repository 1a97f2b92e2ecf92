using Approvals.Text;

namespace Approvals.Workflows.Registry;

/// <summary>How an activity type describes itself to the validator, the designer and the API.</summary>
public sealed record ActivityDescriptor(
    string Type,
    LocalizedText DisplayName,
    string Category,
    LocalizedText Description,
    IReadOnlyList<InputDescriptor> Inputs,
    IReadOnlyList<string> Outcomes)
{
    /// <summary>The activity suspends the instance on a bookmark until a stimulus resumes it.</summary>
    public bool IsBlocking { get; init; }

    /// <summary>
    /// Name of an input whose value adds outcome ports (Switch's <c>cases</c>, HumanTask's <c>outcomes</c>);
    /// null when the ports are fixed.
    /// </summary>
    public string? OutcomesFromInput { get; init; }

    /// <summary>Every outcome port must lead somewhere (a Decision with a dangling False is an error).</summary>
    public bool RequiresConnectedOutcomes { get; init; }

    /// <summary>Name of an icon the designer shows on the node.</summary>
    public string Icon { get; init; } = "activity";
}
