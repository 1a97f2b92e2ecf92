using System.Globalization;
using System.Text;
using Approvals.Core.Applications;
using Approvals.Text;

namespace Approvals.UseCases.Tasks;

/// <summary>
/// A <see cref="WorklistQuery"/> as a query string (<c>search=…&amp;type=Renewal&amp;due=Overdue&amp;claimedBy=me&amp;sort=-due&amp;page=2</c>):
/// the API's parameters, the inbox's address and what a saved view keeps. A value it cannot read is refused with the
/// field named, never ignored.
/// </summary>
public static class WorklistQueryText
{
    public static readonly IReadOnlyList<string> Names = ["search", "type", "step", "due", "claimedBy", "sort", "page", "pageSize"];

    /// <exception cref="InvalidFieldsRefusal">a value that is not one the field takes.</exception>
    public static WorklistQuery Parse(Func<string, string?> value)
    {
        var problems = new Dictionary<string, IReadOnlyList<LocalizedText>>();
        var query = new WorklistQuery(Search: Trimmed(value("search")), Step: Trimmed(value("step")), ClaimedBy: Trimmed(value("claimedBy")));
        if (Trimmed(value("type")) is { } type)
            query = Enum.TryParse<ApplicationType>(type, ignoreCase: true, out var t) && Enum.IsDefined(t) ? query with { Type = t } : Refuse(problems, "type", type, Enum.GetNames<ApplicationType>(), query);
        if (Trimmed(value("due")) is { } due)
            query = Enum.TryParse<WorklistDue>(due, ignoreCase: true, out var d) && Enum.IsDefined(d) ? query with { Due = d } : Refuse(problems, "due", due, Enum.GetNames<WorklistDue>(), query);
        if (Trimmed(value("sort")) is { } sort)
        {
            var descending = sort.StartsWith('-');
            query = Enum.TryParse<WorklistSort>(sort.TrimStart('-'), ignoreCase: true, out var s) && Enum.IsDefined(s)
                ? query with { Sort = s, Descending = descending }
                : Refuse(problems, "sort", sort, Enum.GetNames<WorklistSort>().Select(n => Camel(n)).ToArray(), query);
        }
        if (Trimmed(value("page")) is { } page)
            query = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p >= 1 ? query with { Page = p } : Range(problems, "page", page, 1, int.MaxValue, query);
        if (Trimmed(value("pageSize")) is { } size)
            query = int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= WorklistQuery.MaxPageSize ? query with { PageSize = n } : Range(problems, "pageSize", size, 1, WorklistQuery.MaxPageSize, query);
        if (problems.Count > 0)
            throw new InvalidFieldsRefusal(problems);
        return query;
    }

    /// <summary>The query string of everything that differs from the defaults, without the leading "?".</summary>
    public static string Format(WorklistQuery query)
    {
        var parts = new List<(string, string)>();
        if (query.Search is { } search) parts.Add(("search", search));
        if (query.Type is { } type) parts.Add(("type", type.ToString()));
        if (query.Step is { } step) parts.Add(("step", step));
        if (query.Due is { } due) parts.Add(("due", due.ToString()));
        if (query.ClaimedBy is { } claimedBy) parts.Add(("claimedBy", claimedBy));
        if (query.Sort != WorklistSort.Due || query.Descending) parts.Add(("sort", (query.Descending ? "-" : "") + Camel(query.Sort.ToString())));
        if (query.Page != 1) parts.Add(("page", query.Page.ToString(CultureInfo.InvariantCulture)));
        if (query.PageSize != WorklistQuery.DefaultPageSize) parts.Add(("pageSize", query.PageSize.ToString(CultureInfo.InvariantCulture)));
        var text = new StringBuilder();
        foreach (var (name, value) in parts)
            text.Append(text.Length == 0 ? "" : "&").Append(name).Append('=').Append(Uri.EscapeDataString(value));
        return text.ToString();
    }

    /// <summary>Reads a query string such as a saved view keeps (with or without "?").</summary>
    /// <exception cref="InvalidFieldsRefusal">a value that is not one the field takes.</exception>
    public static WorklistQuery Parse(string queryString)
    {
        var values = queryString.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .GroupBy(p => p[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Uri.UnescapeDataString(g.First().ElementAtOrDefault(1)?.Replace('+', ' ') ?? ""), StringComparer.Ordinal);
        return Parse(name => values.GetValueOrDefault(name));
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static WorklistQuery Refuse(Dictionary<string, IReadOnlyList<LocalizedText>> problems, string field, string value, IEnumerable<string> allowed, WorklistQuery query)
    {
        var list = string.Join(", ", allowed);
        problems[field] = [Texts.Text(Texts.WorklistQueryText_ValueIsNotOneOf, value, list)];
        return query;
    }

    private static WorklistQuery Range(Dictionary<string, IReadOnlyList<LocalizedText>> problems, string field, string value, int min, int max, WorklistQuery query)
    {
        problems[field] = [Texts.Text(Texts.WorklistQueryText_NumberOutOfRange, value, min, max)];
        return query;
    }
}
