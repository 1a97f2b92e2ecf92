using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Approvals.Workflows.Expressions;
using Approvals.Workflows.Models;
using Approvals.Workflows.Serialization;
using Approvals.Web.Hosting;

namespace Approvals.Web.Tests.Definitions;

/// <summary>
/// Every shipped procedure names itself, its activities and its tasks in both languages, each language on its own:
/// no "初审 First review" line that shows both to everybody, no text given in one language only.
/// </summary>
public sealed partial class ShippedDefinitionLanguagesTests
{
    public static TheoryData<string> ShippedFiles() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryRoot.Locate(), "workflows"), "*.json").Select(Path.GetFileName).OfType<string>().Order()];

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void Names_titles_and_descriptions_are_given_in_Chinese_and_in_English_separately(string file)
    {
        var definition = WorkflowDefinitionJson.Deserialize(File.ReadAllText(Path.Combine(RepositoryRoot.Locate(), "workflows", file)));
        var problems = new List<string>();
        CheckPair(problems, "name", definition.Names, definition.Name);
        CheckPair(problems, "description", definition.Descriptions, definition.Description);
        foreach (var activity in definition.Root.Activities)
        {
            CheckPair(problems, $"{activity.Id}.name", activity.Names, activity.Name);
            foreach (var input in new[] { "title", "description" })
            {
                if (activity.Inputs[input] is not { } value || InputValue.TryGetExpression(value, out _, out _) && input == "description")
                    continue;
                CheckPair(problems, $"{activity.Id}.{input}", value is JsonObject ? PerLanguageTemplate.Templates(value) : null, null);
            }
        }
        Assert.Empty(problems);
    }

    private static void CheckPair(List<string> problems, string what, IReadOnlyDictionary<string, string>? texts, string? single)
    {
        var zhCn = texts?.GetValueOrDefault(PerLanguage.Chinese);
        var en = texts?.GetValueOrDefault(PerLanguage.English);
        if (string.IsNullOrWhiteSpace(zhCn) || string.IsNullOrWhiteSpace(en))
        {
            problems.Add($"{what}: not given in both languages");
            return;
        }
        if (Latin().IsMatch(Placeholder().Replace(zhCn, "")))
            problems.Add($"{what}: the Chinese text holds English words: {zhCn}");
        if (Han().IsMatch(en))
            problems.Add($"{what}: the English text holds Chinese: {en}");
        if (single is not null && single != zhCn)
            problems.Add($"{what}: the single name older readers see differs from the Chinese one: {single}");
    }

    [GeneratedRegex(@"\{\{.*?\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex Latin();

    [GeneratedRegex(@"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")]
    private static partial Regex Han();
}
