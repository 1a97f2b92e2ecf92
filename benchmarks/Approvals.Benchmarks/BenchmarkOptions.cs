using System.Globalization;

namespace Approvals.Benchmarks;

/// <summary>
/// What one run measures. <c>--quick</c> is the CI smoke: a few hundred instances, a one-batch warm-up, every
/// engine still run and printed. A PostgreSQL server is used when <c>--postgres</c> or APPROVALS_BENCH_POSTGRES
/// names one; each run gets a database of its own, dropped afterwards.
/// </summary>
internal sealed record BenchmarkOptions(int Instances, int Concurrency, bool Quick, string? PostgresServer)
{
    public const string Usage =
        "dotnet run -c Release --project benchmarks/Approvals.Benchmarks -- [--quick] [--instances N] [--concurrency C] [--postgres \"Host=…;Username=…;Password=…;Database=postgres\"]";

    public WarmupSettings Warmup => Quick ? WarmupSettings.Quick : WarmupSettings.Full;

    public static BenchmarkOptions Parse(string[] args)
    {
        var quick = false;
        int? instances = null, concurrency = null;
        var postgres = Environment.GetEnvironmentVariable("APPROVALS_BENCH_POSTGRES");
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    quick = true;
                    break;
                case "--instances":
                    instances = Number(args, ++i);
                    break;
                case "--concurrency":
                    concurrency = Number(args, ++i);
                    break;
                case "--postgres":
                    postgres = i + 1 < args.Length ? args[++i] : throw new ArgumentException(Usage);
                    break;
                default:
                    // The older form: a bare number of instances.
                    instances = Number(args, i);
                    break;
            }
        }
        return new BenchmarkOptions(instances ?? (quick ? 300 : 5000), concurrency ?? 64, quick, string.IsNullOrWhiteSpace(postgres) ? null : postgres);
    }

    private static int Number(string[] args, int at) =>
        at < args.Length && int.TryParse(args[at], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"Expected a positive number at argument {at + 1}. Usage: {Usage}");
}
