namespace Approvals.Web.Hosting;

/// <summary>
/// The host reads <c>appsettings.json</c>, <c>workflows/</c> and <c>data/</c> from the repository root, wherever
/// it is started from (the root, the project folder, or a test's bin folder).
/// </summary>
public static class RepositoryRoot
{
    private const string Marker = "Approvals.sln";

    public static string Locate()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, Marker)))
                    return dir.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }
}
