using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Web.Tests.Support;
using Approvals.Core.Access;

namespace Approvals.Web.Tests.Publication;

/// <summary>With the default settings: every procedure shipped in <c>workflows/</c> needs the executive committee's approval.</summary>
public sealed class ShippedProcedurePublicationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _author = factory.CreateClientAs(TestAccount.QingpuRegulator);
    private readonly HttpClient _committee = factory.CreateClientAs(TestAccount.CommitteeRegulator);

    [Fact]
    public async Task Publishing_a_shipped_procedure_alone_is_forbidden_and_nothing_changes()
    {
        var draft = await _author.SaveDraftAsync(await _author.EditedAsync("metrologist-renewal", "\"注册计量师延续注册", "\"延续注册（修订）"));

        var response = await _author.PostAsync($"/api/workflow-definitions/metrologist-renewal/publish?version={draft}", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("发布申请", (string)(await response.ProblemAsync())["detail"]!, StringComparison.Ordinal);
        Assert.Equal(1, await _author.CurrentVersionAsync("metrologist-renewal"));
    }

    [Fact]
    public async Task The_committee_approves_a_request_after_seeing_the_diff_and_the_history_names_author_approver_and_reason()
    {
        var draft = await _author.SaveDraftAsync(await _author.EditedAsync("two-level-approval", "\"5wd\"", "\"7wd\""));
        var requestId = await _author.RequestedAsync("two-level-approval", draft, "法定时限调整 / statutory limit changed");

        var detail = await _committee.GetFromJsonAsync<JsonObject>($"/api/workflow-definitions/publication-requests/{requestId}");
        var approved = await _committee.ApproveAsync(requestId);
        var version = await _committee.VersionAsync("two-level-approval", draft);

        Assert.True((bool)detail!["mayDecide"]!);
        var change = Assert.Single(detail["diff"]!["changedActivities"]!.AsArray());
        Assert.Equal("review", (string)change!["activity"]!["id"]!);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.True((bool)version["isCurrent"]!);
        Assert.Equal(TestAccount.QingpuRegulator.Email, (string)version["publishedBy"]!);
        Assert.Equal(TestAccount.CommitteeRegulator.Email, (string)version["approvedBy"]!);
        Assert.Equal("法定时限调整 / statutory limit changed", (string)version["publicationReason"]!);
        Assert.NotNull(version["publicationRequestedAt"]);
        var decided = await _committee.GetFromJsonAsync<JsonObject>($"/api/workflow-definitions/publication-requests/{requestId}");
        Assert.Equal("Approved", (string)decided!["request"]!["status"]!);
        Assert.NotNull(decided["request"]!["decidedAt"]);
    }

    [Fact]
    public async Task A_district_regulator_cannot_approve_and_the_author_cannot_approve_their_own_request()
    {
        var draft = await _author.SaveDraftAsync(await _author.EditedAsync("registration-recognition", "\"5wd\"", "\"8wd\""));
        var requestId = await _author.RequestedAsync("registration-recognition", draft);
        var ownCommitteeDraft = factory.CreateClientAs(TestAccount.CommitteeRegulator);

        var byAuthor = await _author.ApproveAsync(requestId);
        var detail = await _author.GetFromJsonAsync<JsonObject>($"/api/workflow-definitions/publication-requests/{requestId}");

        Assert.Equal(HttpStatusCode.Forbidden, byAuthor.StatusCode);
        Assert.Contains("自己", (string)(await byAuthor.ProblemAsync())["detail"]!, StringComparison.Ordinal);
        Assert.False((bool)detail!["mayDecide"]!);
        Assert.Equal(1, await _author.CurrentVersionAsync("registration-recognition"));
        Assert.Equal(HttpStatusCode.OK, (await ownCommitteeDraft.ApproveAsync(requestId)).StatusCode);
    }

    [Fact]
    public async Task A_committee_regulators_own_request_needs_another_committee_regulator()
    {
        var second = new TestAccount("regulator.committee2@test.local", StaffDistricts.ExecutiveCommittee, ApprovalsRoles.Regulator);
        var draft = await _committee.SaveDraftAsync(await _committee.EditedAsync("certificate-recognition", "\"5wd\"", "\"8wd\""));
        var requestId = await _committee.RequestedAsync("certificate-recognition", draft);

        var own = await _committee.ApproveAsync(requestId);
        var byQingpu = await _author.ApproveAsync(requestId);
        var byColleague = await factory.CreateClientAs(second).ApproveAsync(requestId);

        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byQingpu.StatusCode);
        Assert.Contains("执委会", (string)(await byQingpu.ProblemAsync())["detail"]!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, byColleague.StatusCode);
    }

    [Fact]
    public async Task A_procedure_a_regulator_created_still_publishes_directly_and_needs_no_request()
    {
        var json = ApiClientExtensions.Definition("two-step-approval").Replace("\"two-step-approval\"", "\"own-procedure\"", StringComparison.Ordinal);

        var published = await _author.PublishAsync(json);
        var request = await _author.RequestPublicationAsync("own-procedure", null, "no need");

        Assert.Equal(1, published);
        Assert.Equal(TestAccount.QingpuRegulator.Email, (string)(await _author.VersionAsync("own-procedure", 1))["publishedBy"]!);
        Assert.Equal(HttpStatusCode.Conflict, request.StatusCode);
    }
}
