using Approvals.Infrastructure.Persistence;
using Approvals.UseCases.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Approvals.Infrastructure.OfficialDocuments;

/// <summary>
/// Numbers the documents a save is about to insert, inside the transaction that commits them: one upsert per document
/// both creates its district's, year's and kind's counter and takes the next value, so the number is taken only if the
/// document is committed (a sequence without gaps) and two transactions never take the same one (SQLite writes one at
/// a time; PostgreSQL holds the counter's row until the taker commits or rolls back). Counters are taken in kind order,
/// so two transactions never wait on each other's.
/// </summary>
internal sealed class DocumentNumbering : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        foreach (var document in AwaitingNumbers(eventData.Context))
            document.TakeNumber(Next(eventData.Context!, document).AsEnumerable().Single());
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        foreach (var document in AwaitingNumbers(eventData.Context))
            document.TakeNumber((await Next(eventData.Context!, document).ToListAsync(cancellationToken)).Single());
        return result;
    }

    private static List<IssuedDocument> AwaitingNumbers(DbContext? context)
    {
        if (context is not ApprovalsDbContext db)
            return [];
        var awaiting = db.ChangeTracker.Entries<IssuedDocument>().Where(e => e.State == EntityState.Added && e.Entity.IsAwaitingNumber)
            .Select(e => e.Entity).OrderBy(d => d.Kind).ThenBy(d => d.IssuedAt).ToList();
        if (awaiting.Count > 0 && db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Document numbers are taken only in the transaction that saves the documents: outside one, a failed save would leave a gap.");
        return awaiting;
    }

    private static IQueryable<int> Next(DbContext db, IssuedDocument document)
    {
        var kind = document.Kind.ToString();
        return db.Database.SqlQuery<int>($"""
            INSERT INTO "DocumentNumberCounters" ("DistrictCode", "Year", "Kind", "Last") VALUES ({document.DistrictCode}, {document.Year}, {kind}, 1)
            ON CONFLICT ("DistrictCode", "Year", "Kind") DO UPDATE SET "Last" = "DocumentNumberCounters"."Last" + 1
            RETURNING "Last" AS "Value"
            """);
    }
}
