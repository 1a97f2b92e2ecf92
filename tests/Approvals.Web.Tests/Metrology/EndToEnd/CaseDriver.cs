using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Metrology.EndToEnd;

/// <summary>Drives a case of any type through the API as its applicant, the Jiashan verifier and the Qingpu reviewers would.</summary>
public sealed class CaseDriver(MetrologyApiFactory factory)
{
    public Cases Cases { get; } = new(factory);

    public HttpClient Jiashan { get; } = factory.ClientFor(TestUser.Reviewer("e2e-jiashan-verifier", CaseKind.Jiashan));

    public async Task<(HttpClient Client, string Id, JsonNode Submitted)> SubmitAsync(string applicant, FiledForm filed) =>
        await Cases.SubmitAsync(TestUser.Applicant(applicant), filed.Form, filed.Documents);

    /// <summary>Submits and, where another district is asked, has it confirm; the case is then in review.</summary>
    public async Task<(HttpClient Client, string Id)> InReviewAsync(string applicant, FiledForm filed)
    {
        var (client, id, submitted) = await SubmitAsync(applicant, filed);
        if (Support.Cases.Status(submitted) == "AwaitingVerification")
            await AnswerAsync(id, "Confirmed", "原件核对属实");
        return (client, id);
    }

    public async Task<IReadOnlyList<string>> OpenRequestsAsync(string applicationId) =>
        [.. (await Jiashan.GetJsonAsync("/api/verifications")).AsArray()
            .Where(v => v!["applicationId"].Str() == applicationId && v["status"].Str() == "Pending").Select(v => v!["id"].Str())];

    public async Task AnswerAsync(string applicationId, string answer, string? comment)
    {
        foreach (var request in await OpenRequestsAsync(applicationId))
            await Jiashan.PostJsonAsync($"/api/verifications/{request}/answer", new { answer, comment });
    }

    public async Task DecideAsync(string reviewer, string id, string activity, string outcome, string? comment = null) =>
        (await Cases.DecideAsync(TestUser.Reviewer(reviewer, CaseKind.Qingpu), id, activity, outcome, comment)).EnsureSuccessStatusCode();

    public Task<HttpResponseMessage> TryDecideAsync(string reviewer, string id, string activity, string outcome, string? comment = null) =>
        Cases.DecideAsync(TestUser.Reviewer(reviewer, CaseKind.Qingpu), id, activity, outcome, comment);

    public Task<JsonNode> GetAsync(HttpClient client, string id) => Cases.GetAsync(client, id);

    /// <summary>The subjects of the mails the case queued for its applicant, rendered in the applicant's language.</summary>
    public async Task<IReadOnlyList<string>> SubjectsAsync(string id) => [.. (await Cases.MailsAsync(id)).Select(m => m.Subject)];

    /// <summary>Sends what the case queued, as the outbox job does, and reads what reached the applicant's mailbox (the pickup folder).</summary>
    public async Task<IReadOnlyList<MimeKit.MimeMessage>> DeliveredAsync(string id, string applicant)
    {
        await Cases.SendQueuedMailAsync(id);
        return await DeliveredMail.ToAsync(factory, TestUser.Applicant(applicant).Email!);
    }

    /// <summary>The verification requests of the case, as its applicant sees them on the case.</summary>
    public async Task<JsonArray> VerificationsAsync(HttpClient client, string id) => (await GetAsync(client, id))["verifications"]!.AsArray();

    /// <summary>The public registry check of a number and holder, as anyone may run it.</summary>
    public Task<JsonNode> PublicCheckAsync(string number, string name) =>
        factory.CreateClient().GetJsonAsync($"/api/registry/check?number={Uri.EscapeDataString(number)}&name={Uri.EscapeDataString(name)}");

    public async Task<HttpResponseMessage> CorrectFormAsync(HttpClient client, string id, Dictionary<string, object?> form) =>
        await client.PutAsJsonAsync($"/api/applications/{id}", form);
}
