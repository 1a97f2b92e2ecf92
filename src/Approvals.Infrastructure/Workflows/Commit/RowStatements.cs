using System.Collections.Concurrent;
using System.Data.Common;
using System.Numerics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Approvals.Infrastructure.Workflows.Commit;

/// <summary>
/// The INSERT, UPDATE and DELETE of one entity type, built once from the EF model (table, columns, key,
/// concurrency tokens). Values go through each property's type mapping, so value converters (UTC ticks on
/// SQLite, enums as text) apply exactly as in SaveChanges. An UPDATE or DELETE that matches no row means
/// another step got there first: it throws <see cref="DbUpdateConcurrencyException"/>, as SaveChanges would.
/// </summary>
internal sealed class RowStatements
{
    private readonly IProperty[] _properties;
    private readonly string[] _columns;
    private readonly string[] _values;
    private readonly string[] _originals;
    private readonly string[] _valueNames;
    private readonly string[] _originalNames;
    private readonly int[] _guards;
    private readonly int _generatedKey;
    private readonly string _table;
    private readonly string _where;
    private readonly string _delete;
    private readonly ConcurrentDictionary<(ulong Columns, bool ReadKey), string> _inserts = new();
    private readonly ConcurrentDictionary<ulong, string> _updates = new();

    public RowStatements(IEntityType type, ISqlGenerationHelper sql)
    {
        var tableName = type.GetTableName() ?? throw new InvalidOperationException($"{type.DisplayName()} is not mapped to a table.");
        var table = StoreObjectIdentifier.Table(tableName, type.GetSchema());
        _table = sql.DelimitIdentifier(tableName, type.GetSchema());
        _properties = [.. type.GetProperties()];
        if (_properties.Length > 64)
            throw new InvalidOperationException($"{type.DisplayName()} has more than 64 properties.");
        _columns = [.. _properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table) ?? throw new InvalidOperationException($"{p.Name} has no column.")))];
        _values = [.. _properties.Select((_, i) => sql.GenerateParameterNamePlaceholder($"v{i}"))];
        _originals = [.. _properties.Select((_, i) => sql.GenerateParameterNamePlaceholder($"o{i}"))];
        // Named as in the SQL, prefix included: Microsoft.Data.Sqlite otherwise tries each prefix in turn.
        _valueNames = [.. _properties.Select((_, i) => sql.GenerateParameterName($"v{i}"))];
        _originalNames = [.. _properties.Select((_, i) => sql.GenerateParameterName($"o{i}"))];
        _guards = [.. _properties.Select((p, i) => (p, i)).Where(x => x.p.IsPrimaryKey() || x.p.IsConcurrencyToken).Select(x => x.i)];
        var key = type.FindPrimaryKey()!.Properties;
        _generatedKey = key.Count == 1 && key[0].ValueGenerated.HasFlag(ValueGenerated.OnAdd) ? Array.IndexOf(_properties, key[0]) : -1;
        _where = string.Join(" AND ", _guards.Select(i => _properties[i].IsNullable
            ? $"({_columns[i]} = {_originals[i]} OR ({_columns[i]} IS NULL AND {_originals[i]} IS NULL))"
            : $"{_columns[i]} = {_originals[i]}"));
        _delete = $"DELETE FROM {_table} WHERE {_where}";
    }

    public Task WriteAsync(EntityEntry entry, CommitWrites writes, bool readGeneratedKey, CancellationToken cancellationToken)
    {
        var source = writes.ParameterSource;
        switch (entry.State)
        {
            case EntityState.Added:
                // A store-generated key not set by the caller is left to the database (EF holds a temporary value).
                var leaveKey = _generatedKey >= 0 && entry.Property(_properties[_generatedKey]).IsTemporary;
                var columns = Mask(i => !(leaveKey && i == _generatedKey));
                var readKey = leaveKey && readGeneratedKey;
                var sql = _inserts.GetOrAdd((columns, readKey), InsertSql);
                var values = Values(entry, source, columns);
                return readKey
                    ? writes.WriteReturningAsync(sql, values, stored => SetKey(entry, stored), cancellationToken)
                    : writes.WriteAsync(sql, values, cancellationToken);
            case EntityState.Modified:
                var modified = Mask(i => !_properties[i].IsPrimaryKey() && entry.Property(_properties[i]).IsModified);
                return modified == 0
                    ? Task.CompletedTask
                    : writes.WriteOneRowAsync(_updates.GetOrAdd(modified, UpdateSql), [.. Values(entry, source, modified), .. Guards(entry, source)], Lost(entry), cancellationToken);
            case EntityState.Deleted:
                return writes.WriteOneRowAsync(_delete, Guards(entry, source), Lost(entry), cancellationToken);
            default:
                return Task.CompletedTask;
        }
    }

    private void SetKey(EntityEntry entry, object stored)
    {
        var key = entry.Property(_properties[_generatedKey]);
        var converter = _properties[_generatedKey].GetTypeMapping().Converter;
        key.CurrentValue = converter is null ? Convert.ChangeType(stored, key.Metadata.ClrType, System.Globalization.CultureInfo.InvariantCulture) : converter.ConvertFromProvider(stored);
    }

    private static Func<int, string> Lost(EntityEntry entry)
    {
        var (state, name) = (entry.State.ToString().ToLowerInvariant(), entry.Metadata.DisplayName());
        return affected => $"The {state} {name} row was changed or removed by another step ({affected} rows affected).";
    }

    private string InsertSql((ulong Columns, bool ReadKey) shape)
    {
        var indexes = Indexes(shape.Columns).ToList();
        var sql = $"INSERT INTO {_table} ({string.Join(", ", indexes.Select(i => _columns[i]))}) VALUES ({string.Join(", ", indexes.Select(i => _values[i]))})";
        return shape.ReadKey ? $"{sql} RETURNING {_columns[_generatedKey]}" : sql;
    }

    private string UpdateSql(ulong columns) =>
        $"UPDATE {_table} SET {string.Join(", ", Indexes(columns).Select(i => $"{_columns[i]} = {_values[i]}"))} WHERE {_where}";

    private List<DbParameter> Values(EntityEntry entry, DbCommand source, ulong columns) =>
        [.. Indexes(columns).Select(i => Parameter(source, _properties[i], _valueNames[i], entry.CurrentValues[_properties[i]]))];

    private List<DbParameter> Guards(EntityEntry entry, DbCommand source) =>
        [.. _guards.Select(i => Parameter(source, _properties[i], _originalNames[i], entry.OriginalValues[_properties[i]]))];

    private static DbParameter Parameter(DbCommand command, IProperty property, string name, object? value) =>
        ((RelationalTypeMapping)property.GetTypeMapping()).CreateParameter(command, name, value, property.IsNullable);

    private ulong Mask(Func<int, bool> include)
    {
        var mask = 0UL;
        for (var i = 0; i < _properties.Length; i++)
        {
            if (include(i))
                mask |= 1UL << i;
        }
        return mask;
    }

    private static IEnumerable<int> Indexes(ulong mask)
    {
        while (mask != 0)
        {
            var i = BitOperations.TrailingZeroCount(mask);
            yield return i;
            mask &= mask - 1;
        }
    }
}
