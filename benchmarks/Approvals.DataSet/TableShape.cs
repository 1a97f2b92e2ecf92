using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Approvals.DataSet;

/// <summary>
/// One table as EF Core maps it (the entity configurations): its columns, shadow ones included, with the converter
/// each applies, so cloned rows are written exactly as the engine's saves write them.
/// </summary>
public sealed class TableShape
{
    private TableShape(IEntityType entity)
    {
        Entity = entity;
        Table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(Table, entity.GetSchema());
        Properties = [.. entity.GetProperties()];
        Columns = [.. Properties.Select(p => p.GetColumnName(store)!)];
        KeyIndexes = [.. entity.FindPrimaryKey()!.Properties.Select(p => Properties.ToList().IndexOf(p))];
        Converters = [.. Properties.Select(p => p.GetTypeMapping().Converter)];
        _indexes = Properties.Select((p, i) => (p.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
    }

    private readonly Dictionary<string, int> _indexes;

    public IEntityType Entity { get; }
    public string Table { get; }
    public IReadOnlyList<IProperty> Properties { get; }
    public IReadOnlyList<string> Columns { get; }
    public IReadOnlyList<int> KeyIndexes { get; }

    /// <summary>Each column's value converter (enums as text, JSON lists, times on SQLite), or null where the CLR value is stored.</summary>
    public IReadOnlyList<ValueConverter?> Converters { get; }

    public Type ClrType => Entity.ClrType;

    /// <summary>The single integer key the database generates (journal lines, timeline entries), or -1.</summary>
    public int GeneratedIntegerKey =>
        KeyIndexes.Count == 1 && Properties[KeyIndexes[0]] is { ValueGenerated: ValueGenerated.OnAdd } p && (p.ClrType == typeof(long) || p.ClrType == typeof(int))
            ? KeyIndexes[0] : -1;

    public int IndexOf(string property) => _indexes.GetValueOrDefault(property, -1);

    /// <summary>Tables of the model that are plain rows (no owned or keyless types), in an order where principals come first.</summary>
    public static IReadOnlyList<TableShape> Of(DbContext db)
    {
        var entities = db.Model.GetEntityTypes().Where(e => !e.IsOwned() && e.FindPrimaryKey() is not null && e.GetTableName() is not null && !e.HasSharedClrType).ToList();
        List<IEntityType> ordered = [];
        while (ordered.Count < entities.Count)
        {
            var next = entities.Where(e => !ordered.Contains(e)).First(e => e.GetForeignKeys().All(f => f.PrincipalEntityType == e || ordered.Contains(f.PrincipalEntityType) || !entities.Contains(f.PrincipalEntityType)));
            ordered.Add(next);
        }
        return [.. ordered.Select(e => new TableShape(e))];
    }

    public object?[] Read(EntityEntry entry) => [.. Properties.Select(p => entry.Property(p.Name).CurrentValue)];

    public object Key(object?[] row) => KeyIndexes.Count == 1 ? row[KeyIndexes[0]]! : string.Join("|", KeyIndexes.Select(i => row[i]));

    /// <summary>The row as its entity, for the code that hashes entities (audit chains).</summary>
    public T Materialize<T>(object?[] row) where T : class => (T)Materialize(row);

    public object Materialize(object?[] row)
    {
        var entity = System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(ClrType);
        for (var i = 0; i < Properties.Count; i++)
        {
            switch (Properties[i].PropertyInfo, Properties[i].FieldInfo)
            {
                case ({ CanWrite: true } property, _):
                    property.SetValue(entity, ToClr(i, row[i]));
                    break;
                case (_, FieldInfo field):
                    field.SetValue(entity, ToClr(i, row[i]));
                    break;
            }
        }
        return entity;
    }

    /// <summary>The value as the column stores it (the property's converter applied, e.g. enums as text, times as ticks on SQLite).</summary>
    public object? ToProvider(int column, object? value) => value switch
    {
        null => null,
        Stored stored => stored.Value,
        _ => Converters[column] is { } converter ? converter.ConvertToProvider(value) : value,
    };

    /// <summary>The CLR value of a column, from a value the cloner may hold already in stored form.</summary>
    public object? ToClr(int column, object? value) =>
        value is Stored stored ? Converters[column]!.ConvertFromProvider(stored.Value) : value;
}

/// <summary>A value already in the form its column stores (a JSON column's text), so writing it converts nothing.</summary>
public sealed record Stored(object Value);
