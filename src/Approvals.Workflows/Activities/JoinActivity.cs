using Approvals.Text;
using Approvals.Workflows.Contracts;
using Approvals.Workflows.Registry;
using Approvals.Workflows.Runtime;

namespace Approvals.Workflows.Activities;

/// <summary>
/// Merges branches. The interpreter decides when a join runs (it sees which connection arrived): WaitAll once
/// every incoming connection arrived, WaitAny on the first arrival of a round. Running it just continues.
/// </summary>
public sealed class JoinActivity : IActivity
{
    public const string TypeName = "Join";
    public const string WaitAll = "WaitAll";
    public const string WaitAny = "WaitAny";

    public ActivityDescriptor Descriptor { get; } = new(
        TypeName,
        new LocalizedText("汇合", "Join"),
        "Flow",
        new LocalizedText("等待所有（或任一）分支到达后继续。", "Waits for all (or any) incoming branches, then continues."),
        [
            InputDescriptors.Create("mode", "汇合方式", "Mode", InputKind.Choice, false, "WaitAll：等所有分支到达；WaitAny：第一个分支到达即继续，并取消其余分支。", "WaitAll waits for every incoming branch; WaitAny continues on the first and cancels the others.")
                with { Choices = [WaitAll, WaitAny], Default = WaitAll, AcceptsExpression = false },
        ],
        ["Done"]) { Icon = "merge" };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) =>
        ValueTask.FromResult(ActivityResult.Complete("Done"));
}
