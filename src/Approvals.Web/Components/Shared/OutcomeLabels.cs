using Approvals.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Approvals.Web.Components.Shared;

/// <summary>Outcome ports as people read them.</summary>
public static class OutcomeLabels
{
    /// <summary>
    /// The resource <c>Outcome_{port}</c> for the ports the platform's activities and procedures use; a port a
    /// definition names itself (a switch case, a fork branch) is shown as it is written.
    /// The journal joins the ports of an activity that continued through several (a fork) with commas.
    /// </summary>
    public static string Outcome(this IStringLocalizer<SharedResource> text, string? ports) =>
        ports is null ? "" : string.Join(", ", ports.Split(',').Select(port => text[$"{Prefix}{port}"] is { ResourceNotFound: false } label ? label.Value : port));

    /// <summary>Every port with a label of its own, port → label in the current UI language: for the designer's canvas.</summary>
    public static IReadOnlyDictionary<string, string> All(IStringLocalizer<SharedResource> text) =>
        text.GetAllStrings(includeParentCultures: true)
            .Where(s => s.Name.StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(s => s.Name[Prefix.Length..], s => s.Value, StringComparer.Ordinal);

    private const string Prefix = "Outcome_";
}
