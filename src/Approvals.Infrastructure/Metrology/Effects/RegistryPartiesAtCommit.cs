using System.Data.Common;
using Approvals.Core.Applications;
using Approvals.Core.Registry;
using Approvals.Infrastructure.Persistence;
using Approvals.Infrastructure.Workflows.Commit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Approvals.Infrastructure.Metrology.Effects;

/// <summary>
/// A step that issues a registration finds the person and the employer it names, or adds them
/// (<see cref="RegistryParties"/>), while it runs: two cases of one new employer approved at once both add it, and the
/// second commit met the unique credit code and re-ran its whole step. So at commit, inside its transaction, each person
/// or employer the step adds is looked for again by its unique number; one committed meanwhile is updated with what the
/// step would have written to it, the step's own is not inserted, and every row the step writes names the one found
/// (its id stands in). On PostgreSQL the commit first takes a transaction lock on the number, so a second commit of the
/// same new party waits for the first and then finds it; SQLite writes one transaction at a time.
/// Persons and employers are taken by two instances (<see cref="Persons"/>, <see cref="Employers"/>) registered on
/// either side of the series' lock: a person's lock is contended only by two cases of one person, so it is taken before
/// the series and its read stays outside the series' turn; an employer is shared, so its lock is taken under the
/// series', never held while a commit queues for a series.
/// </summary>
public sealed class RegistryPartiesAtCommit : ICommitTimeValues
{
    // pg_advisory_xact_lock(key1, key2): the first key names this use ("PRTY"), the second the party's number.
    private const int AdvisoryLockClass = 0x50525459;

    // How the party found is updated: by the same rules, from the step's cases that name it.
    private static readonly Party[] Parties =
    [
        new(typeof(Enterprise), nameof(Enterprise.CreditCode), (db, found, code) =>
        {
            foreach (var application in CasesOf(db).Where(a => a.EmployerCreditCode == code))
                RegistryParties.Update((Enterprise)found, application);
        }),
        new(typeof(Person), nameof(Person.IdNumber), (db, found, idNumber) =>
        {
            foreach (var application in CasesOf(db).Where(a => a.IdNumber == idNumber))
                RegistryParties.Update((Person)found, application);
        }),
    ];

    private readonly Party[] _parties;

    private RegistryPartiesAtCommit(Type partyType) => _parties = [.. Parties.Where(p => p.Type == partyType)];

    /// <summary>The persons a step adds.</summary>
    public static RegistryPartiesAtCommit Persons() => new(typeof(Person));

    /// <summary>The employers a step adds.</summary>
    public static RegistryPartiesAtCommit Employers() => new(typeof(Enterprise));

    public async Task<IReadOnlyList<StandInValue>> TakeAsync(ApprovalsDbContext db, DbCommand command, CancellationToken cancellationToken)
    {
        List<StandInValue> found = [];
        foreach (var party in _parties)
        {
            var added = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added && e.Entity.GetType() == party.Type)
                .OrderBy(e => (string)e.Property(party.Number).CurrentValue!, StringComparer.Ordinal).ToList();
            foreach (var entry in added)
            {
                if (await CommittedMeanwhileAsync(db, command, entry, party, cancellationToken) is { } existing)
                    found.Add(new StandInValue((string)entry.Property("Id").CurrentValue!, existing));
            }
        }
        return found;
    }

    /// <summary>The id of the party committed with the same number since the step read, now updated as the step would have; null when none.</summary>
    private static async Task<string?> CommittedMeanwhileAsync(ApprovalsDbContext db, DbCommand command, EntityEntry added, Party party, CancellationToken cancellationToken)
    {
        var number = (string)added.Property(party.Number).CurrentValue!;
        var table = added.Metadata.GetTableName()!;
        var properties = added.Metadata.GetProperties().ToList();
        command.Parameters.Clear();
        command.CommandText = $"""SELECT {string.Join(", ", properties.Select(p => $"\"{p.GetColumnName()}\""))} FROM "{table}" WHERE "{added.Metadata.FindProperty(party.Number)!.GetColumnName()}" = @number""";
        CommitCommands.Add(command, "@number", number);
        var committed = added.CurrentValues.Clone();
        await using (var reader = await CommitCommands.ReadLockedAsync(command, AdvisoryLockClass, table + "\n" + number, cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
                return null;
            for (var i = 0; i < properties.Count; i++)
                committed[properties[i]] = await reader.IsDBNullAsync(i, cancellationToken) ? null : reader.GetValue(i);
        }

        var addedId = (string)added.Property("Id").CurrentValue!;
        var existing = db.Attach(committed.ToObject());
        var existingId = (string)existing.Property("Id").CurrentValue!;
        // The step's rows name the found party before the step's own is let go: detached while rows still named it,
        // EF would let go of them too (an added row's dependents go with it).
        foreach (var dependent in db.ChangeTracker.Entries().ToList())
        {
            foreach (var key in dependent.Metadata.GetForeignKeys().Where(k => k.PrincipalEntityType == added.Metadata))
            {
                foreach (var property in key.Properties)
                {
                    if (dependent.Property(property.Name).CurrentValue is string id && id == addedId)
                        dependent.Property(property.Name).CurrentValue = existingId;
                }
            }
        }
        added.State = EntityState.Detached;
        party.Update(db, existing.Entity, number);
        existing.DetectChanges();
        return existingId;
    }

    private static IEnumerable<Application> CasesOf(ApprovalsDbContext db) => db.ChangeTracker.Entries<Application>().Select(e => e.Entity);

    private sealed record Party(Type Type, string Number, Action<ApprovalsDbContext, object, string> Update);
}
