using Approvals.Core.Checks;
using Approvals.Core.Workflow;
using Approvals.Text;

namespace Approvals.UseCases.Registry;

/// <summary>
/// What staff type to find a person or enterprise: at least <see cref="MinimumLength"/> characters; a query shaped as
/// an ID number or credit code must carry its check character, so a typo is told rather than answered with nothing.
/// </summary>
internal static class RegistryLookupQuery
{
    public const int MinimumLength = 2;
    public const int MaximumLength = 64;
    public const string Field = "query";

    public static string Normalize(string? query)
    {
        var text = query?.Trim() ?? "";
        if (text.Length < MinimumLength || text.Length > MaximumLength)
            throw new InvalidFieldsRefusal(Field, Texts.Text(Texts.RegistryLookup_QueryLength, MinimumLength, MaximumLength));
        return text;
    }

    /// <summary>Refuses an ID number or credit code whose check character is wrong (one that is neither shape passes).</summary>
    public static void RefuseBadCheckCharacter(string query, DateTimeOffset now)
    {
        var upper = query.ToUpperInvariant();
        if (upper.Length != 18 || !upper.All(char.IsAsciiLetterOrDigit))
            return;
        var creditCode = UnifiedSocialCreditCode.Check(upper, Field);
        if (creditCode.Findings.Count == 0)
            return;
        var looksLikeIdNumber = upper[..17].All(char.IsAsciiDigit) && (char.IsAsciiDigit(upper[17]) || upper[17] == 'X');
        var findings = looksLikeIdNumber ? ResidentIdNumber.Check(upper, ZoneTime.Today(now), Field).Findings : creditCode.Findings;
        if (findings.Count > 0)
            throw new InvalidFieldsRefusal(new Dictionary<string, IReadOnlyList<LocalizedText>> { [Field] = [.. findings.Select(f => f.Message)] });
    }
}
