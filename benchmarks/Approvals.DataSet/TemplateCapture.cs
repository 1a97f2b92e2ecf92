using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Infrastructure.Persistence;
using Approvals.LoadRun;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Approvals.DataSet;

/// <summary>
/// Files two real cases through HTTP on the data set's own host, as applicants and reviewers do: one worked by the
/// reviewer until its procedure ends (its registration issued), one left waiting at its first task. The rows each
/// added are the templates every bulk row is cloned from, so the bulk rows have exactly the shapes the engine writes.
/// </summary>
public static class TemplateCapture
{
    public static readonly LoadAccount Reviewer = LoadAccount.Reviewer(1);
    public static readonly LoadAccount Regulator = new("dataset-regulator@load.local", Core.Access.ApprovalsRoles.Regulator, LoadHost.Qingpu);
    public static readonly LoadAccount Applicant = LoadAccount.Applicant(1);

    public static async Task<(CaseTemplate Finished, CaseTemplate Open)> CaptureAsync(LoadHost host, CancellationToken cancellationToken)
    {
        await host.CreateAccountsAsync([Reviewer, Regulator, Applicant]);
        using var applicant = Client(host, Applicant);
        using var reviewer = Client(host, Reviewer);
        await applicant.EnsureSignedInAsync(cancellationToken);
        await reviewer.EnsureSignedInAsync(cancellationToken);

        var before = await RowsAsync(host, cancellationToken);
        var finishedCase = await FileAsync(applicant, 1, cancellationToken);
        await WorkUntilDecidedAsync(reviewer, finishedCase, cancellationToken);
        var afterFinished = await RowsAsync(host, cancellationToken);
        var openCase = await FileAsync(applicant, 2, cancellationToken);
        await FirstOpenTaskAsync(reviewer, openCase, cancellationToken);
        var afterOpen = await RowsAsync(host, cancellationToken);
        return (CaseTemplate.Between(before, afterFinished), CaseTemplate.Between(afterFinished, afterOpen));
    }

    public static SignedInClient Client(LoadHost host, LoadAccount account) =>
        new(new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromMinutes(5) }, account, new Latencies());

    private static async Task<string> FileAsync(SignedInClient applicant, int number, CancellationToken cancellationToken)
    {
        using var created = await applicant.Http.PostAsJsonAsync("/api/applications", Filing.Form(number), cancellationToken);
        await EnsureAsync(created);
        var id = (string)(await created.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!["summary"]!["id"]!;
        foreach (var kind in Filing.Documents)
        {
            using var uploaded = await applicant.Http.PostAsync($"/api/applications/{id}/documents", Filing.Document(kind), cancellationToken);
            await EnsureAsync(uploaded);
        }
        using var submitted = await applicant.Http.PostAsync($"/api/applications/{id}/submit", null, cancellationToken);
        await EnsureAsync(submitted);
        return id;
    }

    /// <summary>Completes the case's tasks one after the other (approving) until none is left open.</summary>
    private static async Task WorkUntilDecidedAsync(SignedInClient reviewer, string applicationId, CancellationToken cancellationToken)
    {
        while (await OpenTaskAsync(reviewer, applicationId, cancellationToken) is { } task)
        {
            var id = (string)task["id"]!;
            using var claimed = await reviewer.Http.PostAsync($"/api/tasks/{id}/claim", null, cancellationToken);
            await EnsureAsync(claimed);
            var outcomes = task["outcomes"]!.AsArray().Select(o => (string)o!).ToList();
            var needReason = task["reasonRequiredFor"]!.AsArray().Select(o => (string)o!).ToHashSet();
            var outcome = outcomes.Contains("Approve") ? "Approve" : outcomes.First(o => !needReason.Contains(o));
            using var completed = await reviewer.Http.PostAsJsonAsync($"/api/tasks/{id}/complete", new { outcome }, cancellationToken);
            await EnsureAsync(completed);
        }
    }

    private static async Task FirstOpenTaskAsync(SignedInClient reviewer, string applicationId, CancellationToken cancellationToken)
    {
        if (await OpenTaskAsync(reviewer, applicationId, cancellationToken) is null)
            throw new InvalidOperationException("The second case opened no task for the reviewer.");
    }

    private static async Task<JsonObject?> OpenTaskAsync(SignedInClient reviewer, string applicationId, CancellationToken cancellationToken)
    {
        using var response = await reviewer.Http.GetAsync($"/api/tasks?status=Open&pageSize=50", cancellationToken);
        await EnsureAsync(response);
        var tasks = (await response.Content.ReadFromJsonAsync<JsonArray>(cancellationToken))!.Select(t => t!.AsObject()).ToList();
        return tasks.FirstOrDefault(t => t.ToJsonString().Contains(applicationId, StringComparison.Ordinal)) ?? tasks.FirstOrDefault();
    }

    private static async Task EnsureAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<Dictionary<string, Dictionary<object, object?[]>>> RowsAsync(LoadHost host, CancellationToken cancellationToken)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
        var rows = new Dictionary<string, Dictionary<object, object?[]>>();
        foreach (var shape in DataSetModel.Tables(db))
        {
            var query = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(shape.ClrType).Invoke(db, null)!;
            var entities = await query.ToListAsync(cancellationToken);
            rows[shape.Table] = entities.Select(e => shape.Read(db.Entry(e))).ToDictionary(shape.Key);
        }
        return rows;
    }
}
