using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Core.Checks;
using Approvals.LoadRun;

namespace Approvals.DataSet;

/// <summary>The applicant and the districts' reviewers, signed in, and what they do to a case through the API.</summary>
public sealed class TemplateFiling : IAsyncDisposable
{
    private readonly SignedInClient _applicant;
    private readonly Dictionary<(string District, int Number), SignedInClient> _reviewers;

    private TemplateFiling(SignedInClient applicant, Dictionary<(string, int), SignedInClient> reviewers)
    {
        _applicant = applicant;
        _reviewers = reviewers;
    }

    public static async Task<TemplateFiling> SignInAsync(LoadHost host, CancellationToken cancellationToken)
    {
        var applicant = TemplateCapture.Client(host, TemplateCapture.Applicant);
        await applicant.EnsureSignedInAsync(cancellationToken);
        var reviewers = new Dictionary<(string, int), SignedInClient>();
        foreach (var district in TemplateCatalog.Districts)
        {
            foreach (var number in new[] { 1, 2 })
            {
                var reviewer = TemplateCapture.Client(host, TemplateCapture.DistrictReviewer(district, number));
                await reviewer.EnsureSignedInAsync(cancellationToken);
                reviewers[(district, number)] = reviewer;
            }
        }
        return new TemplateFiling(applicant, reviewers);
    }

    /// <summary>Creates the case, uploads its documents and submits it; answers the case as the applicant then sees it.</summary>
    public async Task<(string Id, JsonObject Case)> SubmitAsync(object form, IEnumerable<string> documents, CancellationToken cancellationToken)
    {
        using var created = await _applicant.Http.PostAsJsonAsync("/api/applications", form, cancellationToken);
        await TemplateCapture.EnsureAsync(created);
        var id = (string)(await created.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!["summary"]!["id"]!;
        await UploadAsync(id, documents, cancellationToken);
        return (id, await PostAsync(_applicant, $"/api/applications/{id}/submit", null, cancellationToken));
    }

    public async Task UploadAsync(string id, IEnumerable<string> documents, CancellationToken cancellationToken)
    {
        foreach (var kind in documents)
        {
            using var uploaded = await _applicant.Http.PostAsync($"/api/applications/{id}/documents", Filing.Document(kind), cancellationToken);
            await TemplateCapture.EnsureAsync(uploaded);
        }
    }

    public Task<JsonObject> ResubmitAsync(string id, CancellationToken cancellationToken) => PostAsync(_applicant, $"/api/applications/{id}/submit", null, cancellationToken);

    public Task<JsonObject> WithdrawAsync(string id, CancellationToken cancellationToken) => PostAsync(_applicant, $"/api/applications/{id}/withdraw", null, cancellationToken);

    public async Task<JsonObject> CaseAsync(string id, CancellationToken cancellationToken) =>
        (await _applicant.Http.GetFromJsonAsync<JsonObject>($"/api/applications/{id}", cancellationToken))!;

    /// <summary>The issuing district's reviewer answers the case's pending verification requests.</summary>
    public async Task ConfirmAsync(string id, string issuingDistrict, CancellationToken cancellationToken)
    {
        var verifier = _reviewers[(issuingDistrict, 1)];
        var requests = (await verifier.Http.GetFromJsonAsync<JsonArray>("/api/verifications", cancellationToken))!
            .Where(v => (string?)v!["applicationId"] == id && (string?)v["status"] == "Pending").Select(v => (string)v!["id"]!).ToList();
        if (requests.Count == 0)
            throw new InvalidOperationException($"Case {id} has no verification request pending in {issuingDistrict}.");
        foreach (var request in requests)
            await PostAsync(verifier, $"/api/verifications/{request}/answer", new { answer = "Confirmed", comment = "原件核对属实" }, cancellationToken);
    }

    /// <summary>Reviewer <paramref name="reviewer"/> of the district claims and completes the case's open task.</summary>
    public async Task DecideAsync(string id, string district, int reviewer, string outcome, CancellationToken cancellationToken)
    {
        var client = _reviewers[(district, reviewer)];
        var task = await OpenTaskAsync(client, id, cancellationToken) ?? throw new InvalidOperationException($"Case {id} has no open task for {district}.");
        var taskId = (string)task["id"]!;
        await PostAsync(client, $"/api/tasks/{taskId}/claim", null, cancellationToken);
        var comment = outcome == "Approve" ? null : "材料不符合注册条件";
        await PostAsync(client, $"/api/tasks/{taskId}/complete", new { outcome, comment }, cancellationToken);
    }

    public async Task RequireOpenTaskAsync(string id, string district, CancellationToken cancellationToken, int reviewer = 1)
    {
        if (await OpenTaskAsync(_reviewers[(district, reviewer)], id, cancellationToken) is null)
            throw new InvalidOperationException($"Case {id} opened no task for {district}.");
    }

    public static void Expect(JsonObject @case, string status)
    {
        if ((string?)@case["summary"]?["status"] != status)
            throw new InvalidOperationException($"The template case is {@case["summary"]?["status"]}, not {status}: {@case.ToJsonString()[..Math.Min(2000, @case.ToJsonString().Length)]}");
    }

    private async Task<JsonObject?> OpenTaskAsync(SignedInClient reviewer, string id, CancellationToken cancellationToken)
    {
        var instanceId = (string)(await CaseAsync(id, cancellationToken))["instanceId"]!;
        var tasks = (await reviewer.Http.GetFromJsonAsync<JsonArray>($"/api/tasks?status=Open&instanceId={instanceId}", cancellationToken))!;
        return tasks.Select(t => t!.AsObject()).FirstOrDefault();
    }

    private static async Task<JsonObject> PostAsync(SignedInClient client, string path, object? body, CancellationToken cancellationToken)
    {
        using var response = body is null ? await client.Http.PostAsync(path, null, cancellationToken) : await client.Http.PostAsJsonAsync(path, body, cancellationToken);
        await TemplateCapture.EnsureAsync(response);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return text.Length > 0 && JsonNode.Parse(text) is JsonObject json ? json : [];
    }

    /// <summary>A valid unified social credit code of an employer registered in the district.</summary>
    public static string CreditCode(string district)
    {
        var first17 = $"91{district}MA1LDTX00";
        return first17 + UnifiedSocialCreditCode.ExpectedCheckCharacter(first17);
    }

    public async ValueTask DisposeAsync()
    {
        _applicant.Dispose();
        foreach (var reviewer in _reviewers.Values)
            reviewer.Dispose();
        await Task.CompletedTask;
    }
}
