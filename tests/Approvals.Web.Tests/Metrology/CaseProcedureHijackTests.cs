using System.Net;
using System.Net.Http.Json;
using Approvals.Infrastructure.Workflows;
using Approvals.Web.Tests.Support;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Approvals.UseCases.Instances;

namespace Approvals.Web.Tests.Metrology;

/// <summary>
/// The attack: a regulator publishes Start → IssueRegistration → SetStatus Approved and starts it on another
/// district's application, for a registration with no review and no four eyes. A case's procedure is started
/// only by the case: the API takes no correlation onto a case, and an instance that names a case any other way
/// faults at its first domain step, so no registration is written and the case stays where it was. A case's
/// procedure also belongs to the case's district: another district's regulator cannot see or cancel it.
/// </summary>
public sealed class CaseProcedureHijackTests(MetrologyApiFactory factory) : IClassFixture<MetrologyApiFactory>, IAsyncLifetime
{
    private const string Qingpu = "310118";
    private const string Wujiang = "320509";
    private const string Shortcut = "shortcut-registration";

    private static readonly TestUser QingpuRegulator = new("qp-regulator", "qp-regulator@bureau.test", "Regulator", Qingpu);
    private static readonly TestUser WujiangRegulator = new("wj-regulator", "wj-regulator@bureau.test", "Regulator", Wujiang);
    private static readonly TestUser Committee = new("committee-regulator", "committee@bureau.test", "Regulator", "executive-committee");

    private readonly Cases _cases = new(factory);

    private const string ShortcutDefinition = $$"""
        { "definitionId": "{{Shortcut}}", "name": "Registration without review", "version": 1, "variables": [],
          "root": { "type": "Flowchart",
            "activities": [
              { "id": "start", "type": "Start", "inputs": {} },
              { "id": "issue", "type": "IssueRegistration", "inputs": {} },
              { "id": "approved", "type": "SetStatus", "inputs": { "status": "Approved" } },
              { "id": "end", "type": "End", "inputs": {} } ],
            "connections": [
              { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "issue", "port": "In" } },
              { "source": { "activity": "issue", "port": "Done" }, "target": { "activity": "approved", "port": "In" } },
              { "source": { "activity": "approved", "port": "Done" }, "target": { "activity": "end", "port": "In" } } ] } }
        """;

    public async Task InitializeAsync()
    {
        await factory.SeedRegistryAsync();
        var regulator = factory.ClientFor(QingpuRegulator);
        if ((await regulator.GetAsync($"/api/workflow-definitions/{Shortcut}")).StatusCode == HttpStatusCode.NotFound)
            await regulator.PublishAsync(ShortcutDefinition);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A Wujiang level-1 registration in review: it needs a review and a second approval before anything is issued.</summary>
    private async Task<(string Id, string InstanceId)> VictimAsync(string applicant)
    {
        var (client, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant(applicant),
            Cases.InitialRegistration(People.NewIdNumber(), Wujiang, 1, Wujiang, "JL-HIJACK-" + applicant), Cases.InitialDocuments);
        Assert.Equal("InReview", Cases.Status(submitted));
        return (id, (await _cases.GetAsync(client, id))["instanceId"].Str());
    }

    private Task<(string Status, string? IssuedNumber, int Timeline, int Registrations)> CaseAsync(string id) =>
        factory.DatabaseAsync(async db =>
        {
            var application = await db.Applications.AsNoTracking().Include(a => a.Timeline).SingleAsync(a => a.Id == id);
            return (application.Status.ToString(), application.IssuedNumber, application.Timeline.Count,
                await db.Registrations.CountAsync(r => r.ApplicationId == id));
        });

    [Theory]
    [InlineData("qp-regulator")]
    [InlineData("committee-regulator")]
    public async Task Starting_a_procedure_with_a_cases_id_as_correlation_is_refused_and_issues_nothing(string attacker)
    {
        var (victim, _) = await VictimAsync("hijack-correlation-" + attacker);
        var before = await CaseAsync(victim);
        var client = factory.ClientFor(attacker == Committee.Id ? Committee : QingpuRegulator);

        var response = await client.PostAsJsonAsync("/api/workflow-instances",
            new { definitionId = Shortcut, correlationId = victim, input = new { applicationId = victim } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("不能指定 correlationId", (await response.ProblemAsync())["detail"].Str(), StringComparison.Ordinal);
        Assert.Equal(1, await factory.DatabaseAsync(db => db.WorkflowInstances.CountAsync(i => i.CorrelationId == victim)));
        Assert.Equal(before, await CaseAsync(victim));
        Assert.Equal((0, null), (before.Registrations, before.IssuedNumber));
    }

    [Fact]
    public async Task A_procedure_started_through_the_API_with_the_cases_id_as_input_faults_and_issues_nothing()
    {
        var (victim, _) = await VictimAsync("hijack-input");
        var before = await CaseAsync(victim);
        var client = factory.ClientFor(QingpuRegulator);

        var started = await client.PostJsonAsync("/api/workflow-instances",
            new { definitionId = Shortcut, input = new { applicationId = victim, correlationId = victim } }, HttpStatusCode.Created);
        var details = await client.GetJsonAsync($"/api/workflow-instances/{started["id"].Str()}");

        Assert.Equal("Faulted", details["instance"]!["status"].Str());
        Assert.Equal("issue", Assert.Single(details["incidents"]!.AsArray())!["activityId"].Str());
        Assert.Equal(before, await CaseAsync(victim));
    }

    [Fact]
    public async Task An_instance_that_names_a_case_without_being_its_procedure_faults_at_IssueRegistration_even_when_retried()
    {
        var (victim, _) = await VictimAsync("hijack-runtime");
        var before = await CaseAsync(victim);

        // However an instance came to name the case (one started before this rule, or by any other path), it is not the case's procedure.
        WorkflowInstanceState stranger;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            stranger = await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>()
                .StartAsync(new InstanceStart(Shortcut, CorrelationId: victim, District: Wujiang), CancellationToken.None);
        }
        var incident = Assert.Single(stranger.Incidents);
        var retried = await factory.ClientFor(WujiangRegulator).PostAsync($"/api/workflow-instances/{stranger.Id}/incidents/{incident.Id}/retry", null);

        Assert.Equal(WorkflowStatus.Faulted, stranger.Status);
        Assert.Equal("issue", incident.ActivityId);
        Assert.Contains($"不是申请“{victim}”提交时启动的办件流程", incident.MessageZhCn, StringComparison.Ordinal);
        Assert.Contains($"is not the procedure that application '{victim}' started", incident.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal("Faulted", (await retried.ReadAsync(HttpStatusCode.OK))["status"].Str());
        Assert.Equal(before, await CaseAsync(victim));
    }

    [Fact]
    public async Task A_cases_procedure_belongs_to_the_cases_district_and_a_regulator_of_another_cannot_read_or_cancel_it()
    {
        var (victim, instance) = await VictimAsync("hijack-cancel");
        var qingpu = factory.ClientFor(QingpuRegulator);

        var read = await qingpu.GetAsync($"/api/workflow-instances/{instance}");
        var listed = await qingpu.GetJsonAsync($"/api/workflow-instances?correlationId={victim}");
        var cancel = await qingpu.PostAsync($"/api/workflow-instances/{instance}/cancel", null);
        var seenByWujiang = await factory.ClientFor(WujiangRegulator).GetJsonAsync($"/api/workflow-instances/{instance}");
        var seenByCommittee = await factory.ClientFor(Committee).GetJsonAsync($"/api/workflow-instances?correlationId={victim}");

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Empty(listed.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, cancel.StatusCode);
        Assert.Equal(($"没有找到流程实例“{instance}”。"), (await cancel.ProblemAsync())["detail"].Str());
        Assert.Equal((Wujiang, "Suspended"), (seenByWujiang["instance"]!["district"].Str(), seenByWujiang["instance"]!["status"].Str()));
        Assert.Equal(instance, Assert.Single(seenByCommittee.AsArray())!["id"].Str());
        Assert.Equal("InReview", (await CaseAsync(victim)).Status);
    }
}
