using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Metrology;

/// <summary>The case number and the decision as the API gives them to the applicant and the reviewer.</summary>
public sealed class CaseNumberApiTests : IClassFixture<MetrologyApiFactory>, IAsyncLifetime
{
    private const string Qingpu = "310118";
    private const string Jiashan = "330421";
    private readonly MetrologyApiFactory _factory;
    private readonly Cases _cases;

    public CaseNumberApiTests(MetrologyApiFactory factory)
    {
        _factory = factory;
        _cases = new Cases(factory);
    }

    public Task InitializeAsync() => _factory.SeedRegistryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_draft_has_no_case_number_and_submission_gives_it_the_next_number_of_its_district_and_year()
    {
        var applicant = TestUser.Applicant("case-number-applicant");
        var (client, id) = await _cases.DraftAsync(applicant, Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-CN-0001"), Cases.InitialDocuments);
        Assert.Null((await _cases.GetAsync(client, id))["summary"]!["caseNumber"]);

        var (_, second, submitted) = await _cases.SubmitAsync(TestUser.Applicant("case-number-second"),
            Cases.InitialRegistration(People.NewIdNumber(), Qingpu, 2, Qingpu, "JL-CN-0002"), Cases.InitialDocuments);
        (await client.PostAsync($"/api/applications/{id}/submit", null)).EnsureSuccessStatusCode();
        var first = (await _cases.GetAsync(client, id))["summary"]!["caseNumber"].Str();

        var year = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year;
        var earlier = submitted["summary"]!["caseNumber"].Str();
        Assert.Matches($@"^SQ-{Qingpu}-{year}-\d{{6}}$", earlier);
        Assert.Equal(int.Parse(earlier[^6..]) + 1, int.Parse(first[^6..]));
        Assert.NotEqual(second, earlier);
    }

    [Fact]
    public async Task The_reviewers_task_and_the_decided_case_name_the_number_the_bureau_the_legal_basis_and_where_to_appeal()
    {
        var (client, id, submitted) = await _cases.SubmitAsync(TestUser.Applicant("case-number-refused"),
            Cases.InitialRegistration(People.NewIdNumber(), Jiashan, 2, Jiashan, "JL-CN-0003"), Cases.InitialDocuments);
        var caseNumber = submitted["summary"]!["caseNumber"].Str();
        var reviewer = _factory.ClientFor(TestUser.Reviewer("case-number-reviewer", Jiashan));
        var tasks = (await reviewer.GetFromJsonAsync<JsonArray>($"/api/tasks?status=Open"))!;
        Assert.Contains(tasks, t => t!["caseNumber"].Str() == caseNumber);

        (await _cases.DecideAsync(TestUser.Reviewer("case-number-reviewer", Jiashan), id, "review", "Reject", "材料不实")).EnsureSuccessStatusCode();

        var decision = (await _cases.GetAsync(client, id))["decision"]!;
        Assert.False(decision["granted"]!.GetValue<bool>());
        Assert.Equal("不予注册", decision["decision"]!["zhCn"].Str());
        Assert.Equal("嘉善县市场监督管理局", decision["bureau"]!["zhCn"].Str());
        Assert.Contains("注册计量师职业资格制度规定", decision["legalBasis"]!["zhCn"].Str(), StringComparison.Ordinal);
        Assert.Contains("嘉兴市嘉善县人民政府", decision["appeal"]!["zhCn"].Str(), StringComparison.Ordinal);
    }
}
