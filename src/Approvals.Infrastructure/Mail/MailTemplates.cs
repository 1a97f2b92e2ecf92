using System.Collections.Frozen;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Approvals.Infrastructure.Mail;

/// <summary>
/// The mail templates shipped in <c>Mail/Templates/{name}.{culture}.html</c> and <c>.txt</c> (embedded in the
/// assembly): zh-CN and en for each. The subject is the HTML's <c>&lt;title&gt;</c>; a culture without its own
/// files falls back to zh-CN. <see cref="Names"/> lists what SendEmail's <c>template</c> input may name.
/// </summary>
public static partial class MailTemplates
{
    public const string DefaultCulture = "zh-CN";

    private static readonly FrozenDictionary<string, string> Files = Load();

    public static IReadOnlyList<string> Names { get; } =
        Files.Keys.Select(key => key.Split('.')[0]).Distinct().Order(StringComparer.Ordinal).ToList();

    public static string CultureFor(string? culture) =>
        culture is { Length: > 0 } c && c.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : DefaultCulture;

    /// <exception cref="MailTemplateNotFoundException">no template has that name.</exception>
    public static RenderedMail Render(string name, string? culture, JsonObject model)
    {
        var (html, chosen) = Html(name, culture);
        var text = Files[$"{name}.{chosen}.txt"];
        var language = CultureInfo.GetCultureInfo(chosen);
        var renderedHtml = MailTemplateRenderer.Render(html, model, htmlEncode: true, language);
        return new RenderedMail(Subject(renderedHtml, name), renderedHtml, MailTemplateRenderer.Render(text, model, htmlEncode: false, language), chosen);
    }

    private static string Subject(string html, string fallback)
    {
        var title = Title().Match(html);
        return title.Success ? WebUtility.HtmlDecode(title.Groups["subject"].Value).Trim() : fallback;
    }

    private static (string Html, string Culture) Html(string name, string? culture)
    {
        var chosen = CultureFor(culture);
        if (!Files.TryGetValue($"{name}.{chosen}.html", out var html) && !Files.TryGetValue($"{name}.{chosen = DefaultCulture}.html", out html))
            throw new MailTemplateNotFoundException($"There is no mail template '{name}'; the templates are: {string.Join(", ", Names)}.");
        return (html, chosen);
    }

    private static FrozenDictionary<string, string> Load()
    {
        var assembly = typeof(MailTemplates).Assembly;
        const string prefix = "MailTemplates/";
        return assembly.GetManifestResourceNames()
            .Where(resource => resource.StartsWith(prefix, StringComparison.Ordinal))
            .ToFrozenDictionary(resource => resource[prefix.Length..], resource => Read(assembly, resource));
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"<title>(?<subject>.*?)</title>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Title();
}

/// <summary>A template rendered for one recipient, in <see cref="Culture"/>.</summary>
public sealed record RenderedMail(string Subject, string Html, string Text, string Culture);

public sealed class MailTemplateNotFoundException(string message) : Exception(message);
