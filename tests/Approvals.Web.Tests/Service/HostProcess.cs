using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Approvals.Web.Tests.Service;

/// <summary>
/// The built host as operators run it: <c>dotnet Approvals.Web.dll</c> in a child process on its own 127.0.0.1 port,
/// configured through environment variables only. <see cref="KillAsync"/> ends it with SIGKILL: nothing it holds
/// (leases, claimed jobs, open SMTP conversations) is released, as after a power cut.
/// </summary>
public sealed partial class HostProcess : IAsyncDisposable
{
    // A safety net, not a measure: a cold start applies every migration and, on a loaded machine, took over 90 s.
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(5);

    private readonly Process _process;
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _output = [];

    private HostProcess(Process process) => _process = process;

    /// <summary>Where the host listens, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri RootUri { get; private set; } = null!;

    /// <summary>The last lines the host wrote, for a failing test's message.</summary>
    public string Output
    {
        get
        {
            lock (_output)
                return string.Join(Environment.NewLine, _output.TakeLast(60));
        }
    }

    /// <summary>
    /// Starts the host and returns once Kestrel listens (after the migrations and start-up work ran): by default the
    /// one built beside these tests, started in the repository; or <paramref name="hostAssembly"/> (a publish folder's)
    /// started in <paramref name="workingDirectory"/>.
    /// </summary>
    public static async Task<HostProcess> StartAsync(IReadOnlyDictionary<string, string> environment, string? hostAssembly = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { hostAssembly ?? BuiltHostAssembly() },
            WorkingDirectory = workingDirectory ?? RepositoryRoot.Locate(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        foreach (var (key, value) in environment)
            start.Environment[key] = value;

        var host = new HostProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        host._process.OutputDataReceived += (_, e) => host.Received(e.Data);
        host._process.ErrorDataReceived += (_, e) => host.Received(e.Data);
        host._process.Exited += (_, _) => host._listening.TrySetException(new InvalidOperationException($"The host exited before it listened:{Environment.NewLine}{host.Output}"));
        host._process.Start();
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        try
        {
            host.RootUri = await host._listening.Task.WaitAsync(StartLimit);
        }
        catch (TimeoutException)
        {
            await host.KillAsync();
            throw new TimeoutException($"The host did not listen within {StartLimit}:{Environment.NewLine}{host.Output}");
        }
        return host;
    }

    /// <summary>SIGKILL (what <see cref="Process.Kill()"/> sends on Unix); returns the exit code, 137 = 128 + SIGKILL.</summary>
    public async Task<int> KillAsync()
    {
        if (!_process.HasExited)
            _process.Kill();
        await _process.WaitForExitAsync();
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Received(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.Add(line);
        if (ListeningLine().Match(line) is { Success: true } match)
            _listening.TrySetResult(new Uri(match.Groups["address"].Value + "/"));
    }

    [GeneratedRegex(@"Now listening on: (?<address>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();

    /// <summary>The host built beside these tests (same configuration), in its own project's output with its own deps and runtime config.</summary>
    private static string BuiltHostAssembly()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var path = Path.Combine(RepositoryRoot.Locate(), "src", "Approvals.Web", "bin", configuration, framework, "Approvals.Web.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build src/Approvals.Web first (the test project references it).", path);
    }
}
