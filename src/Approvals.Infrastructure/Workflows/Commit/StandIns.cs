using Approvals.Infrastructure.Audit;
using Approvals.UseCases.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Approvals.Infrastructure.Workflows.Commit;

/// <summary>
/// Puts values taken at commit in place of their stand-ins in every text column of the rows a step writes. A journal
/// line or decision that held one is hashed anew, with the links after it on its instance's chain, so the chain holds
/// what was committed.
/// </summary>
internal static class StandIns
{
    public static void Replace(ChangeTracker tracker, IReadOnlyList<StandInValue> values)
    {
        HashSet<string> relink = new(StringComparer.Ordinal);
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified) || !ReplaceIn(entry, values))
                continue;
            if (entry.Entity is JournalRecord { ChainHash: not null } line)
                relink.Add(line.InstanceId);
            else if (entry.Entity is HumanTaskRecord { ChainHash: not null } decided)
                relink.Add(decided.InstanceId);
        }
        foreach (var instanceId in relink)
            Relink(tracker, instanceId);
    }

    private static bool ReplaceIn(EntityEntry entry, IReadOnlyList<StandInValue> values)
    {
        var replacedAny = false;
        foreach (var property in entry.Properties)
        {
            if (property.CurrentValue is not string text)
                continue;
            var replaced = text;
            foreach (var value in values)
                replaced = replaced.Replace(value.StandIn, value.Value, StringComparison.Ordinal);
            if (replaced == text)
                continue;
            property.CurrentValue = replaced;
            replacedAny = true;
        }
        return replacedAny;
    }

    /// <summary>Hashes again the links this step added to the instance's chain, from the last one committed before it.</summary>
    private static void Relink(ChangeTracker tracker, string instanceId)
    {
        var instance = tracker.Entries<WorkflowInstanceRecord>().Single(e => e.Entity.Id == instanceId);
        var committedLength = instance.State == EntityState.Added ? 0 : (int)instance.OriginalValues[nameof(WorkflowInstanceRecord.ChainLength)]!;
        List<(int Sequence, EntityEntry Entry)> links =
        [
            .. tracker.Entries<JournalRecord>().Where(e => e.State == EntityState.Added && e.Entity.InstanceId == instanceId && e.Entity.ChainSequence > committedLength)
                .Select(e => (e.Entity.ChainSequence!.Value, (EntityEntry)e)),
            .. tracker.Entries<HumanTaskRecord>().Where(e => e.Entity.InstanceId == instanceId && e.Entity.ChainSequence > committedLength)
                .Select(e => (e.Entity.ChainSequence!.Value, (EntityEntry)e)),
        ];
        links.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        var previous = (string)links[0].Entry.Property(nameof(JournalRecord.ChainPrevious)).CurrentValue!;
        foreach (var (sequence, entry) in links)
        {
            var hash = entry.Entity switch
            {
                JournalRecord line => AuditCanonicalForm.Journal(line, sequence, previous),
                HumanTaskRecord decided => AuditCanonicalForm.Decision(decided, sequence, previous),
                _ => throw new InvalidOperationException("Not a link of an instance's chain."),
            };
            entry.Property(nameof(JournalRecord.ChainPrevious)).CurrentValue = previous;
            entry.Property(nameof(JournalRecord.ChainHash)).CurrentValue = hash;
            previous = hash;
        }
        instance.Property(nameof(WorkflowInstanceRecord.ChainHead)).CurrentValue = previous;
    }
}
