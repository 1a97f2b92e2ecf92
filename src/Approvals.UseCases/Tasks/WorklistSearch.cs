using System.Text.RegularExpressions;
using Approvals.Core.Applications;
using Approvals.UseCases.Data;

namespace Approvals.UseCases.Tasks;

/// <summary>What a search term is taken for, and so which indexed column of the case it is looked up in.</summary>
public enum WorklistSearchKind
{
    /// <summary>All 18 characters of a resident ID number: that number exactly.</summary>
    IdNumber,

    /// <summary>Digits (with a trailing X) shorter than an ID number: ID numbers starting with them.</summary>
    IdNumberPrefix,

    /// <summary>A term starting "SQ": case numbers starting with it (a whole case number finds that case).</summary>
    CaseNumberPrefix,

    /// <summary>Anything else: applicant names starting with it (Chinese names are written surname first).</summary>
    NamePrefix,
}

/// <summary>
/// A reviewer's search term, classified and normalised the way the case stores its keys (ID and case numbers
/// upper-case, names trimmed as typed), so that it is answered by an index range on one column instead of a
/// substring scan of every case. Both providers compare these columns by code point (PostgreSQL's are collated "C"),
/// so they give the same answers.
/// </summary>
public sealed partial record WorklistSearch(WorklistSearchKind Kind, string Key)
{
    private const int IdNumberLength = 18;

    public static WorklistSearch Classify(string term)
    {
        var trimmed = term.Trim();
        var upper = trimmed.ToUpperInvariant();
        if (IdNumberLike().IsMatch(upper))
            return new(upper.Length == IdNumberLength ? WorklistSearchKind.IdNumber : WorklistSearchKind.IdNumberPrefix, upper);
        if (upper.StartsWith(CaseNumber.Prefix, StringComparison.Ordinal))
            return new(WorklistSearchKind.CaseNumberPrefix, upper);
        return new(WorklistSearchKind.NamePrefix, trimmed);
    }

    /// <summary>
    /// False for a name of one character (a surname alone), which matches a tenth of a zone's cases: then the
    /// district's open tasks are the smaller set to start from. Anything longer matches few cases, which are read first.
    /// </summary>
    public bool IsSelective => Kind != WorklistSearchKind.NamePrefix || System.Globalization.StringInfo.GetNextTextElementLength(Key) < Key.Length;

    /// <summary>The cases whose key matches, as an index range (or equality) on that one column.</summary>
    public IQueryable<Application> Matching(IQueryable<Application> cases)
    {
        string key = Key, end = KeyEnd;
        return Kind switch
        {
            WorklistSearchKind.IdNumber => cases.Where(a => a.IdNumber == key),
            WorklistSearchKind.IdNumberPrefix => cases.Where(a => string.Compare(a.IdNumber, key) >= 0 && string.Compare(a.IdNumber, end) < 0),
            WorklistSearchKind.CaseNumberPrefix => cases.Where(a => string.Compare(a.CaseNumber, key) >= 0 && string.Compare(a.CaseNumber, end) < 0),
            _ => cases.Where(a => string.Compare(a.PersonName, key) >= 0 && string.Compare(a.PersonName, end) < 0),
        };
    }

    /// <summary>The exclusive upper end of the range of keys that start with <see cref="Key"/>.</summary>
    public string KeyEnd => KeyPrefix.End(Key);

    // Digits only, or digits ending in the check character X (lower-case x is upper-cased before).
    [GeneratedRegex("^[0-9]{1,17}[0-9X]?$", RegexOptions.CultureInvariant)]
    private static partial Regex IdNumberLike();
}
