namespace Approvals.DataSet;

/// <summary><c>dotnet run -c Release --project benchmarks/Approvals.DataSet -- build|measure [--instances N] [--open M] [--repeat R] (--postgres "…;Database=approvals_dataset" | --sqlite FILE)</c></summary>
public static class Entry
{
    public static async Task<int> Main(string[] args)
    {
        DataSetOptions options;
        try
        {
            options = DataSetOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }
        if (options.Command == "build")
            await DataSetBuilder.BuildAsync(options, Console.Out, CancellationToken.None);
        else
            await DataSetMeasurement.RunAsync(options, Console.Out, CancellationToken.None);
        return 0;
    }
}
