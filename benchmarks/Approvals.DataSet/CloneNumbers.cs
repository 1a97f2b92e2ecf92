using System.Globalization;
using System.Text.RegularExpressions;

namespace Approvals.DataSet;

/// <summary>
/// What makes clone number <see cref="Index"/> unique: its date, its number in its district's year (case, document and
/// registration numbers follow the platform's "PREFIX-district-YEAR-sequence" form), the person it is for and the
/// database keys it takes.
/// </summary>
public sealed partial record CloneNumbers(long Index, int PersonNumber, DateTimeOffset CreatedAt, int Year, int Sequence, KeyAllocator Keys, DateTimeOffset Now)
{
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

    /// <summary>Takes <paramref name="counts"/> keys of each table for one clone, which then numbers its rows on its own (clones are made in parallel).</summary>
    public KeyAllocator Reserve(IReadOnlyDictionary<string, int> counts)
    {
        var reserved = new KeyAllocator(counts.ToDictionary(c => c.Key, c => _next.GetValueOrDefault(c.Key), StringComparer.Ordinal));
        foreach (var (table, count) in counts)
            _next[table] = _next.GetValueOrDefault(table) + count;
        return reserved;
    }
}

/// <summary>The registry-writes chain's end, moved by each write appended exactly as the platform appends them.</summary>
public sealed class RegistryWritesChain(long length, string? head)
{
    private readonly UseCases.Records.AuditChainHead _end = new() { Chain = UseCases.Audit.AuditChains.RegistryWrites, Length = length, Head = head };

    public long Length => _end.Length;
    public string? Head => _end.Head;

    public void Append(UseCases.Records.RegistryWriteRecord write) => Infrastructure.Audit.RegistryAuditChains.Link(_end, write);
}

/// <summary>The registry's two chain ends: writes (records issued or changed) and reads (lookups of the registry).</summary>
public sealed class RegistryChains(RegistryWritesChain writes, long readsLength, string? readsHead)
{
    public RegistryWritesChain Writes => writes;
    public long ReadsLength { get; private set; } = readsLength;
    public string? ReadsHead { get; private set; } = readsHead;

    /// <summary>Links a read as the platform's RegistryAuditChains does: sequence, previous hash, hash of the read.</summary>
    public void AppendRead(TableShape table, object?[] row)
    {
        var read = table.Materialize<Core.Registry.RegistryReadLog>(row);
        var sequence = ReadsLength + 1;
        var previous = ReadsHead ?? UseCases.Audit.AuditChains.Genesis;
        var hash = Infrastructure.Audit.AuditCanonicalForm.RegistryRead(read, sequence, previous);
        var column = table.IndexOf(Infrastructure.Audit.RegistryReadChain.Sequence);
        row[column] = Convert.ChangeType(sequence, Nullable.GetUnderlyingType(table.Properties[column].ClrType) ?? table.Properties[column].ClrType, CultureInfo.InvariantCulture);
        row[table.IndexOf(Infrastructure.Audit.RegistryReadChain.Previous)] = previous;
        row[table.IndexOf(Infrastructure.Audit.RegistryReadChain.Hash)] = hash;
        (ReadsLength, ReadsHead) = (sequence, hash);
    }
}
