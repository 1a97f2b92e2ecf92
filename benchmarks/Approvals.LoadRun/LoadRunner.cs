using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Approvals.LoadRun;

/// <summary>
/// Applicants file complete cases (form, six documents, submit) until the count or the time is reached, while
/// reviewers take unclaimed tasks from their inbox, claim and complete them; both through HTTP, all at once.
/// A 409 on claim or complete (another reviewer was first) is expected; any other non-success answer is counted as an error.
/// Partitioned, the reviewers start once the filing is done and its mail sent, each with its own share of the open tasks.
/// </summary>
public sealed class LoadRunner(LoadHost host, LoadRunOptions options)
{
    private readonly Latencies _latencies = new();
    private readonly List<string> _errors = [];
    private int _filed;
    private int _submitted;
    private int _completed;
    private int _applicantsRunning;

    public async Task<LoadRunResult> RunAsync(CancellationToken cancellationToken)
    {
        var reviewers = Enumerable.Range(1, options.Reviewers).Select(LoadAccount.Reviewer).ToList();
        var applicants = Enumerable.Range(1, options.Applicants).Select(LoadAccount.Applicant).ToList();
        await host.CreateAccountsAsync([.. reviewers, .. applicants]);
        var reviewerClients = reviewers.Select(Client).ToList();
        var applicantClients = applicants.Select(Client).ToList();
        try
        {
            await Task.WhenAll(reviewerClients.Concat(applicantClients).Select(c => c.EnsureSignedInAsync(cancellationToken)));
            var memoryAtStart = HostMemory.Now();
            using var profile = new RequestProfile();
            await using var memory = new MemorySampler(TimeSpan.FromSeconds(1));
            var clock = Stopwatch.StartNew();
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(options.Duration);
            _applicantsRunning = applicantClients.Count;
            var filing = applicantClients.Select(c => FileAsync(c, deadline.Token));
            TimeSpan? reviewingPhase = null, backlogDrained = null;
            if (options.Partitioned)
            {
                await Task.WhenAll(filing);
                var open = await OpenTasksAsync(reviewerClients[0], deadline.Token);
                backlogDrained = await host.WaitUntilOutboxIdleAsync(deadline.Token);
                var reviewingClock = Stopwatch.StartNew();
                await Task.WhenAll(reviewerClients.Select((reviewer, r) =>
                    ReviewShareAsync(reviewer, [.. open.Where((_, n) => n % reviewerClients.Count == r)], deadline.Token)));
                reviewingPhase = reviewingClock.Elapsed;
            }
            else
                await Task.WhenAll(filing.Concat(reviewerClients.Select(c => ReviewAsync(c, deadline.Token))));
            var elapsed = clock.Elapsed;
            var trend = await memory.StopAsync();
            return new LoadRunResult(host.DatabaseName, options, elapsed, _submitted, _completed, [.. _errors], _latencies.Figures(elapsed), memoryAtStart, HostMemory.Now(), trend, profile, reviewingPhase, backlogDrained);
        }
        finally
        {
            foreach (var client in reviewerClients.Concat(applicantClients))
                client.Dispose();
        }
    }

    private SignedInClient Client(LoadAccount account) =>
        new(new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromMinutes(2) }, account, _latencies);

    private async Task FileAsync(SignedInClient applicant, CancellationToken deadline)
    {
        try
        {
            while (!deadline.IsCancellationRequested && Interlocked.Increment(ref _filed) is var number && number <= options.Cases)
            {
                await applicant.EnsureSignedInAsync(deadline);
                using var created = await _latencies.TimeAsync(Endpoints.CreateApplication, () => applicant.Http.PostAsJsonAsync("/api/applications", Filing.Form(number), deadline));
                if (!await SucceededAsync(created, Endpoints.CreateApplication))
                    continue;
                var id = (string)(await created.Content.ReadFromJsonAsync<JsonObject>(deadline))!["summary"]!["id"]!;
                foreach (var kind in Filing.Documents)
                {
                    using var uploaded = await _latencies.TimeAsync(Endpoints.UploadDocument, () => applicant.Http.PostAsync($"/api/applications/{id}/documents", Filing.Document(kind), deadline));
                    await SucceededAsync(uploaded, Endpoints.UploadDocument);
                }
                using var submitted = await _latencies.TimeAsync(Endpoints.Submit, () => applicant.Http.PostAsync($"/api/applications/{id}/submit", null, deadline));
                if (await SucceededAsync(submitted, Endpoints.Submit))
                    Interlocked.Increment(ref _submitted);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
        }
        finally
        {
            Interlocked.Decrement(ref _applicantsRunning);
        }
    }

    private static readonly TimeSpan LostClaimPause = TimeSpan.FromMilliseconds(250);

    private async Task ReviewAsync(SignedInClient reviewer, CancellationToken deadline)
    {
        try
        {
            while (!deadline.IsCancellationRequested)
            {
                await reviewer.EnsureSignedInAsync(deadline);
                var filingDone = Volatile.Read(ref _applicantsRunning) == 0;
                using var inbox = await _latencies.TimeAsync(Endpoints.Inbox, () => reviewer.Http.GetAsync(UnclaimedTasks(page: 1, pageSize: 20), deadline));
                if (!await SucceededAsync(inbox, Endpoints.Inbox))
                    continue;
                var tasks = (await inbox.Content.ReadFromJsonAsync<JsonArray>(deadline))!.Select(t => t!.AsObject()).ToList();
                if (tasks.Count == 0)
                {
                    if (filingDone)
                        return;
                    // Nothing to take yet: the applicants' next submissions are on their way.
                    await Task.Delay(TimeSpan.FromMilliseconds(20), deadline);
                    continue;
                }
                if (!await WorkAsync(reviewer, tasks[Random.Shared.Next(tasks.Count)], deadline))
                {
                    // Another reviewer was first: a person reads the list again before the next try, not within a
                    // millisecond. Without this pause, fifty reviewers racing for the few newest tasks spent the
                    // database on lost claims (18,159 of 19,159 claims answered 409 in one run).
                    await Task.Delay(LostClaimPause, deadline);
                }
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
        }
    }

    private const int ListPageSize = 200;

    /// <summary>A page of the open tasks nobody has claimed, as a reviewer's inbox lists them.</summary>
    private static string UnclaimedTasks(int page, int pageSize) => $"/api/tasks?status=Open&unassigned=true&page={page}&pageSize={pageSize}";

    /// <summary>
    /// Every open unclaimed task once all submitted cases have one (a submission's first step may still be committing
    /// when its request answers), read page by page while nothing claims any.
    /// </summary>
    private async Task<List<JsonObject>> OpenTasksAsync(SignedInClient reviewer, CancellationToken deadline)
    {
        while (true)
        {
            await reviewer.EnsureSignedInAsync(deadline);
            var open = new List<JsonObject>();
            for (var page = 1; ; page++)
            {
                using var listed = await reviewer.Http.GetAsync(UnclaimedTasks(page, ListPageSize), deadline);
                listed.EnsureSuccessStatusCode();
                var tasks = (await listed.Content.ReadFromJsonAsync<JsonArray>(deadline))!;
                open.AddRange(tasks.Select(t => t!.AsObject()));
                if (tasks.Count < ListPageSize)
                    break;
            }
            if (open.Count >= Volatile.Read(ref _submitted))
                return open;
            await Task.Delay(TimeSpan.FromMilliseconds(100), deadline);
        }
    }

    /// <summary>Claims and completes the reviewer's own share of the tasks, one after another.</summary>
    private async Task ReviewShareAsync(SignedInClient reviewer, IReadOnlyList<JsonObject> share, CancellationToken deadline)
    {
        try
        {
            foreach (var task in share)
            {
                await reviewer.EnsureSignedInAsync(deadline);
                await WorkAsync(reviewer, task, deadline);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
        }
    }

    /// <summary>Claims and completes the task; false when another reviewer claimed it first.</summary>
    private async Task<bool> WorkAsync(SignedInClient reviewer, JsonObject task, CancellationToken deadline)
    {
        var id = (string)task["id"]!;
        using var claimed = await _latencies.TimeAsync(Endpoints.Claim, () => reviewer.Http.PostAsync($"/api/tasks/{id}/claim", null, deadline));
        if (!await SucceededAsync(claimed, Endpoints.Claim))
            return false;
        var outcomes = task["outcomes"]!.AsArray().Select(o => (string)o!).ToList();
        var needReason = task["reasonRequiredFor"]!.AsArray().Select(o => (string)o!).ToHashSet();
        var outcome = outcomes.Contains("Approve") ? "Approve" : outcomes.First(o => !needReason.Contains(o));
        using var completed = await _latencies.TimeAsync(Endpoints.Complete, () => reviewer.Http.PostAsJsonAsync($"/api/tasks/{id}/complete", new { outcome }, deadline));
        if (await SucceededAsync(completed, Endpoints.Complete))
            Interlocked.Increment(ref _completed);
        return true;
    }

    /// <summary>True for a success; a 409 is another reviewer having been first, anything else is recorded as an error.</summary>
    private async Task<bool> SucceededAsync(HttpResponseMessage response, string endpoint)
    {
        if (response.IsSuccessStatusCode)
            return true;
        if (response.StatusCode != HttpStatusCode.Conflict)
        {
            var body = await response.Content.ReadAsStringAsync();
            lock (_errors)
                _errors.Add($"{endpoint}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
        }
        return false;
    }
}
