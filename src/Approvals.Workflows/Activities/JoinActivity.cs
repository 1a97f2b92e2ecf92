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
        Texts.Text(Texts.JoinActivity_Join),
        "Flow",
        Texts.Text(Texts.JoinActivity_WaitsForAllOrAnyIncoming),
        [
            new InputDescriptor("mode", Texts.Text(Texts.JoinActivity_Mode), InputKind.Choice, false, Texts.Text(Texts.JoinActivity_WaitAllWaitsForEveryIncomingBranch))
                with { Choices = [WaitAll, WaitAny], Default = WaitAll, AcceptsExpression = false },
        ],
        ["Done"]) { Icon = "merge" };

    public ValueTask<ActivityResult> ExecuteAsync(ActivityExecutionContext context) =>
        ValueTask.FromResult(ActivityResult.Complete("Done"));
}
