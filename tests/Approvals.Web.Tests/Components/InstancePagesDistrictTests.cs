using System.Text.Json.Nodes;
using Approvals.Infrastructure.Identity;
using Approvals.Infrastructure.Workflows;
using Approvals.Web.Features.Instances.Pages;
using Approvals.Web.Tests.Support;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Approvals.Core.Access;
using Approvals.UseCases.Instances;

namespace Approvals.Web.Tests.Components;

/// <summary>
/// The regulators' instance pages show their own district's instances only: the list leaves another district's out,
/// and the instance page and its diagram answer for it exactly as for an instance that does not exist. The
/// executive committee sees every district's.
/// </summary>
public sealed class InstancePagesDistrictTests(InstancePagesDistrictTests.WujiangInstance wujiang) : IClassFixture<InstancePagesDistrictTests.WujiangInstance>
{
    private const string Wujiang = "320509";
    private static readonly TestAccount QingpuRegulator = new("pages.qingpu@test.local", "310118", ApprovalsRoles.Regulator);
    private static readonly TestAccount WujiangRegulator = new("pages.wujiang@test.local", Wujiang, ApprovalsRoles.Regulator);
    private static readonly TestAccount Committee = new("pages.committee@test.local", StaffDistricts.ExecutiveCommittee, ApprovalsRoles.Regulator);

    /// <summary>One instance of the sample procedure that belongs to Wujiang.</summary>
    public sealed class WujiangInstance : ApiFactory, IAsyncLifetime
    {
        public string InstanceId { get; private set; } = "";

        public async Task InitializeAsync()
        {
            await using var scope = Services.CreateAsyncScope();
            InstanceId = (await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>().StartAsync(
                new InstanceStart("two-level-approval", Input: new JsonObject { ["district"] = Wujiang }, District: Wujiang), CancellationToken.None)).Id;
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task A_Qingpu_regulator_opening_a_Wujiang_instance_reads_not_found_as_for_one_that_does_not_exist()
    {
        await using var page = new PageRenderer(wujiang, "zh-CN", QingpuRegulator);

        var other = page.Render<InstancePage>(p => p.Add(c => c.Id, wujiang.InstanceId));
        var missing = page.Render<InstancePage>(p => p.Add(c => c.Id, "no-such-instance"));

        other.WaitForAssertion(() => Assert.Equal("找不到该流程实例。", other.Find("h1").TextContent.Trim()));
        missing.WaitForAssertion(() => Assert.Equal("找不到该流程实例。", missing.Find("h1").TextContent.Trim()));
        Assert.Empty(other.FindAll("[data-testid=journal]"));
        Assert.DoesNotContain(Wujiang, other.Markup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wujiang")]
    [InlineData("committee")]
    public async Task The_instances_district_and_the_committee_open_it(string who)
    {
        await using var page = new PageRenderer(wujiang, "zh-CN", who == "committee" ? Committee : WujiangRegulator);

        var instance = page.Render<InstancePage>(p => p.Add(c => c.Id, wujiang.InstanceId));

        instance.WaitForAssertion(() => Assert.NotEmpty(instance.FindAll("[data-testid=journal] tbody tr")));
        Assert.EndsWith("v1", instance.Find("h1").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Qingpu_regulator_opening_a_Wujiang_instances_diagram_reads_not_found_and_sees_no_journal()
    {
        await using var page = new PageRenderer(wujiang, "zh-CN", QingpuRegulator);

        var diagram = page.Render<InstanceViewer>(p => p.Add(c => c.InstanceId, wujiang.InstanceId));
        var missing = page.Render<InstanceViewer>(p => p.Add(c => c.InstanceId, "no-such-instance"));

        diagram.WaitForAssertion(() => Assert.Equal("找不到该流程实例。", diagram.Find("[data-testid=instance-not-found]").TextContent.Trim()));
        missing.WaitForAssertion(() => Assert.Equal("找不到该流程实例。", missing.Find("[data-testid=instance-not-found]").TextContent.Trim()));
        Assert.Empty(diagram.FindAll("[data-testid=journal-entry]"));
        Assert.Empty(diagram.FindAll("[data-testid=instance-status]"));
    }

    [Fact]
    public async Task A_Qingpu_regulators_list_leaves_out_Wujiang_instances_and_offers_no_district_choice()
    {
        await using var page = new PageRenderer(wujiang, "zh-CN", QingpuRegulator);

        var list = page.Render<InstanceList>();

        list.WaitForAssertion(() => Assert.NotEmpty(list.FindAll("[data-testid=instances]")));
        Assert.Empty(list.FindAll($"a[href='instances/{wujiang.InstanceId}']"));
        Assert.DoesNotContain("吴江区", list.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("区", list.FindAll("label").Select(l => l.TextContent.Trim()));
    }

    [Fact]
    public async Task The_committees_list_shows_the_Wujiang_instance_with_its_district()
    {
        await using var page = new PageRenderer(wujiang, "zh-CN", Committee);

        var list = page.Render<InstanceList>();

        list.WaitForAssertion(() => Assert.NotEmpty(list.FindAll($"a[href='instances/{wujiang.InstanceId}']")));
        var row = list.Find($"a[href='instances/{wujiang.InstanceId}']").Closest("tr")!;
        Assert.Equal("吴江区", row.QuerySelector("[data-testid=instance-district]")!.TextContent.Trim());
    }
}
