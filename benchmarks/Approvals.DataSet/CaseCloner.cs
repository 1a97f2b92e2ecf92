using System.Globalization;
using System.Text.RegularExpressions;
using Approvals.Core.Applications;
using Approvals.Core.Registry;
using Approvals.Infrastructure.Audit;
using Approvals.Infrastructure.Outbox;
using Approvals.LoadRun;
using Approvals.UseCases.Audit;
using Approvals.UseCases.Records;
using Approvals.Workflows.Runtime;

namespace Approvals.DataSet;

/// <summary>
/// Makes case number n of the data set from a template case: every id, number, name and ID-card number of the template
/// is replaced wherever it occurs (columns, the engine's state JSON, task titles), times move to the clone's date,
/// generated keys continue after the database's, and the instance's audit chain is computed with the platform's own
/// canonical forms, so the audit verification passes on the clone. The template's rows are cut at their tokens once
/// (<see cref="TokenizedText"/>), so a clone costs string joins, not searches; JSON columns stay in their stored form.
/// </summary>
public sealed partial class CaseCloner
{
    /// <summary>Rows shared by every case (the employer, stored document content) and rows kept per district and year.</summary>
    private static readonly HashSet<string> NotCloned = ["Enterprises", "DocumentContents", "CaseNumberCounters", "DocumentNumberCounters", "AuditChainHeads"];

    private readonly List<(TableShape Table, Cell[][] Rows)> _rows;
    private readonly string _caseNumber;
    private readonly string? _registrationNumber;
    private readonly IReadOnlyList<string> _documentNumbers;
    private readonly IReadOnlyList<string> _ids;
    private readonly string? _certificateNumber;
    private readonly string? _personName;
    private readonly string _salt;
    private readonly bool _open;
    private readonly (int Table, int Row)[] _chainOrder;
    private readonly int _registrationRow = -1;
    private readonly int _instanceRow;
    private readonly int _registryWriteRow = -1;

    /// <param name="sharedIds">Ids of rows every clone refers to unchanged (the employers).</param>
    public CaseCloner(IReadOnlyList<TableShape> tables, CaseTemplate template, IReadOnlySet<string> sharedIds, string salt, bool open)
    {
        var raw = tables.Where(t => !NotCloned.Contains(t.Table) && template.Added.ContainsKey(t.Table)).Select(t => (Table: t, Rows: template.Added[t.Table])).ToList();
        _salt = salt;
        _open = open;
        string Text(string table, object?[] row, string property) => (string)row[raw.Single(r => r.Table.Table == table).Table.IndexOf(property)]!;
        IReadOnlyList<object?[]> Rows(string table) => raw.FirstOrDefault(r => r.Table.Table == table).Rows ?? [];
        var application = Rows("Applications") is [var single] ? single : throw new InvalidOperationException($"A template case wrote {Rows("Applications").Count} applications, not one.");
        _caseNumber = Text("Applications", application, nameof(Application.CaseNumber));
        District = CaseDistrict().Match(_caseNumber).Groups[1].Value;
        CreatedAt = (DateTimeOffset)Rows("WorkflowInstances").Single()[raw.Single(r => r.Table.Table == "WorkflowInstances").Table.IndexOf(nameof(WorkflowInstanceRecord.CreatedAt))]!;
        var idNumber = Rows("Persons") is [var person] ? Text("Persons", person, "IdNumber") : Text("Applications", application, nameof(Application.IdNumber));
        _personName = (string?)application[raw.Single(r => r.Table.Table == "Applications").Table.IndexOf(nameof(Application.PersonName))];
        _registrationNumber = Rows("Registrations") is [var registration] ? Text("Registrations", registration, nameof(Registration.Number)) : null;
        _documentNumbers = [.. Rows("IssuedDocuments").Select(d => Text("IssuedDocuments", d, nameof(IssuedDocument.Number))).Where(n => n != _registrationNumber).Distinct()];
        var certificate = CertificateNumber().Match(string.Join('\n', application.OfType<object>().Select(Provider)));
        _certificateNumber = certificate.Success ? certificate.Value : null;
        _ids = [.. raw.SelectMany(r => r.Rows.SelectMany(row => row.OfType<string>())).Where(s => HexId().IsMatch(s) && !sharedIds.Contains(s)).Distinct(StringComparer.Ordinal)];

        List<string> tokens = [_caseNumber, idNumber, .. _documentNumbers, .. _ids];
        if (_certificateNumber is not null)
            tokens.Add(_certificateNumber);
        if (_registrationNumber is not null)
            tokens.Add(_registrationNumber);
        if (_personName is not null)
            tokens.Add(_personName);
        _rows = [.. raw.Select(r => (r.Table, InChainOrder(r.Table, r.Rows).Select(row => row.Select((value, column) => Cell.Of(r.Table, column, value, tokens)).ToArray()).ToArray()))];
        KeysPerClone = _rows.Where(r => r.Table.GeneratedIntegerKey >= 0).ToDictionary(r => r.Table.Table, r => r.Rows.Length, StringComparer.Ordinal);
        _chainOrder = [.. _rows.Select((r, t) => (r.Table, r.Rows, Index: t)).Where(r => r.Table.Table is "Journal" or "HumanTasks")
            .SelectMany(r => r.Rows.Select((row, i) => (Table: r.Index, Row: i, Sequence: row[r.Table.IndexOf(nameof(JournalRecord.ChainSequence))] is Cell.Constant { Fixed: int s } ? s : (int?)null)))
            .Where(e => e.Sequence is not null).OrderBy(e => e.Sequence).Select(e => (e.Table, e.Row))];
        Tables = [.. _rows.Select(r => r.Table)];
        _instanceRow = _rows.FindIndex(r => r.Table.Table == "WorkflowInstances");
        _registrationRow = _rows.FindIndex(r => r.Table.Table == "Registrations");
        _registryWriteRow = _rows.FindIndex(r => r.Table.Table == "RegistryWrites");
    }

    /// <summary>The district whose case numbers the template's (and so its clones') carry, e.g. 310118.</summary>
    public string District { get; }

    public DateTimeOffset CreatedAt { get; }

    /// <summary>The tables a clone writes to, in the order of <see cref="Clone.Rows"/>.</summary>
    public IReadOnlyList<TableShape> Tables { get; }

    /// <summary>How many keys of each database-generated key a clone takes.</summary>
    public IReadOnlyDictionary<string, int> KeysPerClone { get; }

    /// <summary>The rows of one clone, per table, with its instance chain linked; its registry write is linked by <see cref="LinkRegistryWrite"/>, in build order.</summary>
    public Clone Clone(CloneNumbers numbers)
    {
        var delta = numbers.CreatedAt - CreatedAt;
        var days = (int)Math.Round(delta.TotalDays);
        var values = Values(numbers);
        var timelineIds = new Dictionary<long, long>();
        var result = new object?[_rows.Count][][];
        for (var t = 0; t < _rows.Count; t++)
        {
            var (table, rows) = _rows[t];
            var key = table.GeneratedIntegerKey;
            result[t] = new object?[rows.Length][];
            for (var r = 0; r < rows.Length; r++)
            {
                var cells = rows[r];
                var row = new object?[cells.Length];
                for (var i = 0; i < cells.Length; i++)
                    row[i] = cells[i].Value(values, delta, days);
                if (key >= 0)
                {
                    var id = numbers.Keys.Next(table.Table);
                    if (table.Table == "ApplicationTimeline")
                        timelineIds[Convert.ToInt64(row[key], CultureInfo.InvariantCulture)] = id;
                    row[key] = table.Properties[key].ClrType == typeof(int) ? (object)checked((int)id) : id;
                }
                if (table.Table == "Outbox")
                    Settle(table, row, numbers.Now);
                result[t][r] = row;
            }
        }
        for (var t = 0; t < _rows.Count; t++)
        {
            if (_rows[t].Table.Table == "IssuedDocuments")
            {
                foreach (var row in result[t])
                    Renumber(_rows[t].Table, row, numbers, timelineIds);
            }
        }
        LinkInstanceChain(result);
        return new Clone(this, result);
    }

    /// <summary>Mail of the cloned cases counts as sent, and timers of finished cases as fired: the host must not mail a million applicants when it starts. An open case keeps its pending deadlines and reminders.</summary>
    private void Settle(TableShape table, object?[] row, DateTimeOffset now)
    {
        var kind = (string)row[table.IndexOf(nameof(OutboxMessage.Kind))]!;
        var dueAt = (DateTimeOffset?)row[table.IndexOf(nameof(OutboxMessage.DueAt))];
        if (_open && kind != OutboxKinds.Email && dueAt > now && (OutboxStatus)row[table.IndexOf(nameof(OutboxMessage.Status))]! != OutboxStatus.Done)
            return;
        row[table.IndexOf(nameof(OutboxMessage.Status))] = OutboxStatus.Done;
        row[table.IndexOf(nameof(OutboxMessage.CompletedAt))] ??= dueAt ?? row[table.IndexOf(nameof(OutboxMessage.CreatedAt))];
        row[table.IndexOf(nameof(OutboxMessage.DueAt))] = null;
    }

    /// <summary>The clone's value of each token, in the order the template's texts were cut at them.</summary>
    private string[] Values(CloneNumbers numbers)
    {
        List<string> values = [numbers.Number(_caseNumber), Filing.IdNumber(numbers.PersonNumber), .. _documentNumbers.Select(numbers.Number)];
        for (var i = 0; i < _ids.Count; i++)
            values.Add(string.Create(CultureInfo.InvariantCulture, $"d5{numbers.Index:x10}{i:x4}{_salt}"));
        if (_certificateNumber is not null)
            values.Add($"JL-LOAD-{numbers.PersonNumber:D7}");
        if (_registrationNumber is not null)
            values.Add(numbers.Number(_registrationNumber));
        if (_personName is not null)
            values.Add(PersonNames.Of(numbers.PersonNumber));
        return [.. values];
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
    private void LinkInstanceChain(object?[][][] rows)
    {
        var (instanceTable, instanceRow) = (_rows[_instanceRow].Table, rows[_instanceRow][0]);
        var instance = new WorkflowInstanceRecord { Id = (string)instanceRow[instanceTable.IndexOf(nameof(WorkflowInstanceRecord.Id))]!, DefinitionId = "", StateJson = "" };
        foreach (var (tableIndex, index) in _chainOrder)
        {
            var table = _rows[tableIndex].Table;
            var row = rows[tableIndex][index];
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

    /// <summary>
    /// Appends the clone's registry writes (each hashing the clone's own record) and registry reads to the registry's
    /// two chains, as the platform links them; clones must come here in build order.
    /// </summary>
    public void LinkRegistryChains(object?[][][] rows, RegistryChains chains)
    {
        for (var t = 0; t < _rows.Count; t++)
        {
            var table = _rows[t].Table;
            if (table.ClrType == typeof(RegistryWriteRecord))
            {
                foreach (var row in rows[t])
                {
                    var write = table.Materialize<RegistryWriteRecord>(row);
                    if (Record(rows, write.RecordKind, write.RecordId) is { } record)
                        write.ContentHash = record switch
                        {
                            Registration r => AuditCanonicalForm.Content(r),
                            Recognition r => AuditCanonicalForm.Content(r),
                            ProjectCertificate c => AuditCanonicalForm.Content(c),
                            Person p => AuditCanonicalForm.Content(p),
                            _ => write.ContentHash,
                        };
                    chains.Writes.Append(write);
                    foreach (var property in new[] { nameof(write.ContentHash), nameof(write.Sequence), nameof(write.Previous), nameof(write.Hash) })
                        row[table.IndexOf(property)] = typeof(RegistryWriteRecord).GetProperty(property)!.GetValue(write);
                }
            }
            else if (table.ClrType == typeof(RegistryReadLog))
            {
                foreach (var row in rows[t])
                    chains.AppendRead(table, row);
            }
        }
    }

    /// <summary>The clone's registry record a write names, as its entity.</summary>
    private object? Record(object?[][][] rows, string kind, string id)
    {
        for (var t = 0; t < _rows.Count; t++)
        {
            var table = _rows[t].Table;
            if (table.ClrType.Name != kind)
                continue;
            foreach (var row in rows[t])
            {
                if (Equals(row[table.KeyIndexes[0]], id))
                    return table.Materialize(row);
            }
        }
        return null;
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

    /// <summary>Registry writes and reads in the order the template's chain linked them (the clone links them again in that order).</summary>
    private static IEnumerable<object?[]> InChainOrder(TableShape table, IReadOnlyList<object?[]> rows) =>
        table.ClrType == typeof(RegistryWriteRecord) ? rows.OrderBy(r => (long)r[table.IndexOf(nameof(RegistryWriteRecord.Sequence))]!)
        : table.ClrType == typeof(RegistryReadLog) ? rows.OrderBy(r => Convert.ToInt64(r[table.IndexOf(RegistryReadChain.Sequence)], CultureInfo.InvariantCulture))
        : rows;

    private static string Provider(object value) => value is string s ? s : value is System.Collections.IEnumerable e ? string.Join(",", e.Cast<object>()) : value.ToString() ?? "";

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex HexId();

    [GeneratedRegex("JL-LOAD-[0-9]+")]
    private static partial Regex CertificateNumber();

    [GeneratedRegex("^[A-Z]+-([0-9]{6})-")]
    private static partial Regex CaseDistrict();

    /// <summary>How one column of one template row becomes the clone's value.</summary>
    private abstract record Cell
    {
        public abstract object? Value(string[] tokens, TimeSpan delta, int days);

        public static Cell Of(TableShape table, int column, object? value, IReadOnlyList<string> tokens) => value switch
        {
            string text => TokenizedText.Of(text, tokens) is { } cut ? new Text(cut) : new Constant(text),
            DateTimeOffset time => new Time(time),
            DateOnly date => new Date(date),
            null or int or long or bool or Enum or double or decimal or Guid => new Constant(value),
            // Lists and records stored as JSON: kept in the form the column stores, cut at their tokens.
            _ when table.Converters[column]?.ConvertToProvider(value) is string stored =>
                TokenizedText.Of(stored, tokens) is { } cut ? new StoredText(cut) : new Constant(new Stored(stored)),
            _ => new Constant(value),
        };

        public sealed record Constant(object? Fixed) : Cell
        {
            public override object? Value(string[] tokens, TimeSpan delta, int days) => Fixed;
        }

        public sealed record Text(TokenizedText Cut) : Cell
        {
            public override object? Value(string[] tokens, TimeSpan delta, int days) => Cut.With(tokens);
        }

        public sealed record StoredText(TokenizedText Cut) : Cell
        {
            public override object? Value(string[] tokens, TimeSpan delta, int days) => new Stored(Cut.With(tokens));
        }

        public sealed record Time(DateTimeOffset At) : Cell
        {
            public override object? Value(string[] tokens, TimeSpan delta, int days) => At + delta;
        }

        public sealed record Date(DateOnly On) : Cell
        {
            public override object? Value(string[] tokens, TimeSpan delta, int days) => On.AddDays(days);
        }
    }
}

/// <summary>One clone's rows, per table of its template, in the template's table order.</summary>
public sealed record Clone(CaseCloner Cloner, object?[][][] Rows);
