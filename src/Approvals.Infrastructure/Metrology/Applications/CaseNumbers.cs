using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Approvals.Core.Applications;
using Approvals.Core.Workflow;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Workflows.Commit;
using Approvals.UseCases.Cases;
using Microsoft.EntityFrameworkCore;

namespace Approvals.Infrastructure.Metrology.Applications;

/// <summary>
/// Gives each submitted case its number when its submission commits (<see cref="ICaseNumbers"/>). The stand-in names
/// the district and the zone's year at submission, and a random part nobody can type. At commit one upsert per case
/// both creates the district's counter for the year and takes the next value, inside the commit's transaction: SQLite
/// writes one transaction at a time, and PostgreSQL holds the counter's row only from there to the commit, so two
/// submissions never read the same value and one that rolls back gives its value back. The unique index on
/// <see cref="Application.CaseNumber"/> guards the rest.
/// </summary>
public sealed partial class CaseNumbers(TimeProvider clock) : ICaseNumbers, ICommitTimeValues
{
    public string StandIn(string districtCode) => string.Create(CultureInfo.InvariantCulture,
        $"{CaseNumber.Prefix}-{districtCode}-{ZoneTime.Today(clock.GetUtcNow()).Year:D4}-pending-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}");

    public async Task<IReadOnlyList<StandInValue>> TakeAsync(ApprovalsDbContext db, DbCommand command, CancellationToken cancellationToken)
    {
        List<StandInValue> taken = [];
        // In one order, so that two transactions never wait on each other's counters.
        foreach (var (standIn, district, year) in StandInsOf(db).OrderBy(s => s.District, StringComparer.Ordinal).ThenBy(s => s.Year))
            taken.Add(new StandInValue(standIn, new CaseNumber(district, year, await NextAsync(command, district, year, cancellationToken)).ToString()));
        return taken;
    }

    /// <summary>Takes the next number of the district's year inside <paramref name="command"/>'s transaction.</summary>
    public static async Task<int> NextAsync(DbCommand command, string districtCode, int year, CancellationToken cancellationToken)
    {
        command.Parameters.Clear();
        command.CommandText = """
            INSERT INTO "CaseNumberCounters" ("DistrictCode", "Year", "Last") VALUES (@district, @year, 1)
            ON CONFLICT ("DistrictCode", "Year") DO UPDATE SET "Last" = "CaseNumberCounters"."Last" + 1
            RETURNING "Last"
            """;
        CommitCommands.Add(command, "@district", districtCode);
        CommitCommands.Add(command, "@year", year);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static IEnumerable<(string StandIn, string District, int Year)> StandInsOf(ApprovalsDbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries<Application>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified && entry.Entity.CaseNumber is { } number && StandInPattern().Match(number) is { Success: true } match)
                yield return (number, match.Groups["district"].Value, int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture));
        }
    }

    [GeneratedRegex(@"^SQ-(?<district>[0-9]{6})-(?<year>[0-9]{4})-pending-[0-9a-f]{16}$", RegexOptions.CultureInvariant)]
    private static partial Regex StandInPattern();
}
