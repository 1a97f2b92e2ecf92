using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Publication;

public sealed class EveryProcedureNeedsApprovalFactory : ApiFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Workflows:Publication:RequireApprovalFor"] = "All" };
}

/// <summary>The rules of a request, on a deployment configured so that every procedure needs a second regulator.</summary>
public sealed class PublicationRequestRulesTests(EveryProcedureNeedsApprovalFactory factory) : IClassFixture<EveryProcedureNeedsApprovalFactory>
{
    private readonly HttpClient _author = factory.CreateClientAs(TestAccount.QingpuRegulator);
    private readonly HttpClient _committee = factory.CreateClientAs(TestAccount.CommitteeRegulator);

    private async Task<int> DraftAsync(string id, string title = "First review") => await _author.SaveDraftAsync(
        ApiClientExtensions.Definition("two-step-approval").Replace("\"two-step-approval\"", $"\"{id}\"", StringComparison.Ordinal).Replace("First review", title, StringComparison.Ordinal));

    [Fact]
    public async Task A_request_without_a_reason_is_refused_with_the_field_named()
    {
        var draft = await DraftAsync("no-reason");

        var response = await _author.RequestPublicationAsync("no-reason", draft, "  ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ProblemAsync())["errors"]!["reason"]);
        Assert.Empty((await _author.GetFromJsonAsync<JsonArray>("/api/workflow-definitions/no-reason/publication-requests"))!);
    }

    [Fact]
    public async Task Only_one_request_per_definition_waits_at_a_time()
    {
        var draft = await DraftAsync("one-pending");
        await _author.RequestedAsync("one-pending", draft);

        var second = await _committee.RequestPublicationAsync("one-pending", draft, "me too");

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("待审核", (string)(await second.ProblemAsync())["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_saved_after_the_request_does_not_change_what_is_approved()
    {
        var requested = await DraftAsync("frozen", "Reviewed text");
        var requestId = await _author.RequestedAsync("frozen", requested);

        var later = await DraftAsync("frozen", "Sneaked-in text");
        var approved = await _committee.ApproveAsync(requestId);
        var published = await _committee.GetStringAsync($"/api/workflow-definitions/frozen?version={requested}");
        var latest = await _committee.GetFromJsonAsync<JsonObject>("/api/workflow-definitions/frozen");

        Assert.Equal(requested + 1, later);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(requested, await _committee.CurrentVersionAsync("frozen"));
        Assert.Contains("Reviewed text", published, StringComparison.Ordinal);
        Assert.DoesNotContain("Sneaked-in text", published, StringComparison.Ordinal);
        Assert.False((bool)latest!["isPublished"]!);
    }

    [Fact]
    public async Task A_draft_that_awaits_approval_cannot_be_discarded()
    {
        var draft = await DraftAsync("kept-draft");
        await _author.RequestedAsync("kept-draft", draft);

        var discard = await _author.DeleteAsync("/api/workflow-definitions/kept-draft/draft");

        Assert.Equal(HttpStatusCode.Conflict, discard.StatusCode);
        Assert.Equal(draft, (int)(await _author.GetFromJsonAsync<JsonObject>("/api/workflow-definitions/kept-draft"))!["version"]!);
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_publishes_nothing_and_cannot_be_approved_afterwards()
    {
        var draft = await DraftAsync("rejected");
        var requestId = await _author.RequestedAsync("rejected", draft);

        var withoutReason = await _committee.RejectAsync(requestId, null);
        var rejected = await _committee.RejectAsync(requestId, "审查意见未落实 / review findings not addressed");
        var approvedLater = await _committee.ApproveAsync(requestId);

        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var view = await rejected.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Rejected", (string)view!["status"]!);
        Assert.Equal(TestAccount.CommitteeRegulator.Email, (string)view["decidedBy"]!);
        Assert.Equal(HttpStatusCode.Conflict, approvedLater.StatusCode);
        Assert.Null(await _committee.CurrentVersionAsync("rejected"));
        Assert.Equal(HttpStatusCode.Created, (await _author.RequestPublicationAsync("rejected", draft, "fixed")).StatusCode);
    }

    [Fact]
    public async Task An_invalid_draft_cannot_be_requested()
    {
        var saved = await _author.PostJsonTextAsync("/api/workflow-definitions?allowInvalid=true",
            """{ "definitionId": "half-drawn", "name": "Half drawn", "root": { "type": "Flowchart", "activities": [], "connections": [] } }""");
        saved.EnsureSuccessStatusCode();

        var response = await _author.RequestPublicationAsync("half-drawn", null, "please");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ProblemAsync())["errors"]!.AsArray());
    }

    [Fact]
    public async Task Unknown_definitions_versions_and_requests_answer_not_found()
    {
        var noDefinition = await _author.RequestPublicationAsync("no-such-definition", null, "why");
        await DraftAsync("versions-only");
        var noVersion = await _author.RequestPublicationAsync("versions-only", 9, "why");
        var noRequest = await _committee.ApproveAsync(987654);

        Assert.Equal(HttpStatusCode.NotFound, noDefinition.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noVersion.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noRequest.StatusCode);
    }

    [Fact]
    public async Task Pending_requests_are_listed_for_approvers_and_a_first_publication_has_no_diff()
    {
        var draft = await DraftAsync("listed");
        var requestId = await _author.RequestedAsync("listed", draft);

        var pending = await _committee.GetFromJsonAsync<JsonArray>("/api/workflow-definitions/publication-requests?status=Pending");
        var detail = await _committee.GetFromJsonAsync<JsonObject>($"/api/workflow-definitions/publication-requests/{requestId}");

        Assert.Contains(pending!, r => (long)r!["id"]! == requestId && (string)r["requestedBy"]! == TestAccount.QingpuRegulator.Email);
        Assert.Null(detail!["diff"]);
        Assert.Null(detail["request"]!["publishedVersion"]);
    }
}
