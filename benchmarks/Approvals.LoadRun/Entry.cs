namespace Approvals.LoadRun;

/// <summary><c>dotnet run -c Release --project benchmarks/Approvals.LoadRun -- --reviewers 50 --applicants 10 --cases 2000 --seconds 120 [--postgres "Host=127.0.0.1;…"]</c></summary>
public static class Entry
{
    public static async Task<int> Main(string[] args)
    {
        LoadRunOptions options;
        try
        {
            options = LoadRunOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }
        await using var host = await LoadHost.StartAsync(options);
        var result = await new LoadRunner(host, options).RunAsync(CancellationToken.None);
        result.Print(Console.Out);
        return result.Errors.Count == 0 ? 0 : 1;
    }
}
