using System.Text.RegularExpressions;

namespace Approvals.Workflows.Interchange.Elsa;

/// <summary>
/// Elsa's Liquid templates become ours where the subset matches: placeholders that read a variable or an input,
/// <c>{{ Variables.x }}</c> and <c>{{ Input.x }}</c> (any case), with no filter and no tag. Ours render only
/// property paths, so anything else (a filter, a <c>{% %}</c> tag, Workflow or Activity data) is named as refused.
/// </summary>
internal static partial class ElsaLiquid
{
    /// <returns>Our template, or null with <paramref name="unsupported"/> naming the first part that has no equivalent.</returns>
    public static string? ToOurs(string template, out string unsupported)
    {
        unsupported = "";
        if (Tag().Match(template) is { Success: true } tag)
        {
            unsupported = tag.Value;
            return null;
        }
        var firstUnsupported = "";
        var converted = Output().Replace(template, match =>
        {
            var path = Placeholder().Match(match.Groups["body"].Value);
            if (!path.Success)
            {
                if (firstUnsupported.Length == 0)
                    firstUnsupported = match.Value;
                return match.Value;
            }
            return Rebuild(path, path.Groups["root"].Value.ToLowerInvariant());
        });
        unsupported = firstUnsupported;
        return unsupported.Length == 0 ? converted : null;
    }

    /// <summary>Our templates are already the Liquid subset Elsa reads, written with Elsa's capitalised roots.</summary>
    public static string FromOurs(string template) =>
        Output().Replace(template, match =>
        {
            var path = Placeholder().Match(match.Groups["body"].Value);
            if (!path.Success)
                return match.Value;
            return Rebuild(path, path.Groups["root"].Value.Equals("variables", StringComparison.OrdinalIgnoreCase) ? "Variables" : "Input");
        });

    // Only the root's spelling changes, so that a template goes out and comes back character for character.
    private static string Rebuild(Match path, string root) =>
        "{{" + path.Groups["lead"].Value + root + path.Groups["rest"].Value + path.Groups["trail"].Value + "}}";

    [GeneratedRegex(@"\{%.*?%\}", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\{\{(?<body>.*?)\}\}", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Output();

    [GeneratedRegex(@"^(?<lead>\s*)(?<root>[Vv]ariables|[Ii]nput)(?<rest>(?:\.[A-Za-z_$][\w$]*|\.\d+)+)(?<trail>\s*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
