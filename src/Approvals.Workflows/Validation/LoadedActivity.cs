using Approvals.Workflows.Contracts;
using Approvals.Workflows.Models;

namespace Approvals.Workflows.Validation;

/// <summary>An activity of the definition with a unique id and a known type: where it stands, what it says, what runs it.</summary>
internal sealed record LoadedActivity(int Index, ActivityModel Model, IActivity Activity)
{
    /// <summary>The JSON path of the activity, where its problems are reported.</summary>
    public string Path => $"$.root.activities[{Index}]";
}
