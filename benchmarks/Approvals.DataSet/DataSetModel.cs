using Microsoft.EntityFrameworkCore;

namespace Approvals.DataSet;

/// <summary>The tables a case writes to: every table of the model but the accounts' and the key ring's.</summary>
public static class DataSetModel
{
    public static IReadOnlyList<TableShape> Tables(DbContext db) =>
        [.. TableShape.Of(db).Where(t => !t.Table.StartsWith("AspNet", StringComparison.Ordinal) && t.Table != "DataProtectionKeys")];
}
