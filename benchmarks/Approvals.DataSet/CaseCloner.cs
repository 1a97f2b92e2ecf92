using System.Globalization;
using System.Text.RegularExpressions;
using Approvals.Core.Registry;
using Approvals.Infrastructure.Audit;
using Approvals.LoadRun;
using Approvals.UseCases.Audit;
using Approvals.UseCases.Records;
using Approvals.Workflows.Runtime;

namespace Approvals.DataSet;

/// <summary>
/// Makes case number n of the data set from a template case: every id, number and ID-card number of the template is
/// replaced wherever it occurs (columns, the engine's state JSON, task titles), times move to the clone's date,
/// generated keys continue after the database's, and the instance's audit chain and the registry-writes chain are
/// computed with the platform's own canonical forms, so the audit verification passes on the clone.
/// </summary>
public sealed partial class CaseCloner
{
    /// <summary>Rows shared by every case (the employer, stored document content) and rows kept per district and year.</summary>
    private static readonly HashSet<string> NotCloned = ["Enterprises", "DocumentContents", "CaseNumberCounters", "DocumentNumberCounters", "AuditChainHeads"];

    private readonly IReadOnlyList<(TableShape Table, IReadOnlyList<object?[]> Rows)> _rows;
    private readonly IReadOnlyList<string> _ids;
    private readonly string _caseNumber;
    private readonly string? _registrationNumber;
    private readonly IReadOnlyList<string> _documentNumbers;
    private readonly string _idNumber;
    private readonly string _certificateNumber;
    private readonly DateTimeOffset _createdAt;
    private readonly string _salt;

    /// <param name="sharedIds">Ids of rows every clone refers to unchanged (the employer).</param>
    public CaseCloner(IReadOnlyList<TableShape> tables, CaseTemplate template, IReadOnlySet<string> sharedIds, string salt)
    {
        _rows = [.. tables.Where(t => !NotCloned.Contains(t.Table) && template.Added.ContainsKey(t.Table)).Select(t => (t, template.Added[t.Table]))];
        _salt = salt;
        var application = Single("Applications");
        _caseNumber = Text(application, "Applications", nameof(Core.Applications.Application.CaseNumber));
        _idNumber = Text(Single("Persons", orNull: true) ?? application, Single("Persons", orNull: true) is null ? "Applications" : "Persons", "IdNumber");
        _registrationNumber = Single("Registrations", orNull: true) is { } registration ? Text(registration, "Registrations", nameof(Registration.Number)) : null;
        _documentNumbers = Rows("IssuedDocuments").Select(d => Text(d, "IssuedDocuments", nameof(IssuedDocument.Number))).Where(n => n != _registrationNumber).ToList();
        _certificateNumber = CertificateNumber().Match(string.Join('\n', application!.OfType<object>().Select(Provider))).Value;
        _createdAt = (DateTimeOffset)Single("WorkflowInstances")![Table("WorkflowInstances").IndexOf(nameof(WorkflowInstanceRecord.CreatedAt))]!;
        _ids = [.. _rows.SelectMany(r => r.Rows.SelectMany(row => row.OfType<string>())).Where(s => HexId().IsMatch(s) && !sharedIds.Contains(s)).Distinct(StringComparer.Ordinal)];
    }

    public DateTimeOffset TemplateCreatedAt => _createdAt;

    /// <summary>The rows of one clone, per table, with their chains linked.</summary>
    public IEnumerable<(TableShape Table, object?[] Row)> Clone(CloneNumbers numbers, RegistryWritesChain registryWrites)
    {
        var delta = numbers.CreatedAt - _createdAt;
        var tokens = Tokens(numbers);
        var timelineIds = new Dictionary<long, long>();
        List<(TableShape Table, object?[] Row)> result = [];
        foreach (var (table, rows) in _rows)
        {
            foreach (var template in rows)
            {
                var row = (object?[])template.Clone();
                for (var i = 0; i < row.Length; i++)
                    row[i] = Rewrite(table, i, row[i], tokens, delta);
                if (table.GeneratedIntegerKey is var key and >= 0)
                {
                    var id = numbers.NextKey(table.Table);
                    if (table.Table == "ApplicationTimeline")
                        timelineIds[Convert.ToInt64(row[key], CultureInfo.InvariantCulture)] = id;
                    row[key] = table.Properties[key].ClrType == typeof(int) ? (object)checked((int)id) : id;
                }
                result.Add((table, row));
            }
        }
        foreach (var (table, row) in result)
        {
            if (table.Table == "IssuedDocuments")
                Renumber(table, row, numbers, timelineIds);
        }
        LinkInstanceChain(result);
        foreach (var (table, row) in result.Where(r => r.Table.Table == "RegistryWrites"))
            LinkRegistryWrite(table, row, result, registryWrites);
        return result;
    }

    private List<(string From, string To)> Tokens(CloneNumbers numbers)
    {
        List<(string, string)> tokens = [(_caseNumber, numbers.Number(_caseNumber)), (_idNumber, Filing.IdNumber(numbers.PersonNumber)), (_certificateNumber, $"JL-LOAD-{numbers.PersonNumber:D7}")];
        if (_registrationNumber is not null)
            tokens.Add((_registrationNumber, numbers.Number(_registrationNumber)));
        tokens.AddRange(_documentNumbers.Select(n => (n, numbers.Number(n))));
        tokens.AddRange(_ids.Select((id, i) => (id, $"d5{numbers.Index:x10}{i:x4}{_salt}")));
        return tokens;
    }

    private static object? Rewrite(TableShape table, int column, object? value, List<(string From, string To)> tokens, TimeSpan delta)
    {
        switch (value)
        {
            case null:
                return null;
            case string text:
                return Replace(text, tokens);
            case DateTimeOffset time:
                return time + delta;
            case DateOnly date:
                return date.AddDays((int)Math.Round(delta.TotalDays));
            case int or long or bool or Enum or double or decimal:
                return value;
            default:
                // Lists and records stored as JSON: rewritten in the form the column holds.
                var converter = table.Properties[column].GetTypeMapping().Converter;
                if (converter?.ConvertToProvider(value) is not string stored)
                    return value;
                var rewritten = Replace(stored, tokens);
                return ReferenceEquals(rewritten, stored) ? value : converter.ConvertFromProvider(rewritten);
        }
    }

    private static string Replace(string text, List<(string From, string To)> tokens)
    {
        foreach (var (from, to) in tokens)
        {
            if (text.Contains(from, StringComparison.Ordinal))
                text = text.Replace(from, to, StringComparison.Ordinal);
        }
        return text;
    }

    private static void Renumber(TableShape table, object?[] row, CloneNumbers numbers, Dictionary<long, long> timelineIds)
    {
        row[table.IndexOf(nameof(IssuedDocument.Year))] = numbers.Year;
        var sequence = table.IndexOf(nameof(IssuedDocument.Sequence));
        if (row[sequence] is not null)
            row[sequence] = numbers.Sequence;
        var timeline = table.IndexOf(nameof(IssuedDocument.TimelineEntryId));
        if (row[timeline] is { } entry && timelineIds.TryGetValue(Convert.ToInt64(entry, CultureInfo.InvariantCulture), out var mapped))
            row[timeline] = table.Properties[timeline].ClrType == typeof(int) || Nullable.GetUnderlyingType(table.Properties[timeline].ClrType) == typeof(int) ? (object)checked((int)mapped) : mapped;
    }

    /// <summary>The journal lines and decisions in their template order, hashed anew from the genesis marker, as InstanceAuditChain links them.</summary>
    private static void LinkInstanceChain(List<(TableShape Table, object?[] Row)> rows)
    {
        var (instanceTable, instanceRow) = rows.Single(r => r.Table.Table == "WorkflowInstances");
        var instance = new WorkflowInstanceRecord { Id = (string)instanceRow[instanceTable.IndexOf(nameof(WorkflowInstanceRecord.Id))]!, DefinitionId = "", StateJson = "" };
        var entries = rows.Where(r => r.Table.Table is "Journal" or "HumanTasks")
            .Select(r => (r.Table, r.Row, Sequence: r.Row[r.Table.IndexOf(nameof(JournalRecord.ChainSequence))] as int?))
            .Where(e => e.Sequence is not null).OrderBy(e => e.Sequence).ToList();
        foreach (var (table, row, _) in entries)
        {
            int? sequence;
            string? previous, hash;
            if (table.Table == "Journal")
            {
                var line = JournalLine(table, row);
                InstanceAuditChain.Append(instance, line);
                (sequence, previous, hash) = (line.ChainSequence, line.ChainPrevious, line.ChainHash);
            }
            else
            {
                var decided = Decision(table, row);
                InstanceAuditChain.Append(instance, decided);
                (sequence, previous, hash) = (decided.ChainSequence, decided.ChainPrevious, decided.ChainHash);
            }
            row[table.IndexOf(nameof(JournalRecord.ChainSequence))] = sequence;
            row[table.IndexOf(nameof(JournalRecord.ChainPrevious))] = previous;
            row[table.IndexOf(nameof(JournalRecord.ChainHash))] = hash;
        }
        instanceRow[instanceTable.IndexOf(nameof(WorkflowInstanceRecord.ChainLength))] = instance.ChainLength;
        instanceRow[instanceTable.IndexOf(nameof(WorkflowInstanceRecord.ChainHead))] = instance.ChainHead;
    }

    private static void LinkRegistryWrite(TableShape table, object?[] row, List<(TableShape Table, object?[] Row)> rows, RegistryWritesChain chain)
    {
        var (registrations, registrationRow) = rows.Single(r => r.Table.Table == "Registrations");
        var registration = registrations.Materialize<Registration>(registrationRow);
        var write = new RegistryWriteRecord
        {
            RecordKind = nameof(Registration), RecordId = registration.Id, RecordNumber = registration.Number,
            ContentHash = AuditCanonicalForm.Content(registration), WrittenAt = registration.IssuedAt, Previous = "", Hash = "",
        };
        chain.Append(write);
        foreach (var property in new[] { nameof(write.RecordId), nameof(write.RecordNumber), nameof(write.ContentHash), nameof(write.WrittenAt), nameof(write.Sequence), nameof(write.Previous), nameof(write.Hash) })
            row[table.IndexOf(property)] = typeof(RegistryWriteRecord).GetProperty(property)!.GetValue(write);
    }

    private static JournalRecord JournalLine(TableShape t, object?[] r) => new()
    {
        InstanceId = (string)r[t.IndexOf(nameof(JournalRecord.InstanceId))]!,
        Timestamp = (DateTimeOffset)r[t.IndexOf(nameof(JournalRecord.Timestamp))]!,
        ActivityId = (string)r[t.IndexOf(nameof(JournalRecord.ActivityId))]!,
        ActivityType = (string)r[t.IndexOf(nameof(JournalRecord.ActivityType))]!,
        Event = (JournalEvent)r[t.IndexOf(nameof(JournalRecord.Event))]!,
        Outcome = (string?)r[t.IndexOf(nameof(JournalRecord.Outcome))],
        Actor = (string?)r[t.IndexOf(nameof(JournalRecord.Actor))],
        Message = (string?)r[t.IndexOf(nameof(JournalRecord.Message))],
        MessageZhCn = (string?)r[t.IndexOf(nameof(JournalRecord.MessageZhCn))],
    };

    private static HumanTaskRecord Decision(TableShape t, object?[] r) => new()
    {
        Id = (string)r[t.IndexOf(nameof(HumanTaskRecord.Id))]!,
        InstanceId = (string)r[t.IndexOf(nameof(HumanTaskRecord.InstanceId))]!,
        ActivityId = (string)r[t.IndexOf(nameof(HumanTaskRecord.ActivityId))]!,
        Title = "", Role = "", OutcomesJson = "", ReasonRequiredForJson = "",
        CompletedBy = (string?)r[t.IndexOf(nameof(HumanTaskRecord.CompletedBy))],
        Outcome = (string?)r[t.IndexOf(nameof(HumanTaskRecord.Outcome))],
        Comment = (string?)r[t.IndexOf(nameof(HumanTaskRecord.Comment))],
        DataJson = (string?)r[t.IndexOf(nameof(HumanTaskRecord.DataJson))],
        CompletedAt = (DateTimeOffset?)r[t.IndexOf(nameof(HumanTaskRecord.CompletedAt))],
    };

    private TableShape Table(string name) => _rows.Single(r => r.Table.Table == name).Table;

    private IReadOnlyList<object?[]> Rows(string table) => _rows.FirstOrDefault(r => r.Table.Table == table).Rows ?? [];

    private object?[]? Single(string table, bool orNull = false) =>
        Rows(table) is [var row] ? row : orNull ? null : throw new InvalidOperationException($"The template case wrote {Rows(table).Count} rows to {table}, not one.");

    private string Text(object?[]? row, string table, string property) => (string)row![Table(table).IndexOf(property)]!;

    private static string Provider(object value) => value is string s ? s : value is System.Collections.IEnumerable e ? string.Join(",", e.Cast<object>()) : value.ToString() ?? "";

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex HexId();

    [GeneratedRegex("JL-LOAD-[0-9]+")]
    private static partial Regex CertificateNumber();
}
