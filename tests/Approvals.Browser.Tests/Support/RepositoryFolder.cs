namespace Approvals.Browser.Tests.Support;

/// <summary>The clone these tests run from: the folder above the test assembly that holds Approvals.sln.</summary>
public static class RepositoryFolder
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Approvals.sln")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException($"No Approvals.sln above {AppContext.BaseDirectory}.");
    }
}
