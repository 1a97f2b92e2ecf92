using Microsoft.Data.Sqlite;

namespace Approvals.Infrastructure.Persistence;

internal static class SqliteConnectionString
{
    /// <summary>Makes a relative database path absolute under the content root and creates its folder.</summary>
    public static string Resolve(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is not (":memory:" or "") && builder.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.IsPathRooted(builder.DataSource) ? builder.DataSource : Path.Combine(contentRoot, builder.DataSource);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }
        builder.Pooling = true;
        if (builder.DefaultTimeout < 30)
            builder.DefaultTimeout = 30;
        return builder.ToString();
    }
}
