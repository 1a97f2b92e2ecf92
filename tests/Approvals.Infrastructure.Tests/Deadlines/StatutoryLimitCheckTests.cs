using System.Text.Json.Nodes;
using Approvals.UseCases.Definitions;
using Approvals.Infrastructure.Tests.Calendar;
using Approvals.Workflows.Serialization;
using Microsoft.Extensions.Options;
using Moq;
using Approvals.UseCases.Instances;

namespace Approvals.Infrastructure.Tests.Deadlines;

public sealed class StatutoryLimitCheckTests
{
    private static readonly string WorkflowsFolder = Path.Combine(TestCalendar.RepositoryRoot, "workflows");

    public static TheoryData<string> ShippedProcedures() =>
        [.. Directory.GetFiles(WorkflowsFolder, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ShippedProcedures))]
    public async Task A_shipped_procedure_fits_its_due_dates_inside_the_statutory_limit_of_the_settings(string definitionId)
    {
        var check = new StatutoryLimitCheck(Options(ShippedLimits()));
        var definition = WorkflowDefinitionJson.Deserialize(await File.ReadAllTextAsync(Path.Combine(WorkflowsFolder, definitionId + ".json")));

        Assert.Equal(20, check.LimitOf(definition));
        Assert.Empty(check.Warnings(definition));
    }

    [Fact]
    public async Task The_definitions_statutory_limit_variable_wins_over_the_settings()
    {
        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(WorkflowsFolder, "metrologist-initial-registration.json")))!;
        json["variables"]!.AsArray().Add(new JsonObject { ["name"] = StatutoryLimitOptions.VariableName, ["type"] = "String", ["value"] = "10wd" });
        var check = new StatutoryLimitCheck(Options(ShippedLimits()));

        var warning = Assert.Single(check.Warnings(json.ToJsonString()));

        Assert.Contains("statutory limit of 10 working days", warning.Text.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_procedure_without_a_statutory_limit_is_never_warned_about()
    {
        var check = new StatutoryLimitCheck(Options(new StatutoryLimitOptions()));

        Assert.Empty(check.Warnings(File.ReadAllText(Path.Combine(WorkflowsFolder, "metrologist-initial-registration.json")).Replace("\"10wd\"", "\"90wd\"", StringComparison.Ordinal)));
    }

    private static StatutoryLimitOptions ShippedLimits()
    {
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(TestCalendar.RepositoryRoot, "appsettings.json")))!;
        var limits = new StatutoryLimitOptions();
        foreach (var (id, limit) in settings[StatutoryLimitOptions.SectionName]!["Definitions"]!.AsObject())
            limits.Definitions[id] = (string)limit!;
        return limits;
    }

    private static IOptionsMonitor<StatutoryLimitOptions> Options(StatutoryLimitOptions value) =>
        Mock.Of<IOptionsMonitor<StatutoryLimitOptions>>(o => o.CurrentValue == value);
}
