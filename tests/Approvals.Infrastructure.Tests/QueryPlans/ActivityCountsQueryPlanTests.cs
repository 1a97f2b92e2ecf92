using Approvals.Core.Access;
using Approvals.UseCases.Instances;

namespace Approvals.Infrastructure.Tests.QueryPlans;

/// <summary>
/// The designer's instance counts read the open bookmarks and the folded passage tally through their indexes,
/// never the instances or the journal: with a million finished cases those are tens of millions of rows.
/// </summary>
public sealed class ActivityCountsQueryPlanTests
{
    private static readonly Caller QingpuReviewer = new("reviewer", "reviewer", "reviewer@test.local", new HashSet<string> { ApprovalsRoles.Reviewer }, "310118");
    private static readonly Caller CommitteeRegulator = new("committee", "committee", "committee@test.local", new HashSet<string> { ApprovalsRoles.Regulator }, StaffDistricts.ExecutiveCommittee);

    public static TheoryData<string> Callers => ["district", "committee"];

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Waiting_and_passed_counts_search_their_own_indexes_and_scan_no_table(string caller)
    {
        await using var plans = await SqlitePlans.MigratedAsync();

        await new ActivityCounts(plans.Db).CountAsync("procedure", 1, caller == "district" ? QingpuReviewer : CommitteeRegulator, CancellationToken.None);

        var sent = await plans.PlansOfQueriesSentAsync();
        Assert.Equal(2, sent.Count);
        Assert.All(sent, query => Assert.DoesNotContain(query.Plan, line => line.StartsWith("SCAN ", StringComparison.Ordinal)));
        Assert.Contains(sent[0].Plan, line => line.Contains("USING COVERING INDEX IX_Bookmarks_DefinitionId_DefinitionVersion_District_ActivityId_InstanceId", StringComparison.Ordinal));
        Assert.Contains(sent[1].Plan, line => line.Contains("USING INDEX IX_ActivityPassageTallies_DefinitionId_DefinitionVersion_District_ActivityId", StringComparison.Ordinal));
        Assert.DoesNotContain(sent.SelectMany(q => q.Plan), line => line.Contains("WorkflowInstances", StringComparison.Ordinal) || line.Contains("Journal", StringComparison.Ordinal));
    }
}
