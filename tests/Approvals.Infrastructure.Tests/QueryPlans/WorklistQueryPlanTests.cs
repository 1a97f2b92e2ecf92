using Approvals.Core.Access;
using Approvals.Core.Applications;
using Approvals.Testing;
using Approvals.UseCases.Instances;
using Approvals.UseCases.Records;
using Approvals.UseCases.Tasks;

namespace Approvals.Infrastructure.Tests.QueryPlans;

/// <summary>
/// The reviewer's inbox and case search answer through indexes: each kind of search term is an index range on one key
/// of the case, and each sort of the inbox counts and pages its district's open tasks from an index. None reads the
/// whole task, instance or case table, which with a million finished cases takes seconds.
/// </summary>
public abstract class WorklistQueryPlanTests
{
    private const string Qingpu = "310118";
    private const string IdNumber = "31011819900307123X";
    private const string CaseNumber = "SQ-310118-2026-000042";
    private static readonly Caller QingpuReviewer = new("reviewer", "reviewer", "reviewer@test.local", new HashSet<string> { ApprovalsRoles.Reviewer }, Qingpu);

    private protected abstract Task<IQueryPlans> MigratedAsync();

    [SkippableTheory]
    [InlineData("31011819900307123x", "IX_Applications_IdNumber_Type_Status")]
    [InlineData("3101181990", "IX_Applications_IdNumber_Type_Status")]
    [InlineData("sq-310118-2026-000042", "IX_Applications_CaseNumber")]
    [InlineData("SQ-310118-2026", "IX_Applications_CaseNumber")]
    [InlineData("钱多", "IX_Applications_PersonName")]
    public async Task A_search_finds_the_case_through_the_index_of_its_key_and_scans_no_table(string term, string index)
    {
        await using var plans = await MigratedAsync();
        await SeedAsync(plans);

        var page = await PageAsync(plans, new WorklistQuery(Search: term));

        var sent = await plans.StepsOfQueriesSentAsync();
        Assert.Equal(["钱多多"], page.Rows.Select(r => r.ApplicantName));
        Assert.Equal(1, page.Total);
        Assert.All(sent, steps => Assert.DoesNotContain(steps, step => step.ReadsWhole));
        Assert.Contains(sent, steps => steps.Any(step => step.Index == index));
    }

    [SkippableFact]
    public async Task A_fragment_from_the_middle_of_a_name_or_number_finds_nothing_on_either_provider()
    {
        await using var plans = await MigratedAsync();
        await SeedAsync(plans);

        var byName = await PageAsync(plans, new WorklistQuery(Search: "多多"));
        var byId = await PageAsync(plans, new WorklistQuery(Search: "19900307"));
        var byCase = await PageAsync(plans, new WorklistQuery(Search: "000042"));

        Assert.Equal((0, 0, 0), (byName.Total, byId.Total, byCase.Total));
    }

    [SkippableTheory]
    [InlineData(WorklistSort.Due, 1)]
    [InlineData(WorklistSort.Due, 100)]
    [InlineData(WorklistSort.Created, 1)]
    [InlineData(WorklistSort.Created, 100)]
    [InlineData(WorklistSort.CaseNumber, 1)]
    [InlineData(WorklistSort.Applicant, 1)]
    [InlineData(WorklistSort.Step, 1)]
    public async Task Each_sort_of_the_inbox_counts_and_pages_its_districts_open_tasks_from_an_index_without_scanning_a_table(WorklistSort sort, int pageNumber)
    {
        await using var plans = await MigratedAsync();
        await SeedAsync(plans);

        await PageAsync(plans, new WorklistQuery(Sort: sort, Page: pageNumber));

        var sent = await plans.StepsOfQueriesSentAsync();
        Assert.All(sent, steps => Assert.DoesNotContain(steps, step => step.ReadsWhole));
        Assert.All(sent.Take(2), steps => Assert.Contains(steps, step => step.Index?.StartsWith("IX_HumanTasks_", StringComparison.Ordinal) == true));
    }

    [SkippableFact]
    public async Task The_inbox_sorted_by_creation_walks_the_index_in_order_and_sorts_nothing()
    {
        await using var plans = await MigratedAsync();
        await SeedAsync(plans);

        await PageAsync(plans, new WorklistQuery(Sort: WorklistSort.Created));

        var page = (await plans.StepsOfQueriesSentAsync())[1];
        Assert.Contains(page, step => step.Index == "IX_HumanTasks_Status_District_CreatedAt_Id");
        Assert.DoesNotContain(page, step => step.Sorts);
    }

    private static Task<WorklistPage<TaskView>> PageAsync(IQueryPlans plans, WorklistQuery query) =>
        new WorkflowQueries(plans.Db).PageTasksAsync(new TaskFilter(HumanTaskStatus.Open), query, QingpuReviewer, DateTimeOffset.UtcNow, CancellationToken.None);

    private static async Task SeedAsync(IQueryPlans plans)
    {
        var now = DateTimeOffset.UtcNow;
        plans.Db.Applications.Add(new Application
        {
            Id = "a-1", ApplicantUserId = "applicant", ApplicantEmail = "applicant@test.local", CaseNumber = CaseNumber,
            Type = ApplicationType.InitialRegistration, DistrictCode = Qingpu, PersonName = "钱多多", IdNumber = IdNumber,
        });
        plans.Db.WorkflowInstances.Add(new WorkflowInstanceRecord { Id = "i-1", DefinitionId = "d", CorrelationId = "a-1", StateJson = "{}", District = Qingpu, CreatedAt = now, UpdatedAt = now, StatutoryDueAt = now.AddDays(10) });
        plans.Db.HumanTasks.Add(new HumanTaskRecord
        {
            Id = "t-1", InstanceId = "i-1", ActivityId = "review", Title = "审核", Role = ApprovalsRoles.Reviewer, District = Qingpu,
            OutcomesJson = "[\"Approve\"]", ReasonRequiredForJson = "[]", Status = HumanTaskStatus.Open, CreatedAt = now,
        });
        await plans.Db.SaveChangesAsync();
        await plans.StepsOfQueriesSentAsync();
    }
}

public sealed class SqliteWorklistQueryPlanTests : WorklistQueryPlanTests
{
    private protected override async Task<IQueryPlans> MigratedAsync() => await SqlitePlans.MigratedAsync();
}

public sealed class PostgreSqlWorklistQueryPlanTests : WorklistQueryPlanTests
{
    private protected override async Task<IQueryPlans> MigratedAsync() => await PostgreSqlPlans.MigratedAsync();
}
