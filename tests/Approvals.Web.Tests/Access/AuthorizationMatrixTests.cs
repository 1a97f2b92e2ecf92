using System.Net;
using System.Text;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Access;

/// <summary>
/// Every endpoint × every role and anonymous → the expected status. An allowed caller gets the endpoint's own
/// answer (200, or 400/404 for the deliberately empty or unknown input used here); anyone else 401 (anonymous
/// on /api), a redirect to sign-in (anonymous on pages), or 403.
/// </summary>
public sealed class AuthorizationMatrixTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public sealed record Endpoint(string Method, string Path, string? Body, HttpStatusCode Allowed, params string[] Roles)
    {
        public override string ToString() => $"{Method} {Path}";
    }

    private const string Applicant = nameof(TestAccount.Applicant);
    private const string Reviewer = nameof(TestAccount.QingpuReviewer);
    private const string Regulator = nameof(TestAccount.QingpuRegulator);
    private const string Administrator = nameof(TestAccount.Administrator);
    private const string Anonymous = "Anonymous";

    private static readonly string[] Callers = [Anonymous, Applicant, Reviewer, Regulator, Administrator];

    private static readonly Endpoint[] Endpoints =
    [
        new("GET", "/health", null, HttpStatusCode.OK, Anonymous, Applicant, Reviewer, Regulator, Administrator),
        new("GET", "/health/live", null, HttpStatusCode.OK, Anonymous, Applicant, Reviewer, Regulator, Administrator),
        new("GET", "/account/login", null, HttpStatusCode.OK, Anonymous, Applicant, Reviewer, Regulator, Administrator),
        new("GET", "/account/register", null, HttpStatusCode.OK, Anonymous, Applicant, Reviewer, Regulator, Administrator),
        new("POST", "/api/auth/login", """{"email":"nobody@test.local","password":"wrong"}""", HttpStatusCode.Unauthorized, Anonymous, Applicant, Reviewer, Regulator, Administrator),
        new("POST", "/api/auth/refresh", """{"refreshToken":"not-a-token"}""", HttpStatusCode.Unauthorized, Anonymous, Applicant, Reviewer, Regulator, Administrator),
        new("GET", "/", null, HttpStatusCode.OK, Applicant, Reviewer, Regulator, Administrator),
        new("GET", "/api/activities", null, HttpStatusCode.OK, Regulator),
        new("GET", "/api/workflow-definitions", null, HttpStatusCode.OK, Regulator),
        new("GET", "/api/workflow-definitions/two-level-approval", null, HttpStatusCode.OK, Regulator),
        new("GET", "/api/workflow-definitions/two-level-approval/versions", null, HttpStatusCode.OK, Regulator),
        new("POST", "/api/workflow-definitions", "{}", HttpStatusCode.BadRequest, Regulator),
        new("POST", "/api/workflow-definitions/validate", "{}", HttpStatusCode.OK, Regulator),
        new("POST", "/api/workflow-definitions/no-such-definition/publish", null, HttpStatusCode.NotFound, Regulator),
        new("DELETE", "/api/workflow-definitions/no-such-definition/draft", null, HttpStatusCode.NotFound, Regulator),
        new("GET", "/api/workflow-definitions/export", null, HttpStatusCode.OK, Regulator),
        new("POST", "/api/workflow-definitions/two-level-approval/publish", null, HttpStatusCode.Forbidden, Regulator),
        new("GET", "/api/workflow-definitions/no-such-definition/publication-requests", null, HttpStatusCode.NotFound, Regulator),
        new("POST", "/api/workflow-definitions/no-such-definition/publication-requests", """{"reason":"x"}""", HttpStatusCode.NotFound, Regulator),
        new("GET", "/api/workflow-definitions/publication-requests", null, HttpStatusCode.OK, Regulator),
        new("GET", "/api/workflow-definitions/publication-requests/999999", null, HttpStatusCode.NotFound, Regulator),
        new("POST", "/api/workflow-definitions/publication-requests/999999/approve", null, HttpStatusCode.NotFound, Regulator),
        new("POST", "/api/workflow-definitions/publication-requests/999999/reject", """{"reason":"x"}""", HttpStatusCode.NotFound, Regulator),
        new("GET", "/designer/publication-requests", null, HttpStatusCode.OK, Regulator),
        new("GET", "/api/workflow-instances", null, HttpStatusCode.OK, Regulator),
        new("POST", "/api/workflow-instances", "{}", HttpStatusCode.BadRequest, Regulator),
        new("GET", "/api/workflow-instances/no-such-instance", null, HttpStatusCode.NotFound, Regulator),
        new("POST", "/api/workflow-instances/no-such-instance/cancel", null, HttpStatusCode.NotFound, Regulator),
        new("POST", "/api/workflow-instances/no-such-instance/extend", """{"reason":"x"}""", HttpStatusCode.NotFound, Regulator),
        new("POST", "/api/workflow-instances/no-such-instance/incidents/x/retry", null, HttpStatusCode.NotFound, Regulator),
        new("GET", "/api/tasks", null, HttpStatusCode.OK, Reviewer, Regulator),
        new("GET", "/api/tasks/no-such-task", null, HttpStatusCode.NotFound, Reviewer, Regulator),
        new("POST", "/api/tasks/no-such-task/claim", null, HttpStatusCode.NotFound, Reviewer, Regulator),
        new("POST", "/api/tasks/no-such-task/release", null, HttpStatusCode.NotFound, Reviewer, Regulator),
        new("POST", "/api/tasks/no-such-task/complete", """{"outcome":"Approve"}""", HttpStatusCode.NotFound, Reviewer, Regulator),
        new("POST", "/api/applications", "{}", HttpStatusCode.BadRequest, Applicant),
        new("GET", "/api/applications", null, HttpStatusCode.OK, Applicant),
        new("POST", "/api/applications/precheck", "{}", HttpStatusCode.OK, Applicant),
        new("GET", "/api/statistics/cases?from=2025-03-01&to=2025-04-30&district=310118&figure=Received", null, HttpStatusCode.OK, Regulator),
        new("GET", "/statistics/cases?from=2025-03-01&to=2025-04-30&district=310118&figure=Received", null, HttpStatusCode.OK, Regulator),
        new("GET", "/api/applications/no-such-case", null, HttpStatusCode.NotFound, Applicant, Reviewer, Regulator),
        new("PUT", "/api/applications/no-such-case", "{}", HttpStatusCode.NotFound, Applicant),
        new("POST", "/api/applications/no-such-case/submit", null, HttpStatusCode.NotFound, Applicant),
        new("POST", "/api/applications/no-such-case/check", null, HttpStatusCode.NotFound, Applicant),
        new("POST", "/api/applications/no-such-case/withdraw", null, HttpStatusCode.NotFound, Applicant),
        new("POST", "/api/applications/no-such-case/documents", null, HttpStatusCode.BadRequest, Applicant),
        new("GET", "/api/applications/no-such-case/documents/no-such-document", null, HttpStatusCode.NotFound, Applicant, Reviewer, Regulator),
        new("GET", "/api/applications/no-such-case/certificate.pdf", null, HttpStatusCode.NotFound, Applicant, Reviewer, Regulator),
        new("DELETE", "/api/applications/no-such-case/documents/no-such-document", null, HttpStatusCode.NotFound, Applicant),
        new("GET", "/api/registry/records?number=CSJ-R2-310118-2026-999999", null, HttpStatusCode.OK, Reviewer),
        new("GET", "/api/registry/check?number=CSJ-R2-310118-2026-999999&name=%E5%BC%A0%E4%B8%89", null, HttpStatusCode.NotFound, Anonymous, Applicant, Reviewer, Regulator, Administrator),
        new("GET", "/api/registry/people?query=%E5%BC%A0%E4%B8%89", null, HttpStatusCode.OK, Reviewer, Regulator),
        new("GET", "/api/registry/people?query=%E5%BC%A0", null, HttpStatusCode.BadRequest, Reviewer, Regulator),
        new("GET", "/api/registry/people/no-such-person", null, HttpStatusCode.NotFound, Reviewer, Regulator),
        new("GET", "/api/registry/enterprises/no-such-enterprise", null, HttpStatusCode.NotFound, Reviewer, Regulator),
        new("GET", "/api/verifications", null, HttpStatusCode.OK, Reviewer),
        new("POST", "/api/verifications/no-such-request/answer", """{"answer":"Confirmed"}""", HttpStatusCode.NotFound, Reviewer),
        new("GET", "/api/admin/calendar/2026", null, HttpStatusCode.OK, Administrator),
        new("PUT", "/api/admin/calendar/2026", "{}", HttpStatusCode.BadRequest, Administrator),
        new("GET", "/api/admin/outbox", null, HttpStatusCode.OK, Administrator),
        new("POST", "/api/admin/outbox/999999/resend", null, HttpStatusCode.NotFound, Administrator),
        new("GET", "/api/admin/audit/verify?chain=registry-reads", null, HttpStatusCode.OK, Administrator),
        new("GET", "/api/admin/audit/verify?chain=all", null, HttpStatusCode.OK, Administrator),
        new("GET", "/api/admin/audit/verify?chain=instance&instanceId=no-such-instance", null, HttpStatusCode.NotFound, Administrator),
        new("GET", "/openapi/v1.json", null, HttpStatusCode.OK, Administrator),
        new("GET", "/scalar/v1", null, HttpStatusCode.OK, Administrator),
        new("GET", "/hangfire", null, HttpStatusCode.OK, Administrator),
        new("GET", "/metrics", null, HttpStatusCode.OK, Administrator),
    ];

    public static TheoryData<string, Endpoint> Matrix()
    {
        var data = new TheoryData<string, Endpoint>();
        foreach (var endpoint in Endpoints)
        {
            foreach (var caller in Callers)
                data.Add(caller, endpoint);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_caller_gets_the_status_its_role_allows(string caller, Endpoint endpoint)
    {
        using var client = caller == Anonymous ? factory.CreateDefaultClient() : factory.CreateClientAs(Account(caller));
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Path);
        if (endpoint.Body is not null)
            request.Content = new StringContent(endpoint.Body, Encoding.UTF8, "application/json");

        using var response = await client.SendAsync(request);

        var expected = endpoint.Roles.Contains(caller) ? endpoint.Allowed
            : caller != Anonymous ? HttpStatusCode.Forbidden
            : endpoint.Path.StartsWith("/api/", StringComparison.Ordinal) ? HttpStatusCode.Unauthorized
            : HttpStatusCode.Redirect;
        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect)
            Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_executive_committee_regulators_may_not_verify_the_audit_chains()
    {
        using var committee = factory.CreateClientAs(TestAccount.CommitteeRegulator);

        using var response = await committee.GetAsync("/api/admin/audit/verify?chain=all");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static TestAccount Account(string caller) => caller switch
    {
        Applicant => TestAccount.Applicant,
        Reviewer => TestAccount.QingpuReviewer,
        Regulator => TestAccount.QingpuRegulator,
        Administrator => TestAccount.Administrator,
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, null),
    };
}
