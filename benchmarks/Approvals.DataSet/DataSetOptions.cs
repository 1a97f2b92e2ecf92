using System.Globalization;

namespace Approvals.DataSet;

/// <summary>
/// <c>build|measure [--instances N] [--open M] [--repeat R] (--postgres "Host=…;Database=approvals_dataset" | --sqlite FILE)</c>.
/// Defaults are the zone after ten years: 1,000,000 finished cases and 50,000 open ones.
/// </summary>
public sealed record DataSetOptions(string Command, int Instances, int Open, int Repeat, string? PostgreSql, string? SqliteFile)
{
    public const string Usage = "dotnet run -c Release --project benchmarks/Approvals.DataSet -- build|measure [--instances 1000000] [--open 50000] [--repeat 30] (--postgres \"Host=127.0.0.1;Username=…;Password=…;Database=approvals_dataset\" | --sqlite FILE)";

    public static DataSetOptions Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0] is not ("build" or "measure"))
            throw new ArgumentException(Usage);
        var options = new DataSetOptions(args[0], 1_000_000, -1, 30, null, null);
        for (var i = 1; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"'{args[i]}' needs a value. {Usage}");
            options = args[i] switch
            {
                "--instances" => options with { Instances = Number(value) },
                "--open" => options with { Open = Number(value) },
                "--repeat" => options with { Repeat = Number(value) },
                "--postgres" => options with { PostgreSql = value },
                "--sqlite" => options with { SqliteFile = Path.GetFullPath(value) },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'. {Usage}"),
            };
        }
        if ((options.PostgreSql is null) == (options.SqliteFile is null))
            throw new ArgumentException($"Name one database. {Usage}");
        return options.Open < 0 ? options with { Open = Math.Max(1, options.Instances / 20) } : options;
    }

    private static int Number(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"'{value}' is not a whole number above 0. {Usage}");
}
