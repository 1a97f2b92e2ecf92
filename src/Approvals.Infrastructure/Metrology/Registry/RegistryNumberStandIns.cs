using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Approvals.Core.Registry;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Workflows.Commit;
using Approvals.UseCases.Data;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Metrology.Registry;

/// <summary>
/// Gives registrations and recognitions their numbers when the issuing step commits. A number is one past the highest
/// own number of its series, so steps that read it while they ran all read the same one: they had to take turns from
/// that read to their commit, and fifty reviewers approving at once waited for each other's whole steps. Now a step
/// writes stand-ins of the number's length (its series, <c>X</c>, a random part nobody can type, its place among the
/// step's numbers), and its commit reads the top of the series inside the commit's transaction and puts the numbers
/// in place of the stand-ins in every row the step writes (<see cref="StandIns"/>). SQLite writes one transaction at a
/// time; on PostgreSQL the commit first takes a transaction lock on the series, so commits of one series follow each
/// other from that read to their COMMIT — across nodes too — and numbers stay consecutive and gapless.
/// </summary>
public sealed partial class RegistryNumberStandIns : ICommitTimeValues
{
    // pg_advisory_xact_lock(key1, key2): the first key names this use ("REGN"), the second the series.
    internal const int AdvisoryLockClass = 0x5245474E;
    private const int SeriesPage = 32;

    /// <summary><paramref name="count"/> stand-ins for consecutive numbers of <paramref name="series"/>, in their order.</summary>
    public static IReadOnlyList<string> For(string series, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 99);
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(5));
        return [.. Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"{series}X{token}{i:D2}"))];
    }

    public async Task<IReadOnlyList<StandInValue>> TakeAsync(ApprovalsDbContext db, DbCommand command, CancellationToken cancellationToken)
    {
        var standIns = StandInsOf(db);
        if (standIns.Count == 0)
            return [];
        List<StandInValue> taken = [];
        // Series in one order, so that two commits never wait for each other's series.
        foreach (var series in standIns.GroupBy(s => s.Series).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var next = await NextSequenceAsync(command, series.Key, cancellationToken);
            foreach (var standIn in series.OrderBy(s => s.Token, StringComparer.Ordinal).ThenBy(s => s.Place))
                taken.Add(new StandInValue(standIn.Text, RegistrationNumber.InSeries(series.Key, next++)));
        }
        return taken;
    }

    /// <summary>
    /// One past the highest own number of the series, inside <paramref name="command"/>'s transaction. The series is read
    /// from its top down: own numbers end in a fixed-width sequence, so the first of them met is the highest; an imported
    /// number that begins alike (not one of ours) is passed over, and the series read further only past a page of those.
    /// </summary>
    public static async Task<int> NextSequenceAsync(DbCommand command, string series, CancellationToken cancellationToken)
    {
        for (var skip = 0; ; skip += SeriesPage)
        {
            command.CommandText = """
                SELECT "Number" FROM "Registrations" WHERE "Number" >= @series AND "Number" < @end
                UNION ALL
                SELECT "Number" FROM "Recognitions" WHERE "Number" >= @series AND "Number" < @end
                ORDER BY 1 DESC LIMIT @take OFFSET @skip
                """;
            command.Parameters.Clear();
            CommitCommands.Add(command, "@series", series);
            CommitCommands.Add(command, "@end", KeyPrefix.End(series));
            CommitCommands.Add(command, "@take", SeriesPage);
            CommitCommands.Add(command, "@skip", skip);
            var read = 0;
            // On PostgreSQL the first page is read after a transaction lock on the series: commits of one series, on
            // any node, then take their numbers one after the other.
            await using (var reader = skip == 0
                ? await CommitCommands.ReadLockedAsync(command, AdvisoryLockClass, series, cancellationToken)
                : await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    read++;
                    if (RegistrationNumber.TryParse(reader.GetString(0), out var own))
                        return own.Sequence + 1;
                }
            }
            if (read < SeriesPage)
                return 1;
        }
    }

    private static List<(string Text, string Series, string Token, int Place)> StandInsOf(ApprovalsDbContext db)
    {
        List<(string, string, string, int)> found = [];
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State != EntityState.Added)
                continue;
            var number = entry.Entity switch
            {
                Registration r => r.Number,
                Recognition r => r.Number,
                _ => null,
            };
            if (number is not null && StandInPattern().Match(number) is { Success: true } match)
                found.Add((number, match.Groups["series"].Value, match.Groups["token"].Value, int.Parse(match.Groups["place"].ValueSpan, CultureInfo.InvariantCulture)));
        }
        return found;
    }

    [GeneratedRegex(@"^(?<series>CSJ-[A-Z0-9]{2}-[0-9]{6}-[0-9]{4}-)X(?<token>[0-9A-F]{10})(?<place>[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex StandInPattern();
}
