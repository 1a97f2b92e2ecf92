using System.Text.Json.Nodes;
using Approvals.Core.Applications;
using Approvals.Infrastructure.Tests.Support;
using Approvals.Infrastructure.Workflows;
using Approvals.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Approvals.UseCases.Instances;

namespace Approvals.Infrastructure.Tests.Metrology;

/// <summary>
/// Only a case's own procedure (the instance its submission started and linked) changes the case: another instance
/// that names it by correlation sets no status and asks for no corrections, and even the case's own procedure never
/// reopens a decided case. Run on each database provider.
/// </summary>
public abstract class CaseProcedureTests
{
    private static readonly DateTimeOffset Filed = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8));

    protected abstract Task<DatabaseTarget> CreateTargetAsync();

    private static Task FileAsync(RuntimeHost host, string applicationId, ApplicationStatus status, string? procedure) =>
        host.DatabaseAsync(db =>
        {
            db.Applications.Add(new Application
            {
                Id = applicationId, ApplicantUserId = "applicant", ApplicantEmail = "applicant@example.test", Status = status,
                InstanceId = procedure, CreatedAt = Filed, UpdatedAt = Filed,
            });
            return db.SaveChangesAsync();
        });

    private static Task<WorkflowInstanceState> SetStatusAsync(RuntimeHost host, string applicationId, string status, string? instanceId = null) =>
        host.RuntimeAsync(r => r.StartAsync(
            new InstanceStart("case-status", CorrelationId: applicationId, Input: new JsonObject { ["status"] = status }, InstanceId: instanceId), default));

    private static Task<(ApplicationStatus Status, int Timeline)> CaseAsync(RuntimeHost host, string applicationId) =>
        host.DatabaseAsync(async db => (
            await db.Applications.Where(a => a.Id == applicationId).Select(a => a.Status).SingleAsync(),
            await db.ApplicationTimeline.CountAsync(t => t.ApplicationId == applicationId)));

    [SkippableFact]
    public async Task The_cases_own_procedure_sets_the_status_the_applicant_sees()
    {
        await using var target = await CreateTargetAsync();
        await using var host = await RuntimeHost.StartAsync(target);
        await host.PublishAsync("case-status");
        await FileAsync(host, "APP-OWN", ApplicationStatus.Submitted, procedure: "APP-OWN-procedure");

        await SetStatusAsync(host, "APP-OWN", "InReview", instanceId: "APP-OWN-procedure");

        Assert.Equal((ApplicationStatus.InReview, 1), await CaseAsync(host, "APP-OWN"));
    }

    [SkippableFact]
    public async Task An_instance_that_only_names_a_case_sets_its_own_status_and_leaves_the_case_as_it_was()
    {
        await using var target = await CreateTargetAsync();
        await using var host = await RuntimeHost.StartAsync(target);
        await host.PublishAsync("case-status");
        await FileAsync(host, "APP-NAMED", ApplicationStatus.InReview, procedure: "APP-NAMED-procedure");

        var stranger = await SetStatusAsync(host, "APP-NAMED", "Approved");

        Assert.Equal(WorkflowStatus.Finished, stranger.Status);
        Assert.Equal("Approved", stranger.PublicStatus);
        Assert.Equal((ApplicationStatus.InReview, 0), await CaseAsync(host, "APP-NAMED"));
    }

    [SkippableFact]
    public async Task Not_even_the_cases_own_procedure_reopens_a_decided_case()
    {
        await using var target = await CreateTargetAsync();
        await using var host = await RuntimeHost.StartAsync(target);
        await host.PublishAsync("case-status");
        await FileAsync(host, "APP-DECIDED", ApplicationStatus.Rejected, procedure: "APP-DECIDED-procedure");

        await SetStatusAsync(host, "APP-DECIDED", "InReview", instanceId: "APP-DECIDED-procedure");

        Assert.Equal((ApplicationStatus.Rejected, 0), await CaseAsync(host, "APP-DECIDED"));
    }

    [SkippableFact]
    public async Task A_correction_request_of_an_instance_that_only_names_a_case_faults_and_asks_the_applicant_nothing()
    {
        await using var target = await CreateTargetAsync();
        await using var host = await RuntimeHost.StartAsync(target);
        await host.PublishAsync("correction-deadline");
        await FileAsync(host, "APP-CORR", ApplicationStatus.InReview, procedure: "APP-CORR-procedure");

        var stranger = await host.RuntimeAsync(r => r.StartAsync(new InstanceStart("correction-deadline", CorrelationId: "APP-CORR"), default));

        Assert.Equal(WorkflowStatus.Faulted, stranger.Status);
        var incident = Assert.Single(stranger.Incidents);
        Assert.Contains("不是申请“APP-CORR”提交时启动的办件流程", incident.MessageZhCn, StringComparison.Ordinal);
        Assert.Contains("is not the procedure that application 'APP-CORR' started", incident.Message, StringComparison.Ordinal);
        Assert.Empty(await host.DatabaseAsync(db => db.Bookmarks.Where(b => b.InstanceId == stranger.Id).ToListAsync()));
        var findings = await host.DatabaseAsync(db => db.Applications.Where(a => a.Id == "APP-CORR").Select(a => a.Findings).SingleAsync());
        Assert.Empty(findings);
    }
}

public sealed class SqliteCaseProcedureTests : CaseProcedureTests
{
    protected override Task<DatabaseTarget> CreateTargetAsync() => Task.FromResult(DatabaseTarget.Sqlite());
}

public sealed class PostgreSqlCaseProcedureTests : CaseProcedureTests
{
    protected override Task<DatabaseTarget> CreateTargetAsync() => DatabaseTarget.PostgreSqlAsync();
}
