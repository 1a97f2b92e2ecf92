using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using Approvals.Infrastructure.Persistence;
using Approvals.LoadRun;
using Approvals.UseCases.Audit;
using Approvals.UseCases.Records;
using Approvals.Workflows.Runtime;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Approvals.DataSet;

/// <summary>
/// Builds the zone after ten years on a fresh, migrated database: the real cases of <see cref="TemplateCatalog"/> filed
/// through HTTP, then <see cref="DataSetOptions.Instances"/> finished and <see cref="DataSetOptions.Open"/> open clones
/// of them by the catalogue's weights, bulk written, spread over ten years (the open ones over the recent days in which
/// none of their deadlines and reminders has come yet). Clones are made on every core while the previous batch is
/// written, and the secondary indexes are built once after the load.
/// </summary>
public static class DataSetBuilder
{
    private const int ClonesPerBatch = 5_000;
    private const int FirstPersonNumber = 1_000;
    private static readonly TimeSpan TenYears = TimeSpan.FromDays(3652);
    private static readonly TimeSpan LongestOpenPeriod = TimeSpan.FromDays(60);
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static async Task BuildAsync(DataSetOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await RecreateAsync(options, cancellationToken);
        IReadOnlyList<(TemplateCase Case, CaseTemplate Rows)> templates;
        IReadOnlyList<TableShape> tables;
        Dictionary<string, long> highest;
        AuditChainHead writesHead, readsHead;
        Dictionary<(string District, int Year), int> lastInYear;
        await using (var host = LoadHost.Start(LoadDatabase.Kept(options.PostgreSql, options.SqliteFile)))
        {
            templates = await TemplateCapture.CaptureAsync(host, cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
            tables = DataSetModel.Tables(db);
            highest = await HighestKeysAsync(db, tables, cancellationToken);
            writesHead = await db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Chain == AuditChains.RegistryWrites, cancellationToken);
            readsHead = await db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Chain == AuditChains.RegistryReads, cancellationToken);
            lastInYear = await db.CaseNumberCounters.AsNoTracking().ToDictionaryAsync(c => (c.DistrictCode, c.Year), c => c.Last, cancellationToken);
        }
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        output.WriteLine($"{templates.Count} template cases filed through HTTP in {clock.Elapsed.TotalSeconds:F1} s.");

        var enterprises = tables.Single(t => t.Table == "Enterprises");
        var shared = templates.SelectMany(t => t.Rows.Added.GetValueOrDefault("Enterprises", [])).Select(r => enterprises.Key(r).ToString()!).ToHashSet(StringComparer.Ordinal);
        var salt = Convert.ToHexStringLower(BitConverter.GetBytes(Random.Shared.NextInt64()));
        var cloners = templates.Select(t => (t.Case, Cloner: new CaseCloner(tables, t.Rows, shared, salt, t.Case.Open))).ToList();
        var finished = Slots(cloners.Where(c => !c.Case.Open).ToList());
        var open = Slots(cloners.Where(c => c.Case.Open).ToList());
        var openPeriods = templates.Where(t => t.Case.Open).ToDictionary(t => cloners.Single(c => c.Case == t.Case).Cloner, t => OpenPeriod(tables, t.Rows));
        var keys = new KeyAllocator(highest);
        var chains = new RegistryChains(new RegistryWritesChain(writesHead.Length, writesHead.Head), readsHead.Length, readsHead.Head);
        var now = DateTimeOffset.UtcNow;
        var firstFinished = now - TenYears;

        IEnumerable<(CaseCloner Cloner, CloneNumbers Numbers)> Plan(long start, int count, CaseCloner[] slots, DateTimeOffset from, TimeSpan span) =>
            Enumerable.Range(0, count).Select(i =>
            {
                var cloner = slots[i % slots.Length];
                var createdAt = span == TimeSpan.Zero ? now - openPeriods[cloner] * (((i * 7919L) % count + 0.5) / count) : from + span * ((i + 0.5) / count);
                var year = TimeZoneInfo.ConvertTime(createdAt, Shanghai).Year;
                var sequence = lastInYear[(cloner.District, year)] = lastInYear.GetValueOrDefault((cloner.District, year)) + 1;
                var index = start + i;
                return (cloner, new CloneNumbers(index, checked((int)index + FirstPersonNumber), createdAt, year, sequence, keys.Reserve(cloner.KeysPerClone), now));
            });
        var plan = Plan(0, options.Instances, finished, firstFinished, TenYears - LongestOpenPeriod - TimeSpan.FromDays(30))
            .Concat(Plan(options.Instances, options.Open, open, now, TimeSpan.Zero));

        var writers = await OpenWritersAsync(options, cancellationToken);
        await using var closing = new Closing(writers);
        var writer = writers[0];
        var loaded = tables.Where(t => cloners.Any(c => c.Cloner.Tables.Contains(t))).ToList();
        await writer.DeferIndexesAsync(loaded, cancellationToken);
        var order = tables.Select((t, i) => (t, i)).ToDictionary(t => t.t, t => t.i);
        var batches = Channel.CreateBounded<Dictionary<TableShape, List<object?[]>>>(2);
        var cloning = Stopwatch.StartNew();
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var batch in plan.Chunk(ClonesPerBatch))
                {
                    var clones = batch.AsParallel().AsOrdered().Select(c => c.Cloner.Clone(c.Numbers)).ToArray();
                    var rows = new Dictionary<TableShape, List<object?[]>>();
                    foreach (var clone in clones)
                    {
                        clone.Cloner.LinkRegistryChains(clone.Rows, chains);
                        var shapes = clone.Cloner.Tables;
                        for (var t = 0; t < shapes.Count; t++)
                        {
                            if (!rows.TryGetValue(shapes[t], out var list))
                                rows[shapes[t]] = list = [];
                            list.AddRange(clone.Rows[t]);
                        }
                    }
                    await batches.Writer.WriteAsync(rows, cancellationToken);
                }
                batches.Writer.Complete();
            }
            catch (Exception ex)
            {
                batches.Writer.Complete(ex);
            }
        }, cancellationToken);

        var written = 0L;
        var cases = 0L;
        var writing = TimeSpan.Zero;
        await foreach (var rows in batches.Reader.ReadAllAsync(cancellationToken))
        {
            var started = Stopwatch.GetTimestamp();
            // The tables split over the writers by size (PostgreSQL takes each COPY on its own backend, so on its own core).
            var shares = writers.Select(w => (Writer: w, Tables: new List<(TableShape, List<object?[]>)>(), Cells: 0L)).ToArray();
            foreach (var (table, list) in rows.OrderByDescending(r => (long)r.Value.Count * r.Key.Columns.Count))
            {
                var least = Array.FindIndex(shares, s => s.Cells == shares.Min(x => x.Cells));
                shares[least].Tables.Add((table, list));
                shares[least].Cells += (long)list.Count * table.Columns.Count;
            }
            await Task.WhenAll(shares.Select(share => Task.Run(async () =>
            {
                // Principals before their dependents (SQLite checks foreign keys as rows arrive).
                foreach (var (table, list) in share.Tables.OrderBy(t => order[t.Item1]))
                    await share.Writer.WriteAsync(table, list, cancellationToken);
            }, cancellationToken)));
            written += rows.Sum(r => r.Value.Count);
            writing += Stopwatch.GetElapsedTime(started);
            cases += rows.Where(r => r.Key.Table == "WorkflowInstances").Sum(r => r.Value.Count);
            output.WriteLine($"  {cases:N0} cases, {written:N0} rows, {clock.Elapsed.TotalSeconds:F0} s ({cases / cloning.Elapsed.TotalSeconds:F0} cases/s; writing {writing.TotalSeconds:F0} s)");
        }
        await producer;
        var loadTime = cloning.Elapsed;
        var indexing = Stopwatch.StartNew();
        await writer.RestoreIndexesAsync(loaded, cancellationToken);
        var indexTime = indexing.Elapsed;
        await FinishAsync(writer, tables, lastInYear, chains, cancellationToken);
        output.WriteLine($"Built {options.Instances:N0} finished and {options.Open:N0} open cases ({written:N0} rows) in {clock.Elapsed.TotalSeconds:F0} s: "
            + $"load {loadTime.TotalSeconds:F0} s (of it waiting for the database {writing.TotalSeconds:F0} s), indexes {indexTime.TotalSeconds:F0} s, open cases over the last {string.Join(" / ", openPeriods.Values.Select(p => p.TotalDays.ToString("F1", CultureInfo.InvariantCulture)))} days.");
    }

    /// <summary>The templates repeated by weight and shuffled with a fixed seed, so clone i is of template slots[i mod length] and the kinds mix over the years.</summary>
    private static CaseCloner[] Slots(IReadOnlyList<(TemplateCase Case, CaseCloner Cloner)> cloners)
    {
        var slots = cloners.SelectMany(c => Enumerable.Repeat(c.Cloner, c.Case.Weight)).ToArray();
        new Random(16).Shuffle(slots);
        return slots;
    }

    /// <summary>An open template's clones are spread over the recent days in which none of their pending timers (deadlines, reminders) has come, at most 60.</summary>
    private static TimeSpan OpenPeriod(IReadOnlyList<TableShape> tables, CaseTemplate rows)
    {
        var outbox = tables.Single(t => t.Table == "Outbox");
        var instances = tables.Single(t => t.Table == "WorkflowInstances");
        var created = (DateTimeOffset)rows.Added["WorkflowInstances"][0][instances.IndexOf(nameof(WorkflowInstanceRecord.CreatedAt))]!;
        var soonest = LongestOpenPeriod;
        foreach (var row in rows.Added.GetValueOrDefault("Outbox", []))
        {
            if ((string)row[outbox.IndexOf(nameof(OutboxMessage.Kind))]! != Infrastructure.Outbox.OutboxKinds.Email && row[outbox.IndexOf(nameof(OutboxMessage.DueAt))] is DateTimeOffset due && due - created - TimeSpan.FromHours(1) < soonest)
                soonest = due - created - TimeSpan.FromHours(1);
        }
        return soonest > TimeSpan.FromHours(1) ? soonest : TimeSpan.FromHours(1);
    }

    private static async Task FinishAsync(IBulkWriter writer, IReadOnlyList<TableShape> tables, Dictionary<(string District, int Year), int> lastInYear, RegistryChains chains, CancellationToken cancellationToken)
    {
        await writer.ExecuteAsync("DELETE FROM \"CaseNumberCounters\"; DELETE FROM \"DocumentNumberCounters\"", cancellationToken);
        var caseCounters = tables.Single(t => t.Table == "CaseNumberCounters");
        await writer.WriteAsync(caseCounters, lastInYear.Select(y => Row(caseCounters, new() { ["DistrictCode"] = y.Key.District, ["Year"] = y.Key.Year, ["Last"] = y.Value })), cancellationToken);
        var documentCounters = tables.Single(t => t.Table == "DocumentNumberCounters");
        await writer.WriteAsync(documentCounters, lastInYear.SelectMany(y => Enum.GetValues<UseCases.OfficialDocuments.OfficialDocumentKind>()
            .Select(k => Row(documentCounters, new() { ["DistrictCode"] = y.Key.District, ["Year"] = y.Key.Year, ["Kind"] = k, ["Last"] = y.Value }))), cancellationToken);
        await writer.ExecuteAsync(string.Create(CultureInfo.InvariantCulture,
            $"UPDATE \"AuditChainHeads\" SET \"Length\" = {chains.Writes.Length}, \"Head\" = '{chains.Writes.Head}' WHERE \"Chain\" = '{AuditChains.RegistryWrites}'"), cancellationToken);
        if (chains.ReadsHead is not null)
            await writer.ExecuteAsync(string.Create(CultureInfo.InvariantCulture,
                $"UPDATE \"AuditChainHeads\" SET \"Length\" = {chains.ReadsLength}, \"Head\" = '{chains.ReadsHead}' WHERE \"Chain\" = '{AuditChains.RegistryReads}'"), cancellationToken);
        // Every clone appended its passages to the designer's tally; in a zone the host folds them every 15 seconds, so a
        // zone after ten years holds one row per version, district and activity, not one per passage (16 million at 1M).
        await writer.ExecuteAsync("""
            CREATE TEMPORARY TABLE "FoldedTallies" AS
                SELECT "DefinitionId", "DefinitionVersion", "District", "ActivityId", SUM("Passed") AS "Passed" FROM "ActivityPassageTallies"
                GROUP BY "DefinitionId", "DefinitionVersion", "District", "ActivityId";
            DELETE FROM "ActivityPassageTallies";
            INSERT INTO "ActivityPassageTallies" ("DefinitionId", "DefinitionVersion", "District", "ActivityId", "Passed")
                SELECT "DefinitionId", "DefinitionVersion", "District", "ActivityId", "Passed" FROM "FoldedTallies";
            DROP TABLE "FoldedTallies";
            """, cancellationToken);
        foreach (var table in tables.Where(t => t.GeneratedIntegerKey >= 0))
            await writer.ContinueKeysAfterAsync(table, cancellationToken);
        await writer.SettleAsync(cancellationToken);
    }

    private static object?[] Row(TableShape table, Dictionary<string, object?> values) => [.. table.Properties.Select(p => values.GetValueOrDefault(p.Name))];

    private static async Task<Dictionary<string, long>> HighestKeysAsync(ApprovalsDbContext db, IReadOnlyList<TableShape> tables, CancellationToken cancellationToken)
    {
        var highest = new Dictionary<string, long>(StringComparer.Ordinal);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        foreach (var table in tables.Where(t => t.GeneratedIntegerKey >= 0))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COALESCE(MAX(\"{table.Columns[table.GeneratedIntegerKey]}\"), 0) FROM \"{table.Table}\"";
            highest[table.Table] = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
        return highest;
    }

    /// <summary>Two COPY connections on PostgreSQL; one on SQLite, which takes one writer at a time.</summary>
    private static async Task<IBulkWriter[]> OpenWritersAsync(DataSetOptions options, CancellationToken cancellationToken) =>
        options.PostgreSql is { } postgres
            ? [await PostgreSqlCopyWriter.OpenAsync(postgres, cancellationToken), await PostgreSqlCopyWriter.OpenAsync(postgres, cancellationToken)]
            : [await SqliteInsertWriter.OpenAsync(options.SqliteFile!, cancellationToken)];

    private sealed class Closing(IBulkWriter[] writers) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            foreach (var writer in writers)
                await writer.DisposeAsync();
        }
    }

    /// <summary>Every build starts from an empty database that the host's migrations create.</summary>
    private static async Task RecreateAsync(DataSetOptions options, CancellationToken cancellationToken)
    {
        if (options.SqliteFile is { } file)
        {
            foreach (var path in new[] { file, file + "-wal", file + "-shm", file + ".hangfire" })
                File.Delete(path);
            return;
        }
        var target = new NpgsqlConnectionStringBuilder(options.PostgreSql);
        var name = target.Database ?? throw new ArgumentException("The PostgreSQL connection string names no Database.");
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(options.PostgreSql) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        foreach (var sql in new[] { $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", $"CREATE DATABASE \"{name}\"" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
