using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.LoadRun;

namespace Approvals.DataSet;

/// <summary>Files a case (create, documents, submit) and completes its review task through the API, timing the submit (the procedure's start) and the completion.</summary>
public static class CaseCycle
{
    public static async Task<IReadOnlyList<Timing>> TimeAsync(LoadHost host, int cases, CancellationToken cancellationToken)
    {
        using var applicant = TemplateCapture.Client(host, TemplateCapture.Applicant);
        using var reviewer = TemplateCapture.Client(host, TemplateCapture.Reviewer);
        await applicant.EnsureSignedInAsync(cancellationToken);
        await reviewer.EnsureSignedInAsync(cancellationToken);
        List<double> submits = [], completions = [];
        for (var i = 0; i <= cases; i++)
        {
            var number = 900_000_000 + Random.Shared.Next(90_000_000);
            using var created = await Ensure(await applicant.Http.PostAsJsonAsync("/api/applications", Filing.Form(number), cancellationToken));
            var id = (string)(await created.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!["summary"]!["id"]!;
            foreach (var kind in Filing.Documents)
                (await Ensure(await applicant.Http.PostAsync($"/api/applications/{id}/documents", Filing.Document(kind), cancellationToken))).Dispose();
            var submitting = Stopwatch.GetTimestamp();
            (await Ensure(await applicant.Http.PostAsync($"/api/applications/{id}/submit", null, cancellationToken))).Dispose();
            var submitted = Stopwatch.GetElapsedTime(submitting).TotalMilliseconds;
            var task = await TaskOfAsync(reviewer, id, cancellationToken);
            var taskId = (string)task["id"]!;
            (await Ensure(await reviewer.Http.PostAsync($"/api/tasks/{taskId}/claim", null, cancellationToken))).Dispose();
            var completing = Stopwatch.GetTimestamp();
            (await Ensure(await reviewer.Http.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { outcome = "Approve" }, cancellationToken))).Dispose();
            var completed = Stopwatch.GetElapsedTime(completing).TotalMilliseconds;
            if (i == 0)
                continue; // the warm-up case
            submits.Add(submitted);
            completions.Add(completed);
        }
        return [Timing.Of("case: submit (procedure starts)", submits), Timing.Of("case: complete the review task", completions)];
    }

    /// <summary>The case's review task, found as a reviewer finds it: by searching the inbox for the case.</summary>
    private static async Task<JsonObject> TaskOfAsync(SignedInClient reviewer, string applicationId, CancellationToken cancellationToken)
    {
        using var application = await reviewer.Http.GetAsync($"/api/applications/{applicationId}", cancellationToken);
        var caseNumber = (string?)(await application.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))?["summary"]?["caseNumber"];
        using var response = await Ensure(await reviewer.Http.GetAsync($"/api/tasks?status=Open&search={caseNumber}", cancellationToken));
        var tasks = (await response.Content.ReadFromJsonAsync<JsonArray>(cancellationToken))!;
        return tasks.Single()!.AsObject();
    }

    private static async Task<HttpResponseMessage> Ensure(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response;
    }
}
