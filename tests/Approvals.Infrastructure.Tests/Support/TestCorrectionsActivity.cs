using System.Text.Json.Nodes;
using Approvals.Text;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Deadlines;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;

namespace Approvals.Infrastructure.Tests.Support;

/// <summary>Stands in for the domain's RequestCorrections: waits for the applicant with the statutory clock stopped.</summary>
public sealed class TestCorrectionsActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new(
        "TestCorrections", new LocalizedText("补正", "Corrections"), "Test", new LocalizedText("", ""), [], ["Done"]) { IsBlocking = true };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) =>
        ValueTask.FromResult(ActivityResult.Suspend("Corrections", new JsonObject { [BookmarkPayload.StopsStatutoryClock] = true }));
}
