using System.Diagnostics;
using System.Globalization;
using Approvals.Infrastructure.Persistence;
using Approvals.LoadRun;
using Approvals.UseCases.Audit;
using Approvals.UseCases.Records;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Approvals.DataSet;

/// <summary>
/// Builds the zone after ten years on a fresh, migrated database: two real cases filed through HTTP, then
/// <see cref="DataSetOptions.Instances"/> finished and <see cref="DataSetOptions.Open"/> open clones of them, bulk
/// written, spread over ten years (the open ones over the last 60 days, their task deadlines partly passed).
/// </summary>
public static class DataSetBuilder
{
    private const int ClonesPerBatch = 10_000;
    private static readonly TimeSpan TenYears = TimeSpan.FromDays(3652);
    private static readonly TimeSpan OpenPeriod = TimeSpan.FromDays(60);
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static async Task BuildAsync(DataSetOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await RecreateAsync(options, cancellationToken);
        CaseTemplate finished, open;
        IReadOnlyList<TableShape> tables;
        Dictionary<string, long> highest;
        AuditChainHead writesHead;
        Dictionary<int, int> lastInYear;
        await using (var host = LoadHost.Start(LoadDatabase.Kept(options.PostgreSql, options.SqliteFile)))
        {
            (finished, open) = await TemplateCapture.CaptureAsync(host, cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ApprovalsDbContext>();
            tables = DataSetModel.Tables(db);
            highest = await HighestKeysAsync(db, tables, cancellationToken);
            writesHead = await db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Chain == AuditChains.RegistryWrites, cancellationToken);
            lastInYear = await db.CaseNumberCounters.AsNoTracking().ToDictionaryAsync(c => c.Year, c => c.Last, cancellationToken);
        }
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        output.WriteLine($"Template cases filed through HTTP in {clock.Elapsed.TotalSeconds:F1} s.");

        var enterprises = tables.Single(t => t.Table == "Enterprises");
        var shared = finished.Added.GetValueOrDefault("Enterprises", []).Select(r => enterprises.Key(r).ToString()!).ToHashSet(StringComparer.Ordinal);
        var salt = Convert.ToHexStringLower(BitConverter.GetBytes(Random.Shared.NextInt64()));
        var finishedCloner = new CaseCloner(tables, finished, shared, salt);
        var openCloner = new CaseCloner(tables, open.Borrowing("Persons", finished), shared, salt);
        var keys = new KeyAllocator(highest);
        var chain = new RegistryWritesChain(writesHead.Length, writesHead.Head);
        var now = DateTimeOffset.UtcNow;
        var firstFinished = now - TenYears;
        var written = 0L;

        await using var writer = await OpenWriterAsync(options, cancellationToken);
        IEnumerable<CloneNumbers> Numbers(long start, int count, DateTimeOffset from, TimeSpan span) =>
            Enumerable.Range(0, count).Select(i =>
            {
                var createdAt = from + span * ((i + 0.5) / count);
                var year = TimeZoneInfo.ConvertTime(createdAt, Shanghai).Year;
                var sequence = lastInYear[year] = lastInYear.GetValueOrDefault(year) + 1;
                return new CloneNumbers(start + i, checked((int)(start + i) + 3), createdAt, year, sequence, keys);
            });
        var plan = Numbers(0, options.Instances, firstFinished, TenYears - OpenPeriod - TimeSpan.FromDays(30)).Select(n => (finishedCloner, n))
            .Concat(Numbers(options.Instances, options.Open, now - OpenPeriod, OpenPeriod).Select(n => (openCloner, n)));
        foreach (var batch in plan.Chunk(ClonesPerBatch))
        {
            var rows = batch.SelectMany(c => c.Item1.Clone(c.n, chain)).GroupBy(r => r.Table);
            foreach (var table in rows)
            {
                var list = table.Select(r => Delivered(table.Key, r.Row)).ToList();
                await writer.WriteAsync(table.Key, list, cancellationToken);
                written += list.Count;
            }
            output.WriteLine($"  {batch[^1].n.Index + 1:N0} cases, {written:N0} rows, {clock.Elapsed.TotalSeconds:F0} s");
        }

        await FinishAsync(writer, tables, lastInYear, chain, cancellationToken);
        output.WriteLine($"Built {options.Instances:N0} finished and {options.Open:N0} open cases ({written:N0} rows) in {clock.Elapsed.TotalSeconds:F0} s.");
    }

    /// <summary>Mail of the cloned cases counts as sent: the host must not mail 50,000 applicants when it starts.</summary>
    private static object?[] Delivered(TableShape table, object?[] row)
    {
        if (table.Table == "Outbox")
        {
            row[table.IndexOf(nameof(OutboxMessage.Status))] = OutboxStatus.Done;
            row[table.IndexOf(nameof(OutboxMessage.CompletedAt))] ??= row[table.IndexOf(nameof(OutboxMessage.CreatedAt))];
            row[table.IndexOf(nameof(OutboxMessage.DueAt))] = null;
        }
        return row;
    }

    private static async Task FinishAsync(IBulkWriter writer, IReadOnlyList<TableShape> tables, Dictionary<int, int> lastInYear, RegistryWritesChain chain, CancellationToken cancellationToken)
    {
        await writer.ExecuteAsync("DELETE FROM \"CaseNumberCounters\"; DELETE FROM \"DocumentNumberCounters\"", cancellationToken);
        var caseCounters = tables.Single(t => t.Table == "CaseNumberCounters");
        await writer.WriteAsync(caseCounters, lastInYear.Select(y => Row(caseCounters, new() { ["DistrictCode"] = LoadHost.Qingpu, ["Year"] = y.Key, ["Last"] = y.Value })), cancellationToken);
        var documentCounters = tables.Single(t => t.Table == "DocumentNumberCounters");
        var kinds = new[] { UseCases.OfficialDocuments.OfficialDocumentKind.AcceptanceNotice, UseCases.OfficialDocuments.OfficialDocumentKind.Decision };
        await writer.WriteAsync(documentCounters, lastInYear.SelectMany(y => kinds.Select(k => Row(documentCounters, new() { ["DistrictCode"] = LoadHost.Qingpu, ["Year"] = y.Key, ["Kind"] = k, ["Last"] = y.Value }))), cancellationToken);
        await writer.ExecuteAsync(string.Create(CultureInfo.InvariantCulture,
            $"UPDATE \"AuditChainHeads\" SET \"Length\" = {chain.Length}, \"Head\" = '{chain.Head}' WHERE \"Chain\" = '{AuditChains.RegistryWrites}'"), cancellationToken);
        foreach (var table in tables.Where(t => t.GeneratedIntegerKey >= 0))
            await writer.ContinueKeysAfterAsync(table, cancellationToken);
        await writer.ExecuteAsync("ANALYZE", cancellationToken);
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

    private static async Task<IBulkWriter> OpenWriterAsync(DataSetOptions options, CancellationToken cancellationToken) =>
        options.PostgreSql is { } postgres
            ? await PostgreSqlCopyWriter.OpenAsync(postgres, cancellationToken)
            : await SqliteInsertWriter.OpenAsync(options.SqliteFile!, cancellationToken);

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
