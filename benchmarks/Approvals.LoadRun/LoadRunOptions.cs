using System.Globalization;

namespace Approvals.LoadRun;

/// <summary>
/// What one run does: how many reviewers and applicants sign in, how many cases are filed at most and for how long,
/// and on which database (a fresh SQLite file, or a fresh database on the PostgreSQL server named). Partitioned: the
/// cases are filed first, then the reviewers claim and complete the open tasks dealt out among them, each its own
/// share one after another, with no inbox polling and no lost claims (how issue 16 measured completions from outside).
/// </summary>
public sealed record LoadRunOptions(int Reviewers, int Applicants, int Cases, TimeSpan Duration, string? PostgreSqlServer, bool Partitioned = false)
{
    public static LoadRunOptions Default { get; } = new(10, 10, 500, TimeSpan.FromMinutes(2), null);

    /// <summary>The memory-flat check: ten minutes, with more cases than ten minutes can file.</summary>
    public static readonly TimeSpan SoakDuration = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Reads <c>--reviewers N --applicants M --cases C --seconds S --postgres "Host=…"</c>, <c>--soak</c> (ten
    /// minutes, cases bounded by time only; a later <c>--seconds</c> or <c>--cases</c> still applies) and
    /// <c>--partitioned</c>; anything else is an error.
    /// </summary>
    public static LoadRunOptions Parse(IReadOnlyList<string> args)
    {
        var options = Default;
        for (var i = 0; i < args.Count; i += 2)
        {
            if (args[i] == "--soak")
            {
                options = options with { Duration = SoakDuration, Cases = Filing.MaxCases };
                i--;
                continue;
            }
            if (args[i] == "--partitioned")
            {
                options = options with { Partitioned = true };
                i--;
                continue;
            }
            if (i + 1 >= args.Count)
                throw new ArgumentException($"'{args[i]}' needs a value.");
            var value = args[i + 1];
            options = args[i] switch
            {
                "--reviewers" => options with { Reviewers = Positive(args[i], value) },
                "--applicants" => options with { Applicants = Positive(args[i], value) },
                "--cases" => options with { Cases = Positive(args[i], value) },
                "--seconds" => options with { Duration = TimeSpan.FromSeconds(Positive(args[i], value)) },
                "--postgres" => options with { PostgreSqlServer = value },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'. Options: --reviewers N --applicants M --cases C --seconds S --soak --partitioned --postgres \"Host=…\"."),
            };
        }
        return options;
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"{name} must be a whole number above 0, not '{value}'.");
}
