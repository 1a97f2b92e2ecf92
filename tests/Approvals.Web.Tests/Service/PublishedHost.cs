using System.Diagnostics;

namespace Approvals.Web.Tests.Service;

/// <summary>
/// The folder <c>dotnet publish src/Approvals.Web -c Release -o out</c> makes. CI publishes once and names it in
/// APPROVALS_PUBLISHED_HOST (a missing folder fails there); elsewhere the first test that needs it publishes it.
/// </summary>
public static class PublishedHost
{
    public const string Variable = "APPROVALS_PUBLISHED_HOST";

    private static readonly Lazy<Task<string>> Folder = new(LocateOrPublishAsync);

    public static Task<string> FolderAsync() => Folder.Value;

    private static async Task<string> LocateOrPublishAsync()
    {
        var named = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(named))
        {
            return File.Exists(Path.Combine(named, "Approvals.Web.dll"))
                ? named
                : throw new DirectoryNotFoundException($"{Variable} names '{named}', which holds no Approvals.Web.dll: publish first (.ci/run does).");
        }
        if (Environment.GetEnvironmentVariable("CI") == "true")
            throw new InvalidOperationException($"In CI the published host must be made once before the tests and named in {Variable} (.ci/run does).");
        var output = Directory.CreateTempSubdirectory("approvals-publish-").FullName;
        await PublishAsync(output);
        return output;
    }

    private static async Task PublishAsync(string output)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "publish", Path.Combine("src", "Approvals.Web"), "-c", "Release", "-o", output, "--nologo" },
            WorkingDirectory = RepositoryRoot.Locate(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var publish = Process.Start(start)!;
        var stdout = publish.StandardOutput.ReadToEndAsync();
        var stderr = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0)
            throw new InvalidOperationException($"dotnet publish failed ({publish.ExitCode}):{Environment.NewLine}{await stdout}{await stderr}");
    }
}
