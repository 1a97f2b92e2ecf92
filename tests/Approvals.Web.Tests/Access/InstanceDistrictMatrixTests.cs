using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Approvals.Web.Tests.Support;

namespace Approvals.Web.Tests.Access;

/// <summary>
/// Instances × districts: a Qingpu regulator, a Wujiang regulator and the executive committee against an instance
/// of Qingpu and one of Wujiang, for list, detail (what the diagram draws), statutory clock, cancel, retry and the art. 42 extension. The
/// caller's own district's instance (every one, for the committee) answers; another district's is answered exactly
/// like an instance that does not exist, and is left as it was.
/// </summary>
public sealed class InstanceDistrictMatrixTests(InstanceDistrictMatrixTests.Factory factory) : IClassFixture<InstanceDistrictMatrixTests.Factory>, IAsyncLifetime
{
    public const string Qingpu = "310118";
    public const string Wujiang = "320509";
    private const string Missing = "no-such-instance";

    /// <summary>The host with a statutory limit on the sample procedure, so its clock answers where it is visible.</summary>
    public sealed class Factory : ApiFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["StatutoryLimits:Definitions:two-level-approval"] = "20wd",
        };
    }

    public enum Operation { List, Get, StatutoryClock, Cancel, Retry, Extend }

    private readonly HttpClient _committee = factory.CreateClientAs(TestAccount.CommitteeRegulator);

    public async Task InitializeAsync()
    {
        var definitions = await _committee.GetFromJsonAsync<JsonArray>("/api/workflow-definitions");
        if (!definitions!.Any(d => (string)d!["definitionId"]! == "faulting"))
            await _committee.PublishAsync(ApiClientExtensions.Definition("faulting"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, string, Operation> Matrix()
    {
        var data = new TheoryData<string, string, Operation>();
        foreach (var caller in new[] { nameof(TestAccount.QingpuRegulator), nameof(TestAccount.WujiangRegulator), nameof(TestAccount.CommitteeRegulator) })
        {
            foreach (var district in new[] { Qingpu, Wujiang })
            {
                foreach (var operation in Enum.GetValues<Operation>())
                    data.Add(caller, district, operation);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task A_regulator_reaches_their_districts_instances_and_the_committee_every_districts(string caller, string district, Operation operation)
    {
        var account = Account(caller);
        var allowed = account.District == TestAccount.CommitteeRegulator.District || account.District == district;
        var instance = await StartAsync(district, faulting: operation == Operation.Retry);
        using var client = factory.CreateClientAs(account);

        if (operation == Operation.List)
        {
            var listed = (await client.GetFromJsonAsync<JsonArray>("/api/workflow-instances?take=500"))!;
            Assert.Equal(allowed, listed.Any(i => (string)i!["id"]! == instance));
            Assert.All(listed, i => Assert.True(account.District == TestAccount.CommitteeRegulator.District || (string?)i!["district"] == account.District));
            return;
        }

        var incident = operation == Operation.Retry ? await OpenIncidentAsync(instance) : "";
        var response = await SendAsync(client, operation, instance, incident);

        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return;
        }
        var missing = await SendAsync(client, operation, Missing, incident);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        AssertSameAnswer(await response.ProblemAsync(), instance, await missing.ProblemAsync());
        var untouched = await _committee.GetFromJsonAsync<JsonObject>($"/api/workflow-instances/{instance}");
        Assert.Equal(operation == Operation.Retry ? "Faulted" : "Suspended", (string)untouched!["instance"]!["status"]!);
        Assert.Equal(operation == Operation.Retry ? 1 : 0, untouched["incidents"]!.AsArray().Count);
        if (operation == Operation.Retry)
            return;
        var clock = await _committee.GetJsonAsync($"/api/workflow-instances/{instance}/statutory-clock");
        Assert.Equal(0, (int?)clock["extendedWorkingDays"] ?? 0);
    }

    [Fact]
    public async Task An_instance_a_regulator_starts_belongs_to_their_district_and_they_cannot_start_one_for_another()
    {
        using var qingpu = factory.CreateClientAs(TestAccount.QingpuRegulator);

        var own = await qingpu.PostJsonAsync("/api/workflow-instances", new { definitionId = "two-level-approval", input = new { district = Qingpu } }, HttpStatusCode.Created);
        var other = await qingpu.PostAsJsonAsync("/api/workflow-instances", new { definitionId = "two-level-approval", district = Wujiang });
        var committees = await _committee.GetJsonAsync($"/api/workflow-instances/{own["id"].Str()}");

        Assert.Equal(Qingpu, committees["instance"]!["district"].Str());
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Contains("只能在本区发起流程", (await other.ProblemAsync())["detail"].Str(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_procedure_that_names_another_district_for_its_task_still_puts_the_task_in_its_instances_district()
    {
        using var qingpu = factory.CreateClientAs(TestAccount.QingpuRegulator);
        using var qingpuReviewer = factory.CreateClientAs(TestAccount.QingpuReviewer);
        using var wujiangReviewer = factory.CreateClientAs(TestAccount.WujiangReviewer);

        var started = await qingpu.PostJsonAsync("/api/workflow-instances", new { definitionId = "two-level-approval", input = new { district = Wujiang } }, HttpStatusCode.Created);
        var instance = started["id"].Str();

        var wujiangInbox = await wujiangReviewer.GetJsonAsync($"/api/tasks?instanceId={instance}");
        var qingpuInbox = await qingpuReviewer.GetJsonAsync($"/api/tasks?instanceId={instance}");
        Assert.Empty(wujiangInbox.AsArray());
        var task = Assert.Single(qingpuInbox.AsArray());
        Assert.Equal(Qingpu, task!["district"].Str());
    }

    [Fact]
    public async Task A_regulator_without_a_district_can_start_nothing_and_sees_no_instance()
    {
        using var nowhere = factory.CreateClientAs(new TestAccount("regulator.nowhere@test.local", null, "Regulator"));
        await StartAsync(Qingpu, faulting: false);

        var start = await nowhere.PostAsJsonAsync("/api/workflow-instances", new { definitionId = "two-level-approval" });
        var listed = await nowhere.GetJsonAsync("/api/workflow-instances?take=500");

        Assert.Equal(HttpStatusCode.Forbidden, start.StatusCode);
        Assert.Empty(listed.AsArray());
    }

    /// <summary>Another district's instance and a missing one: the same status, title and fields, the same words around the id.</summary>
    private static void AssertSameAnswer(JsonObject refused, string instance, JsonObject missing)
    {
        Assert.Equal(missing.Select(p => p.Key).Order(), refused.Select(p => p.Key).Order());
        Assert.Equal((string)missing["title"]!, (string)refused["title"]!);
        Assert.Equal((int)missing["status"]!, (int)refused["status"]!);
        Assert.Equal(((string)missing["detail"]!).Replace(Missing, "…", StringComparison.Ordinal), ((string)refused["detail"]!).Replace(instance, "…", StringComparison.Ordinal));
        Assert.DoesNotContain(Wujiang, (string)refused["detail"]!, StringComparison.Ordinal);
        Assert.DoesNotContain(Qingpu, (string)refused["detail"]!, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, Operation operation, string instance, string incident) => operation switch
    {
        Operation.Get => client.GetAsync($"/api/workflow-instances/{instance}"),
        Operation.StatutoryClock => client.GetAsync($"/api/workflow-instances/{instance}/statutory-clock"),
        Operation.Cancel => client.PostAsync($"/api/workflow-instances/{instance}/cancel", null),
        Operation.Retry => client.PostAsync($"/api/workflow-instances/{instance}/incidents/{incident}/retry", null),
        Operation.Extend => client.PostAsJsonAsync($"/api/workflow-instances/{instance}/extend", new { reason = "需补充现场核查 / on-site check needed" }),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };

    /// <summary>An instance of <paramref name="district"/>, started by the committee naming it.</summary>
    private async Task<string> StartAsync(string district, bool faulting)
    {
        var response = await _committee.PostAsJsonAsync("/api/workflow-instances",
            new { definitionId = faulting ? "faulting" : "two-level-approval", district, input = new { district } });
        var body = await response.ReadAsync(HttpStatusCode.Created);
        return body["id"].Str();
    }

    private async Task<string> OpenIncidentAsync(string instance)
    {
        var details = await _committee.GetJsonAsync($"/api/workflow-instances/{instance}");
        return details["incidents"]![0]!["id"].Str();
    }

    private static TestAccount Account(string caller) => caller switch
    {
        nameof(TestAccount.QingpuRegulator) => TestAccount.QingpuRegulator,
        nameof(TestAccount.WujiangRegulator) => TestAccount.WujiangRegulator,
        nameof(TestAccount.CommitteeRegulator) => TestAccount.CommitteeRegulator,
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, null),
    };
}
