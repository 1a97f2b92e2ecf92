using Approvals.Infrastructure.Identity;
using Approvals.Infrastructure.Workflows;
using Approvals.Web.Features.Instances.Pages;
using Approvals.Web.Tests.Support;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Approvals.Core.Access;
using Approvals.UseCases.Instances;

namespace Approvals.Web.Tests.Components;

/// <summary>A regulator reads why an instance stopped in the UI's language, with the script's own words kept.</summary>
public sealed class InstanceIncidentTests(InstanceIncidentTests.Faulted faulted) : IClassFixture<InstanceIncidentTests.Faulted>
{
    private static readonly TestAccount Regulator = new("incident.regulator@test.local", "310118", ApprovalsRoles.Regulator);

    /// <summary>An instance whose SetVariable reads <c>input.settings.limit</c> without any input.</summary>
    public sealed class Faulted : ApiFactory, IAsyncLifetime
    {
        public string InstanceId { get; private set; } = "";

        public async Task InitializeAsync()
        {
            await using var scope = Services.CreateAsyncScope();
            var definitions = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>();
            var (draft, _) = await definitions.SaveDraftAsync(ApiClientExtensions.Definition("faulting"), CancellationToken.None);
            await definitions.PublishAsync(draft.DefinitionId, draft.Version, TestAccount.Staff.Scope, CancellationToken.None);
            InstanceId = (await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>().StartAsync(new InstanceStart("faulting", District: Regulator.District), CancellationToken.None)).Id;
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Theory]
    [InlineData("zh-CN", "表达式执行出错：", "Expression failed")]
    [InlineData("en", "Expression failed: ", "表达式")]
    public async Task The_journal_says_why_the_step_faulted_in_the_UI_s_language(string culture, string expected, string foreign)
    {
        await using var page = new PageRenderer(faulted, culture, Regulator);

        var instance = page.Render<InstancePage>(p => p.Add(c => c.Id, faulted.InstanceId));

        instance.WaitForAssertion(() => Assert.NotEmpty(instance.FindAll("[data-testid=journal] td[data-activity-id=read]")));
        var faultedRow = instance.FindAll("[data-testid=journal] tbody tr").Last(r => r.QuerySelector("td[data-activity-id=read]") is not null);
        var note = faultedRow.QuerySelectorAll("td")[^1].TextContent;
        Assert.Contains(expected, note, StringComparison.Ordinal);
        Assert.Contains("settings", note, StringComparison.Ordinal);
        Assert.DoesNotContain(foreign, note, StringComparison.Ordinal);
    }
}
