using System.Globalization;
using System.Text.RegularExpressions;

namespace Approvals.DataSet;

/// <summary>
/// What makes clone number <see cref="Index"/> unique: its date, its number in its year (case, document and
/// registration numbers follow the platform's "PREFIX-district-YEAR-sequence" form) and the person it is for.
/// </summary>
public sealed partial record CloneNumbers(long Index, int PersonNumber, DateTimeOffset CreatedAt, int Year, int Sequence, KeyAllocator Keys)
{
    public long NextKey(string table) => Keys.Next(table);

    /// <summary>"SQ-310118-2026-000001" of the template → the same form with the clone's year and sequence, as wide as the original.</summary>
    public string Number(string template)
    {
        var match = NumberForm().Match(template);
        if (!match.Success)
            throw new InvalidOperationException($"'{template}' is not a PREFIX-YEAR-SEQUENCE number.");
        var width = match.Groups[3].Length;
        return match.Groups[1].Value + Year.ToString(CultureInfo.InvariantCulture) + "-" + Sequence.ToString("D" + width, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("^(.*-)([0-9]{4})-([0-9]+)$")]
    private static partial Regex NumberForm();
}

/// <summary>The next key of each table whose keys the database generates, continuing after those already there.</summary>
public sealed class KeyAllocator(IReadOnlyDictionary<string, long> highest)
{
    private readonly Dictionary<string, long> _next = highest.ToDictionary(h => h.Key, h => h.Value);

    public long Next(string table) => _next[table] = _next.GetValueOrDefault(table) + 1;
}

/// <summary>The registry-writes chain's end, moved by each write appended exactly as the platform appends them.</summary>
public sealed class RegistryWritesChain(long length, string? head)
{
    private readonly UseCases.Records.AuditChainHead _end = new() { Chain = UseCases.Audit.AuditChains.RegistryWrites, Length = length, Head = head };

    public long Length => _end.Length;
    public string? Head => _end.Head;

    public void Append(UseCases.Records.RegistryWriteRecord write) => Infrastructure.Audit.RegistryAuditChains.Link(_end, write);
}
