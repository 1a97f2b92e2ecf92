namespace Approvals.Web.Tests;

/// <summary>
/// The clone these tests were built in (the folder above the test assembly that holds <c>Approvals.sln</c>): the
/// tests read its sources; the host itself never looks for it.
/// </summary>
public static class RepositoryRoot
{
    public static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Approvals.sln")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException($"No Approvals.sln above {AppContext.BaseDirectory}.");
    }
}
